"""What a chapter's graded structure should be: its nbgrader cells, in order, from a trusted copy.

A reference is read from the instructor's gradebook when it holds the chapter (what ``nbgrader
autograde`` trusts), else from the committed ``release/`` notebook, else from ``source/`` (with hidden
tests removed, as nbgrader's ClearHiddenTests does). It never runs code.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from autograder.cell_source import cell_text
from autograder.errors import CourseError
from autograder.release.validate import BEGIN_HIDDEN, END_HIDDEN, read_notebook_json


@dataclass(frozen=True)
class ExpectedCell:
    """One nbgrader cell of the reference notebook.

    ``source`` is the text a student sees (hidden tests removed), kept only for locked cells.
    """

    grade_id: str
    cell_type: str
    grade: bool
    solution: bool
    locked: bool
    task: bool
    points: float | None
    source: str | None

    @property
    def role(self) -> str:
        """A short human name for the cell: "test cell", "solution cell", "locked cell", ..."""
        if self.task:
            return "task cell"
        if self.grade and self.solution:
            return "graded answer cell"
        if self.grade:
            return "test cell"
        if self.solution:
            return "solution cell"
        return "locked cell"


@dataclass(frozen=True)
class Reference:
    """The expected graded structure of one chapter notebook.

    Attributes:
        cells: the expected nbgrader cells, in notebook order when ``ordered``.
        ordered: whether the order of ``cells`` is known (the gradebook alone does not store it).
        copy_from: the file a student copies cells back from, as shown in messages.
        origin: where the reference was read ("gradebook", "release" or "source").
    """

    cells: tuple[ExpectedCell, ...]
    ordered: bool
    copy_from: str
    origin: str

    def by_id(self) -> dict[str, ExpectedCell]:
        """Return the expected cells keyed by grade id."""
        return {cell.grade_id: cell for cell in self.cells}

    @property
    def repair(self) -> str:
        """The generic repair advice: where a good copy of the notebook is."""
        return f"copy it back from {self.copy_from} or re-fetch the assignment"

    @property
    def restart(self) -> str:
        """The advice when the whole file is lost: start again from a fresh copy."""
        return f"start again from a fresh copy of {self.copy_from} (or re-fetch the assignment) and redo your answers"


def strip_hidden_tests(text: str) -> str:
    """Remove hidden-test regions (markers included) the way nbgrader's ClearHiddenTests does."""
    kept, hidden = [], False
    for line in text.split("\n"):
        if BEGIN_HIDDEN in line:
            hidden = True
        elif END_HIDDEN in line:
            hidden = False
        elif not hidden:
            kept.append(line)
    return "\n".join(kept)


def normalized(text: str) -> str:
    """Return ``text`` without trailing spaces and surrounding blank lines, for comparing sources."""
    return "\n".join(line.rstrip() for line in text.strip("\n").split("\n")).strip("\n")


def _expected(meta: dict, cell_type: str, text: str) -> ExpectedCell:
    grade, solution = bool(meta.get("grade")), bool(meta.get("solution"))
    locked = not solution and (grade or bool(meta.get("locked")))
    points = meta.get("points")
    return ExpectedCell(
        grade_id=str(meta["grade_id"]),
        cell_type=cell_type,
        grade=grade,
        solution=solution,
        locked=locked,
        task=bool(meta.get("task")),
        points=float(points) if grade or meta.get("task") else None,
        source=normalized(strip_hidden_tests(text)) if locked else None,
    )


def reference_from_notebook(path: Path, copy_from: str, origin: str) -> Reference:
    """Read the expected structure from a trusted release or source notebook.

    Args:
        path: the notebook file (``release/<ch>/<ch>.ipynb`` or ``source/<ch>/<ch>.ipynb``).
        copy_from: how messages name the file students copy cells back from.
        origin: "release" or "source", recorded on the reference.
    """
    data = read_notebook_json(path)
    cells = []
    for cell in data["cells"]:
        meta = (cell.get("metadata") or {}).get("nbgrader")
        if isinstance(meta, dict) and meta.get("grade_id"):
            if meta.get("grade") or meta.get("solution") or meta.get("locked") or meta.get("task"):
                cells.append(_expected(meta, cell.get("cell_type", "code"), cell_text(cell)))
    return Reference(cells=tuple(cells), ordered=True, copy_from=copy_from, origin=origin)


def reference_from_gradebook(db_url: str, chapter: str, notebook_id: str, order: Reference | None,
                             copy_from: str) -> Reference | None:
    """Read the expected structure nbgrader's gradebook stores for ``chapter``/``notebook_id``.

    The gradebook keeps no cell order: ``order`` (a notebook reference) supplies it when given.
    Returns None when the gradebook does not hold that notebook.
    """
    from nbgrader.api import Gradebook, MissingEntry

    with Gradebook(db_url) as gradebook:
        try:
            notebook = gradebook.find_notebook(notebook_id, chapter)
        except MissingEntry:
            return None
        sources = {cell.name: cell for cell in notebook.source_cells}
        grades = {cell.name: cell for cell in notebook.grade_cells}
        tasks = {cell.name: cell for cell in notebook.task_cells}
        solutions = {cell.name for cell in notebook.solution_cells}
        cells = []
        for name, source in sources.items():
            grade, task, solution = name in grades, name in tasks, name in solutions
            locked = not solution and (grade or bool(source.locked))
            if not (grade or task or solution or locked):
                continue
            scored = grades.get(name) or tasks.get(name)
            cells.append(ExpectedCell(
                grade_id=name, cell_type=source.cell_type, grade=grade, solution=solution, locked=locked,
                task=task, points=float(scored.max_score) if scored is not None else None,
                source=normalized(strip_hidden_tests(source.source or "")) if locked else None,
            ))
    if order is not None:
        position = {cell.grade_id: index for index, cell in enumerate(order.cells)}
        known = all(cell.grade_id in position for cell in cells)
        cells.sort(key=lambda cell: (position.get(cell.grade_id, len(position)), cell.grade_id))
        return Reference(tuple(cells), ordered=known, copy_from=copy_from, origin="gradebook")
    return Reference(tuple(sorted(cells, key=lambda c: c.grade_id)), ordered=False, copy_from=copy_from,
                     origin="gradebook")


def load_reference(course_root: Path, chapter: str, notebook_id: str | None = None,
                   use_gradebook: bool = True) -> Reference:
    """Return the reference structure of ``chapter``'s notebook in the course at ``course_root``.

    Prefers the gradebook (``course_root/gradebook.db``) when it holds the notebook, with the order
    taken from release/ (or source/); else release/; else source/.

    Raises:
        CourseError: when the course holds no copy of that chapter's notebook.
    """
    notebook_id = notebook_id or chapter
    release = course_root / "release" / chapter / f"{notebook_id}.ipynb"
    source = course_root / "source" / chapter / f"{notebook_id}.ipynb"
    copy_from = f"release/{chapter}/{notebook_id}.ipynb"
    order = None
    if release.is_file():
        order = reference_from_notebook(release, copy_from, "release")
    elif source.is_file():
        order = reference_from_notebook(source, copy_from, "source")
    database = course_root / "gradebook.db"
    if use_gradebook and database.is_file():
        from_gradebook = reference_from_gradebook(f"sqlite:///{database}", chapter, notebook_id, order, copy_from)
        if from_gradebook is not None:
            return from_gradebook
    if order is None:
        raise CourseError(
            f"no reference for chapter {chapter!r}: neither {copy_from} nor source/{chapter}/{notebook_id}.ipynb "
            "exists here; run from the course root or pass --chapter"
        )
    return order
