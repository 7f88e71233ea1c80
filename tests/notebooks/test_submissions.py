"""Chapter notebooks graded with plain ``nbgrader autograde`` and the course's config.

Each chapter is released once and all its submissions are graded by one ``nbgrader autograde``
run (the ``graded_chapter`` fixture, tests/notebooks/conftest.py); each test reads one student:

- the instructor's own solutions score full marks on every autograded test;
- one chapter's solved release passes ``nbgrader validate`` (test_visible_tests.py reads every
  chapter's release for what Validate would misread).

The instructor, the untouched release (zero on every autograded test) and the ``corpus_mix`` scenario (tests/notebooks/<chapter>/corpus_mix/: a correct
or wrong corpus answer for every exercise) go through ``keras-course grade`` in
test_class_grading.py, which asserts nbgrader's own reading of every cell and the trusted verdict.
Answers to single exercises in other styles, and plausible wrong ones, are the answer corpus
(``tests/corpus/``), each file one answer with its exact points.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from chapter_grading import (
    INSTRUCTOR,
    autograded_tests,
    chapter_marks,
    chapters,
    make_submission,
)

pytestmark = pytest.mark.notebook


def _by_chapter():
    return [pytest.param(c, marks=chapter_marks(c), id=c) for c in chapters()]


@pytest.mark.parametrize("graded_chapter", _by_chapter(), indirect=True)
def test_solutions_score_full(graded_chapter):
    tests = autograded_tests(graded_chapter.source_notebook())
    assert tests, f"{graded_chapter.chapter} has no autograded tests"
    instructor = graded_chapter.points(INSTRUCTOR)
    assert {g: instructor[g] for g in tests} == tests


# The chapter whose solved release goes through ``nbgrader validate`` here (its check calls, layer
# classes and partial-credit reading included). What Validate reads from every chapter's release is
# decided from the code in test_visible_tests.py, and chapter 1 is validated through JupyterLab's
# button in tests/browser/test_lab_validate.py: one whole notebook run per chapter less.
VALIDATED_CHAPTER = "ch07_custom_layers_and_models"


@pytest.mark.parametrize("graded_chapter", [pytest.param(VALIDATED_CHAPTER, marks=chapter_marks(VALIDATED_CHAPTER),
                                                         id=VALIDATED_CHAPTER)], indirect=True)
def test_solved_release_passes_validate(graded_chapter):
    """What a student sees on pressing Validate with correct answers: success, no partial credit.

    Only the visible tests run here (the release has no hidden tests), so a visible test whose last
    expression is a number below the cell's points would wrongly read as partial credit. The
    notebook is written outside ``submitted/`` of the chapter's graded course, so autograde never
    sees it.
    """
    chapter = graded_chapter.chapter
    course = graded_chapter.course
    notebook = make_submission(course, chapter, "solved", None, folder="validate")
    done = subprocess.run([str(Path(sys.executable).parent / "nbgrader"), "validate", str(notebook)],
                          cwd=course, capture_output=True, text=True, timeout=900)
    assert "Success! Your notebook passes all the tests." in done.stdout, done.stdout[-4000:] + done.stderr[-2000:]
