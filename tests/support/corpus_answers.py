"""The answer corpus (``tests/corpus/<chapter>/<exercise>/<correct|wrong>_<slug>.py``), read and checked.

Each file replaces one solution cell of the instructor's notebook; its header says which test cells
must give which points (``# expect: test_a=3, test_b<2``). See ``tests/corpus/README.md`` for
the format; :func:`read_answer` parses one file, :func:`chapter_answers` all of a chapter, and
:func:`layout_problems` says what in a chapter's corpus does not fit its notebook.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO / "tests" / "corpus"
SOURCE = REPO / "source"
KINDS = ("correct", "wrong")
MIN_ANSWERS = {"correct": 4, "wrong": 6}
EXPECT = re.compile(r"^#\s*expect:\s*(.*)$")
ENTRY = re.compile(r"^\s*([A-Za-z0-9_]+)\s*(=|<)\s*([0-9]+(?:\.[0-9]+)?)\s*$")


@dataclass(frozen=True)
class Expectation:
    """What one test cell must give an answer: exactly ``points`` (``=``) or less (``<``)."""

    grade_id: str
    op: str
    points: float

    def met_by(self, earned: float | None) -> bool:
        """True when ``earned`` satisfies this expectation."""
        if earned is None:
            return False
        if self.op == "=":
            return abs(earned - self.points) <= 1e-6
        return earned < self.points - 1e-6

    def __str__(self) -> str:
        return f"{self.grade_id}{self.op}{self.points:g}"


@dataclass
class Answer:
    """One corpus file: which exercise it answers, how, and what it must score."""

    chapter: str
    exercise: str
    kind: str
    slug: str
    path: Path
    source: str
    expects: list[Expectation] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def id(self) -> str:
        """``<chapter>/<exercise>/<kind>_<slug>``, the test id."""
        return f"{self.chapter}/{self.exercise}/{self.path.stem}"


def read_answer(path: Path) -> Answer:
    """Parse one corpus file; format problems go to ``Answer.problems`` instead of raising."""
    path = Path(path)
    kind, _, slug = path.stem.partition("_")
    answer = Answer(path.parent.parent.name, path.parent.name, kind, slug, path, path.read_text())
    if kind not in KINDS or not slug:
        answer.problems.append(f"the file name must be correct_<slug>.py or wrong_<slug>.py, not {path.name}")
    lines = [line for line in answer.source.splitlines() if EXPECT.match(line.strip())]
    if len(lines) != 1:
        answer.problems.append(f"expected one '# expect:' line, found {len(lines)}")
    for line in lines[:1]:
        for item in EXPECT.match(line.strip()).group(1).split(","):
            if not item.strip():
                continue
            match = ENTRY.match(item)
            if match is None:
                answer.problems.append(f"cannot read the expectation {item.strip()!r} (write name=N or name<N)")
                continue
            answer.expects.append(Expectation(match.group(1), match.group(2), float(match.group(3))))
    if lines and not answer.expects:
        answer.problems.append("the '# expect:' line names no test cell")
    return answer


def chapters() -> list[str]:
    """The chapters with a corpus folder, sorted."""
    return sorted(p.name for p in CORPUS.iterdir() if p.is_dir() and (SOURCE / p.name).is_dir()) \
        if CORPUS.is_dir() else []


def chapter_answers(chapter: str) -> list[Answer]:
    """Every answer file of ``chapter``, sorted by exercise then name."""
    return [read_answer(p) for p in sorted((CORPUS / chapter).glob("*/*.py"))]


def source_notebook(chapter: str) -> nbformat.NotebookNode:
    """The instructor's notebook of ``chapter``."""
    return nbformat.read(SOURCE / chapter / f"{chapter}.ipynb", as_version=4)


def nbgrader_meta(cell) -> dict:
    """The cell's nbgrader metadata (empty for plain cells)."""
    return cell.get("metadata", {}).get("nbgrader", {})


def is_test_cell(cell) -> bool:
    """An autograded test cell: a graded code cell that is not a solution."""
    meta = nbgrader_meta(cell)
    return cell.cell_type == "code" and bool(meta.get("grade")) and not meta.get("solution")


def is_solution_cell(cell) -> bool:
    """A solution code cell (an autograded exercise); markdown answers are not part of the corpus."""
    return cell.cell_type == "code" and bool(nbgrader_meta(cell).get("solution"))


def exercises(notebook) -> list[str]:
    """Grade ids of the notebook's solution code cells, in notebook order."""
    return [nbgrader_meta(c)["grade_id"] for c in notebook.cells if is_solution_cell(c)]


def test_points(notebook) -> dict[str, float]:
    """``{grade_id: points}`` of the notebook's test cells."""
    return {nbgrader_meta(c)["grade_id"]: float(nbgrader_meta(c).get("points", 0) or 0)
            for c in notebook.cells if is_test_cell(c)}


def answer_problems(answer: Answer, notebook) -> list[str]:
    """What is wrong with one answer against its chapter's notebook (format, unknown or late cells)."""
    problems = list(answer.problems)
    cells = test_points(notebook)
    order = [nbgrader_meta(c).get("grade_id") for c in notebook.cells]
    if answer.exercise not in exercises(notebook):
        problems.append(f"{answer.exercise} is not a solution code cell of {answer.chapter}")
        return problems
    start = order.index(answer.exercise)
    for expect in answer.expects:
        if expect.grade_id not in cells:
            problems.append(f"{expect.grade_id} is not a test cell of {answer.chapter}")
        elif order.index(expect.grade_id) < start:
            problems.append(f"{expect.grade_id} comes before the exercise {answer.exercise}")
        elif not 0 <= expect.points <= cells[expect.grade_id] or (expect.op == "<" and expect.points == 0):
            problems.append(f"{expect}: the cell gives 0..{cells[expect.grade_id]:g} points")
    return problems


def count_problems(chapter: str, answers: list[Answer], notebook) -> list[str]:
    """Exercises of ``chapter`` with fewer than :data:`MIN_ANSWERS` correct or wrong answers."""
    problems = []
    for exercise in exercises(notebook):
        for kind, least in MIN_ANSWERS.items():
            found = sum(1 for a in answers if a.exercise == exercise and a.kind == kind)
            if found < least:
                problems.append(f"{chapter}/{exercise}: {found} {kind} answers, at least {least} needed")
    return problems
