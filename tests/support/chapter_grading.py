"""Grading chapter notebooks the way an instructor would: plain ``nbgrader autograde``.

Used by the chapter tests: build a throwaway course with one chapter released, put submissions in
``submitted/<student>/<chapter>/``, run the real ``nbgrader autograde`` command, read the scores back
from the gradebook.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from autograder.release.course_root import find_course_root
from autograder.release.generate import write_release
from autograder.release.validate import BEGIN_SOLUTION, END_SOLUTION

REPO = Path(__file__).resolve().parents[2]
NOTEBOOK_TESTS = REPO / "tests" / "notebooks"


def chapters() -> list[str]:
    """Return the chapters that have a source notebook in the repository."""
    root = find_course_root(REPO)
    return [c for c in root.chapters if root.source_notebook(c).is_file()]


def scenarios() -> list[tuple[str, str]]:
    """Return ``(chapter, scenario)`` for every scenario folder with an ``expected.json``."""
    found = []
    for expected in sorted(NOTEBOOK_TESTS.glob("*/*/expected.json")):
        found.append((expected.parent.parent.name, expected.parent.name))
    return found


def make_course(tmp_path: Path, chapter: str) -> Path:
    """Copy the course config and one chapter's source into ``tmp_path`` and release it there."""
    course = tmp_path / "course"
    course.mkdir()
    shutil.copy(REPO / "nbgrader_config.py", course)
    shutil.copytree(REPO / "source" / chapter, course / "source" / chapter)
    write_release(find_course_root(course), [chapter])
    return course


def _cell_text(cell: dict) -> str:
    source = cell.get("source", "")
    return "".join(source) if isinstance(source, list) else source


def instructor_answer(cell_source: str) -> str:
    """Return a solution cell as a student who wrote the instructor's answer would submit it."""
    lines = cell_source.splitlines()
    kept = [line for line in lines if line.strip() not in (BEGIN_SOLUTION, END_SOLUTION)]
    return "\n".join(kept)


def solution_cells(notebook: dict) -> dict[str, dict]:
    """Return ``{grade_id: cell}`` for the solution cells of a notebook."""
    cells = {}
    for cell in notebook["cells"]:
        meta = cell.get("metadata", {}).get("nbgrader", {})
        if meta.get("solution"):
            cells[meta["grade_id"]] = cell
    return cells


def autograded_tests(notebook: dict) -> dict[str, float]:
    """Return ``{grade_id: points}`` for the autograded test cells of a notebook."""
    tests = {}
    for cell in notebook["cells"]:
        meta = cell.get("metadata", {}).get("nbgrader", {})
        if meta.get("grade") and not meta.get("solution") and cell["cell_type"] == "code":
            tests[meta["grade_id"]] = float(meta["points"])
    return tests


def make_submission(course: Path, chapter: str, student: str, answers: dict[str, str] | None,
                    untouched: bool = False) -> Path:
    """Write ``submitted/<student>/<chapter>/<chapter>.ipynb`` from the release notebook.

    Every solution cell gets ``answers[grade_id]`` when given, else the instructor's answer; with
    ``untouched`` the release notebook is submitted as the student received it.
    """
    release = json.loads((course / "release" / chapter / f"{chapter}.ipynb").read_text())
    source = json.loads((course / "source" / chapter / f"{chapter}.ipynb").read_text())
    answers = answers or {}
    unknown = set(answers) - set(solution_cells(source))
    if unknown:
        raise ValueError(f"scenario replaces cells that are not solution cells: {sorted(unknown)}")
    if not untouched:
        instructor = solution_cells(source)
        for grade_id, cell in solution_cells(release).items():
            cell["source"] = answers.get(grade_id, instructor_answer(_cell_text(instructor[grade_id])))
    target = course / "submitted" / student / chapter / f"{chapter}.ipynb"
    target.parent.mkdir(parents=True)
    target.write_text(json.dumps(release, indent=1))
    return target


def autograde(course: Path, chapter: str) -> dict[str, dict[str, float]]:
    """Run plain ``nbgrader autograde`` in ``course`` and return ``{student: {grade_id: score}}``."""
    env = dict(os.environ, PATH=os.pathsep.join([str(Path(sys.executable).parent), os.environ["PATH"]]))
    done = subprocess.run([str(Path(sys.executable).parent / "nbgrader"), "autograde", chapter, "--force"],
                          cwd=course, env=env, capture_output=True, text=True, timeout=1500)
    if done.returncode != 0:
        raise AssertionError(f"nbgrader autograde failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
    from nbgrader.api import Gradebook

    scores: dict[str, dict[str, float]] = {}
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gradebook:
        for student in sorted(p.name for p in (course / "submitted").iterdir()):
            submission = gradebook.find_submission_notebook(chapter, chapter, student)
            scores[student] = {g.name: float(g.score) for g in submission.grades if g.auto_score is not None
                               or g.cell.cell_type == "code"}
    return scores


def scenario_answers(chapter: str, scenario: str) -> tuple[dict[str, str], dict]:
    """Return the replacement solution cells and the expectation of one scenario folder."""
    folder = NOTEBOOK_TESTS / chapter / scenario
    answers = {path.stem: path.read_text() for path in sorted(folder.glob("*.py"))}
    expected = json.loads((folder / "expected.json").read_text())
    return answers, expected
