"""The temporary course a browser test serves: chapter 1's release, with the other answers filled in.

The student in the test fills one solution cell in the browser; every other solution cell is given
the instructor's answer from ``source/`` here, so that validation speaks about that one exercise.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
CHAPTER = "ch01_sequential"


def release_folder(tmp: Path) -> Path:
    """Return a release/ folder holding chapter 1: the committed one, else generated from source/."""
    committed = REPO / "release" / CHAPTER / f"{CHAPTER}.ipynb"
    release = tmp / "release"
    if committed.is_file():
        shutil.copytree(committed.parent, release / CHAPTER)
        return release
    from autograder.release.course_root import find_course_root
    from autograder.release.generate import generate_release

    generate_release(find_course_root(REPO), CHAPTER, release, db_url=f"sqlite:///{tmp / 'gradebook.db'}")
    return release


def instructor_answers() -> dict[str, list[str]]:
    """Return ``{grade_id: source}`` of every solution cell of chapter 1's source, markers removed."""
    data = json.loads((REPO / "source" / CHAPTER / f"{CHAPTER}.ipynb").read_text())
    answers = {}
    for cell in data["cells"]:
        meta = cell["metadata"].get("nbgrader", {})
        if meta.get("solution"):
            text = "".join(cell["source"])
            kept = [line for line in text.split("\n") if line.strip() not in ("### BEGIN SOLUTION", "### END SOLUTION")]
            answers[meta["grade_id"]] = "\n".join(kept)
    return answers


def fill_answers_except(notebook: Path, left_open: str) -> None:
    """Write the instructor's answer into every solution cell of ``notebook`` except ``left_open``."""
    answers = instructor_answers()
    data = json.loads(notebook.read_text())
    for cell in data["cells"]:
        grade_id = cell["metadata"].get("nbgrader", {}).get("grade_id")
        if grade_id in answers and grade_id != left_open:
            cell["source"] = answers[grade_id]
    notebook.write_text(json.dumps(data, indent=1))
