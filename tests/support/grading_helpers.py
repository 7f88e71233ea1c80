"""Helpers of the grading tests: build a class of submissions, read grades back, run nbgrader."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from venv_tools import BIN, nbgrader, tool_env  # noqa: F401  (re-exported for the grading tests)

FIXTURE_COURSE = Path(__file__).resolve().parents[1] / "autograder" / "grade" / "fixtures" / "course"


def submit(course: Path, student: str, chapter: str = "tiny", cells: dict[str, str] | None = None,
           raw: str | None = None, solved: bool = False) -> Path:
    """Create ``submitted/<student>/<chapter>/`` from the release (or the source when ``solved``).

    ``cells`` replaces the source of solution cells by grade id; ``raw`` replaces the whole
    notebook file with that text (for unreadable submissions).
    """
    folder = course / "submitted" / student / chapter
    shutil.copytree(course / ("source" if solved else "release") / chapter, folder)
    notebook = folder / f"{chapter}.ipynb"
    if raw is not None:
        notebook.write_text(raw)
        return folder
    nb = json.loads(notebook.read_text())
    for cell in nb["cells"]:
        grade_id = cell.get("metadata", {}).get("nbgrader", {}).get("grade_id")
        if cells and grade_id in cells:
            cell["source"] = cells[grade_id]
    notebook.write_text(json.dumps(nb))
    return folder


def scores(db_url: str, chapter: str) -> dict[str, dict[str, float | None]]:
    """``{student: {cell: auto_score}}`` read back from a gradebook."""
    from nbgrader.api import Gradebook

    found: dict[str, dict[str, float | None]] = {}
    with Gradebook(db_url, "fixture-course") as gb:
        for submission in gb.find_assignment(chapter).submissions:
            cells = found.setdefault(submission.student_id, {})
            for notebook in submission.notebooks:
                for grade in notebook.grades:
                    cells[grade.name] = grade.auto_score
    return found


def comments(db_url: str, chapter: str, student: str) -> list[str | None]:
    """The auto comments of a student's submission."""
    from nbgrader.api import Gradebook

    with Gradebook(db_url, "fixture-course") as gb:
        submission = gb.find_submission(chapter, student)
        return [c.auto_comment for nb in submission.notebooks for c in nb.comments]


def sqlite_url(course: Path) -> str:
    """The fixture course's own gradebook URL."""
    return "sqlite:///" + str(course / "gradebook.db")


ADD_OK = "def add(a, b):\n    return b + a"
MUL_WRONG = "def mul(a, b):\n    return a + b"
ENDLESS = "while True:\n    pass"
KILL_KERNEL = "import os, signal\nos.kill(os.getpid(), signal.SIGKILL)"
KILL_WORKER = "import os, signal\nos.kill(os.getppid(), signal.SIGKILL)"
