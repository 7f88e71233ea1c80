"""Validating the nbgrader metadata of an instructor notebook before anything is generated.

nbgrader itself fails late and vaguely on broken metadata (or, worse, silently releases a solution).
Each problem found here is one line naming the file, the cell and the fix.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from autograder.cell_source import cell_text
from autograder.errors import CourseError

BEGIN_SOLUTION = "### BEGIN SOLUTION"
END_SOLUTION = "### END SOLUTION"
BEGIN_HIDDEN = "### BEGIN HIDDEN TESTS"
END_HIDDEN = "### END HIDDEN TESTS"
SCHEMA_VERSION = 3


@dataclass(frozen=True)
class Problem:
    """One problem in one cell: where it is and how to fix it."""

    path: str
    cell: int  # 1-based, as a person counts cells in JupyterLab
    grade_id: str | None
    message: str

    def __str__(self) -> str:
        where = f"cell {self.cell}" + (f" (grade_id {self.grade_id!r})" if self.grade_id else "")
        return f"{self.path}: {where}: {self.message}"


def read_notebook_json(path: Path) -> dict:
    """Read a notebook file as JSON, turning unreadable files into a CourseError naming the file."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise CourseError(f"{path}: no such notebook") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise CourseError(f"{path}: not a readable notebook ({error}); restore it from git") from None
    if not isinstance(data, dict) or not isinstance(data.get("cells"), list):
        raise CourseError(f"{path}: not a notebook (no list of cells); restore it from git")
    return data


def _region_problems(text: str, begin: str, end: str, what: str) -> list[str]:
    """Return problems with the ``begin``/``end`` marker pairs of one cell's text."""
    problems = []
    depth = 0
    for line in text.splitlines():
        stripped = line.strip()
        if stripped == begin:
            if depth:
                problems.append(f"{what} region opened twice: close the first with '{end}' before '{begin}'")
            depth += 1
        elif stripped == end:
            if not depth:
                problems.append(f"'{end}' without a '{begin}' above it: add the opening line or remove this one")
            else:
                depth -= 1
    if depth:
        problems.append(f"{what} region not closed: add a line '{end}' after it")
    return problems


def notebook_problems(path: Path, display_path: str | None = None) -> list[Problem]:
    """Return every nbgrader metadata problem of the notebook at ``path`` (empty when it is sound).

    Checks: readable JSON; grade ids present and unique; autograded test cells are code cells with
    points; points are non-negative numbers; solution and hidden-test regions closed and only in the
    cells nbgrader processes them in; the nbgrader schema version.
    """
    shown = display_path or str(path)
    data = read_notebook_json(path)
    problems: list[Problem] = []
    seen: dict[str, int] = {}
    for index, cell in enumerate(data["cells"], start=1):
        meta = (cell.get("metadata") or {}).get("nbgrader")
        text = cell_text(cell)
        has_solution_marks = BEGIN_SOLUTION in text or END_SOLUTION in text
        has_hidden_marks = BEGIN_HIDDEN in text or END_HIDDEN in text
        if not isinstance(meta, dict) or not (meta.get("grade") or meta.get("solution") or meta.get("locked")):
            if has_solution_marks and cell.get("cell_type") == "code":
                problems.append(Problem(shown, index, None,
                    "solution markers in a cell that is not a solution cell: mark it 'Autograded answer' "
                    "in the nbgrader toolbar or remove the markers"))
            if has_hidden_marks:
                problems.append(Problem(shown, index, None,
                    "hidden-test markers in a cell that is not an autograded test cell: mark it "
                    "'Autograder tests' with points or remove the markers"))
            continue
        grade_id = meta.get("grade_id")
        if not isinstance(grade_id, str) or not grade_id.strip():
            problems.append(Problem(shown, index, None,
                "nbgrader cell without a grade_id: give it a unique id in the nbgrader toolbar"))
            grade_id = None
        elif grade_id in seen:
            problems.append(Problem(shown, index, grade_id,
                f"duplicate grade_id (also cell {seen[grade_id]}): rename one of them"))
        else:
            seen[grade_id] = index
        if meta.get("schema_version", SCHEMA_VERSION) != SCHEMA_VERSION:
            problems.append(Problem(shown, index, grade_id,
                f"nbgrader schema_version {meta.get('schema_version')!r}, expected {SCHEMA_VERSION}: "
                "run 'nbgrader update' on the notebook"))
        if meta.get("grade"):
            points = meta.get("points")
            if points is None:
                problems.append(Problem(shown, index, grade_id,
                    "graded cell without points: set its points in the nbgrader toolbar"))
            elif isinstance(points, bool) or not isinstance(points, (int, float)) or points < 0:
                problems.append(Problem(shown, index, grade_id,
                    f"points must be a number of 0 or more, found {points!r}"))
        is_test = bool(meta.get("grade")) and not meta.get("solution")
        if is_test and cell.get("cell_type") != "code":
            if meta.get("task"):
                pass  # a manually graded task: a markdown cell by design
            else:
                problems.append(Problem(shown, index, grade_id,
                    "an autograded test cell must be a code cell: change the cell type to Code"))
        if meta.get("solution"):
            for message in _region_problems(text, BEGIN_SOLUTION, END_SOLUTION, "solution"):
                problems.append(Problem(shown, index, grade_id, message))
        elif has_solution_marks and cell.get("cell_type") == "code":
            problems.append(Problem(shown, index, grade_id,
                "solution markers in a cell that is not a solution cell: the solution would be released; "
                "mark the cell 'Autograded answer' or remove the markers"))
        if is_test:
            for message in _region_problems(text, BEGIN_HIDDEN, END_HIDDEN, "hidden-test"):
                problems.append(Problem(shown, index, grade_id, message))
        elif has_hidden_marks:
            problems.append(Problem(shown, index, grade_id,
                "hidden-test markers outside an autograded test cell: the tests would be released; "
                "move them into the test cell"))
    return problems


def validate_notebook(path: Path, display_path: str | None = None) -> None:
    """Raise CourseError with the first problem of the notebook (and how many more), if any."""
    problems = notebook_problems(path, display_path)
    if problems:
        more = f" (and {len(problems) - 1} more problem{'s' if len(problems) > 2 else ''})" if len(problems) > 1 else ""
        raise CourseError(f"{problems[0]}{more}")
