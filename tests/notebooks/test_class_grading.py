"""Every chapter's class graded by ``keras-course grade``: sandboxed kernels, trusted verdict.

The same submissions as the plain-nbgrader chapter tests (the instructor's answers, the untouched
release, every scenario folder) are graded through the product's own path, where the points of
every check cell come from the verdict (exports judged against a reference run of the source
notebook) instead of the notebook's outputs. Honest work must keep exactly the points the
scenario's ``expected.json`` gives it, and each cell's verdict must agree with what nbgrader read
from the sandboxed run's outputs (no correct cell is zeroed by the re-judging, no wrong one passes).
"""

from __future__ import annotations

import json

import pytest
from chapter_grading import (
    INSTRUCTOR,
    UNTOUCHED,
    autograded_tests,
    chapter_scenarios,
    chapters,
    make_course,
    make_submission,
    read_scores,
    scenario_answers,
)

pytestmark = pytest.mark.notebook


@pytest.mark.timeout(2400)
@pytest.mark.parametrize("chapter", [pytest.param(c, marks=pytest.mark.xdist_group(f"kc-{c}")) for c in chapters()])
def test_keras_course_grade_gives_every_submission_its_expected_points(chapter, tmp_path):
    from autograder.grade.run import grade_chapter

    course = make_course(tmp_path, chapter)
    expected = {INSTRUCTOR: None, UNTOUCHED: None}
    make_submission(course, chapter, INSTRUCTOR, None)
    make_submission(course, chapter, UNTOUCHED, None, untouched=True)
    for scenario in chapter_scenarios(chapter):
        answers, wanted = scenario_answers(chapter, scenario)
        make_submission(course, chapter, scenario, answers)
        expected[scenario] = {g: float(p) for g, p in wanted["points"].items()}
    tests = autograded_tests(json.loads((course / "source" / chapter / f"{chapter}.ipynb").read_text()))
    expected[INSTRUCTOR] = tests
    expected[UNTOUCHED] = {g: 0.0 for g in tests}

    outcome = grade_chapter(chapter, root=course, workers=2)

    assert outcome.protections and all(p["active"] for p in outcome.protections), outcome.sandbox_summary()
    scores = read_scores(course, chapter, list(expected))
    got = {student: {g: scores.get(student, {}).get(g) for g in tests} for student in expected}
    assert got == expected
    for student in expected:
        log = (course / "logs" / chapter / f"{student}.log").read_text()
        disagreements = [line for line in log.split("\n\n", 1)[0].splitlines()
                         if line.startswith("verdict:") and _disagrees(line)]
        assert disagreements == [], f"{student}: the verdict and the notebook's outputs disagree"


def _disagrees(line: str) -> bool:
    """True when a ``verdict:`` log line gives other points than the notebook's outputs said."""
    points = line.split()[2].split("/")[0]
    said = line.split("(the notebook's outputs said ", 1)[1].split(")", 1)[0]
    return said != "nothing" and float(said) != float(points)
