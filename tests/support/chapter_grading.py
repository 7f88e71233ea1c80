"""Grading chapter notebooks the way an instructor would: plain ``nbgrader autograde``.

Used by the chapter tests: build a throwaway course with one chapter released, put submissions in
``submitted/<student>/<chapter>/`` (the instructor's answers; the untouched release and the
scenario folders for ``keras-course grade``), run the real ``nbgrader autograde <chapter>`` command,
read the scores back from the gradebook.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from autograder.release.course_root import find_course_root
from autograder.release.generate import write_release
from autograder.release.validate import BEGIN_SOLUTION, END_SOLUTION
from venv_tools import BIN, tool_env

REPO = Path(__file__).resolve().parents[2]
NOTEBOOK_TESTS = REPO / "tests" / "notebooks"
# Student ids of the two submissions every chapter grades besides its scenarios.
INSTRUCTOR = "instructor"  # every solution cell holds the instructor's answer
UNTOUCHED = "untouched"  # the release notebook as students receive it
# Seconds one ``nbgrader autograde`` run may take for a whole chapter (about ten submissions).
AUTOGRADE_TIMEOUT = 1800


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


def cell_text(cell: dict) -> str:
    """Return the source of a notebook cell as one string."""
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
                    untouched: bool = False, folder: str = "submitted") -> Path:
    """Write ``<folder>/<student>/<chapter>/<chapter>.ipynb`` from the release notebook.

    Every solution cell gets ``answers[grade_id]`` when given, else the instructor's answer; with
    ``untouched`` the release notebook is submitted as the student received it. ``folder`` other
    than ``submitted`` keeps the notebook out of ``nbgrader autograde``'s sight.
    """
    release = json.loads((course / "release" / chapter / f"{chapter}.ipynb").read_text())
    source = json.loads((course / "source" / chapter / f"{chapter}.ipynb").read_text())
    answers = answers or {}
    unknown = set(answers) - set(solution_cells(source))
    if unknown:
        raise ValueError(f"{student}: the scenario replaces cells that are not solution cells: {sorted(unknown)}")
    if not untouched:
        instructor = solution_cells(source)
        for grade_id, cell in solution_cells(release).items():
            cell["source"] = answers.get(grade_id, instructor_answer(cell_text(instructor[grade_id])))
    target = course / folder / student / chapter / f"{chapter}.ipynb"
    target.parent.mkdir(parents=True)
    target.write_text(json.dumps(release, indent=1))
    return target


def run_autograde(course: Path, chapter: str) -> subprocess.CompletedProcess:
    """Run plain ``nbgrader autograde <chapter> --force`` in ``course`` (killed after ``AUTOGRADE_TIMEOUT`` s).

    A failing run is returned, not raised: the test that reads a student decides what it means.
    """
    command = [str(BIN / "nbgrader"), "autograde", chapter, "--force"]
    return subprocess.run(command, cwd=course, env=tool_env(), stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          text=True, timeout=AUTOGRADE_TIMEOUT)


def read_scores(course: Path, chapter: str, students: list[str]) -> dict[str, dict[str, float]]:
    """Return ``{student: {grade_id: score}}`` from ``course``'s gradebook for the graded students.

    A student counts as graded when nbgrader wrote ``autograded/<student>/<chapter>/`` (it removes
    that folder when a submission fails).
    """
    from nbgrader.api import Gradebook

    scores: dict[str, dict[str, float]] = {}
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gradebook:
        for student in students:
            if not (course / "autograded" / student / chapter / f"{chapter}.ipynb").is_file():
                continue
            submission = gradebook.find_submission_notebook(chapter, chapter, student)
            scores[student] = {g.name: float(g.score) for g in submission.grades if g.auto_score is not None
                               or g.cell.cell_type == "code"}
    return scores


def student_log(log: str, student: str, limit: int = 12000) -> str:
    """Return the part of an ``nbgrader autograde`` log about ``student``, then its closing lines.

    nbgrader opens each student with ``Creating/updating student with ID '<student>'``; the last
    lines say which students failed.
    """
    lines = log.splitlines()
    starts = [i for i, line in enumerate(lines) if "Creating/updating student with ID" in line]
    mine = [i for i in starts if f"'{student}'" in lines[i]]
    if not mine:
        return log[-limit:]
    end = next((i for i in starts if i > mine[0]), len(lines))
    part = "\n".join(lines[mine[0]:end])[:limit]
    return part + "\n...\n" + "\n".join(lines[-5:])


@dataclass
class GradedChapter:
    """A chapter's course with the instructor's answers graded: where it is and what nbgrader gave."""

    chapter: str
    course: Path
    scores: dict[str, dict[str, float]]  # graded students only
    log: str  # nbgrader's output
    returncode: int

    def points(self, student: str) -> dict[str, float]:
        """Return ``{grade_id: score}`` of ``student``; AssertionError with nbgrader's log if not graded."""
        if student not in self.scores:
            failure = f"nbgrader autograde did not grade {student!r}"
        elif self.returncode != 0:
            failure = f"nbgrader autograde exited {self.returncode} although it graded every submission"
        else:
            return self.scores[student]
        raise AssertionError(f"{self.chapter}: {failure}; nbgrader's output:\n{student_log(self.log, student)}")

    def autograded_notebook(self, student: str) -> dict:
        """Return the notebook nbgrader executed for ``student`` (cells with their outputs)."""
        self.points(student)
        path = self.course / "autograded" / student / self.chapter / f"{self.chapter}.ipynb"
        return json.loads(path.read_text())

    def source_notebook(self) -> dict:
        """Return the chapter's source notebook as the graded course holds it."""
        return json.loads((self.course / "source" / self.chapter / f"{self.chapter}.ipynb").read_text())


def chapter_marks(chapter: str) -> list:
    """Return the marks of a test that reads ``chapter``'s graded course (the ``graded_chapter`` fixture).

    The chapter's ``xdist_group`` keeps its tests on the worker that graded it (``--dist
    loadgroup``); the time-out leaves the first of them, which waits for the grading, room for it.
    """
    return [pytest.mark.xdist_group(chapter), pytest.mark.timeout(AUTOGRADE_TIMEOUT + 300)]


def chapter_scenarios(chapter: str) -> list[str]:
    """Return the scenario folder names of one chapter."""
    return [s for c, s in scenarios() if c == chapter]


def grade_chapter(workdir: Path, chapter: str) -> GradedChapter:
    """Release ``chapter`` once and grade :data:`INSTRUCTOR` with plain ``nbgrader autograde``.

    That is what plain ``nbgrader autograde`` must prove alone: the course's config grades the
    instructor's answers full, every source cell running, without our command. The untouched
    release and the ``corpus_mix`` scenario go through ``keras-course grade``
    (tests/notebooks/test_class_grading.py), whose workers run nbgrader's own Autograde with the same
    config in the sandbox and whose test asserts nbgrader's reading of every cell as well as the
    trusted verdict: an untouched release scoring zero there is nbgrader's own reading of the same
    notebook, the same checks and the same config, so a second, unsandboxed run of it here would
    repeat that reading only.
    """
    course = make_course(workdir, chapter)
    make_submission(course, chapter, INSTRUCTOR, None)
    done = run_autograde(course, chapter)
    return GradedChapter(chapter, course, read_scores(course, chapter, [INSTRUCTOR]), done.stdout, done.returncode)


def scenario_answers(chapter: str, scenario: str) -> tuple[dict[str, str], dict]:
    """Return the replacement solution cells and the expectation of one scenario folder."""
    folder = NOTEBOOK_TESTS / chapter / scenario
    answers = {path.stem: path.read_text() for path in sorted(folder.glob("*.py"))}
    expected = json.loads((folder / "expected.json").read_text())
    return answers, expected
