"""Chapter notebooks graded with plain ``nbgrader autograde`` and the course's config.

- the instructor's own solutions score full marks on every autograded test;
- the untouched release scores zero on every autograded test;
- every scenario folder (tests/notebooks/<chapter>/<scenario>/) scores exactly its expected.json.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from chapter_grading import (
    autograde,
    autograded_tests,
    chapters,
    make_course,
    make_submission,
    scenario_answers,
    scenarios,
)

pytestmark = pytest.mark.notebook


def _tests_of(course, chapter):
    return autograded_tests(json.loads((course / "source" / chapter / f"{chapter}.ipynb").read_text()))


@pytest.mark.parametrize("chapter", chapters())
def test_solutions_full_and_release_zero(tmp_path, chapter):
    course = make_course(tmp_path, chapter)
    make_submission(course, chapter, "instructor", None)
    make_submission(course, chapter, "untouched", None, untouched=True)
    scores = autograde(course, chapter)
    tests = _tests_of(course, chapter)
    assert tests, f"{chapter} has no autograded tests"
    assert {g: scores["instructor"][g] for g in tests} == tests
    assert {g: scores["untouched"][g] for g in tests} == {g: 0.0 for g in tests}


@pytest.mark.parametrize("chapter, scenario", scenarios(), ids=[f"{c}/{s}" for c, s in scenarios()])
def test_scenario_scores_as_expected(tmp_path, chapter, scenario):
    answers, expected = scenario_answers(chapter, scenario)
    course = make_course(tmp_path, chapter)
    tests = _tests_of(course, chapter)
    assert set(expected["points"]) == set(tests), "expected.json must list every autograded test cell"
    make_submission(course, chapter, scenario, answers)
    scores = autograde(course, chapter)[scenario]
    assert {g: scores[g] for g in tests} == {g: float(p) for g, p in expected["points"].items()}, expected.get("description")


def test_every_chapter_has_three_correct_and_three_wrong_scenarios():
    for chapter in chapters():
        names = [s for c, s in scenarios() if c == chapter]
        assert sum(n.startswith("correct_") for n in names) >= 3, f"{chapter}: fewer than 3 correct_* scenarios"
        assert sum(n.startswith("wrong_") for n in names) >= 3, f"{chapter}: fewer than 3 wrong_* scenarios"


@pytest.mark.parametrize("chapter", chapters())
def test_solved_release_passes_validate(tmp_path, chapter):
    """What a student sees on pressing Validate with correct answers: success, no partial credit.

    Only the visible tests run here (the release has no hidden tests), so a visible test whose last
    expression is a number below the cell's points would wrongly read as partial credit.
    """
    course = make_course(tmp_path, chapter)
    notebook = make_submission(course, chapter, "solved", None)
    done = subprocess.run([str(Path(sys.executable).parent / "nbgrader"), "validate", str(notebook)],
                          cwd=course, capture_output=True, text=True, timeout=900)
    assert "Success! Your notebook passes all the tests." in done.stdout, done.stdout[-4000:] + done.stderr[-2000:]
