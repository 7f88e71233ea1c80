"""Every chapter's class graded by ``keras-course grade``: sandboxed kernels, trusted verdict.

Each chapter's class (the instructor's answers, the untouched release and the ``corpus_mix`` scenario
``tests/notebooks/<chapter>/corpus_mix/``, which combines correct and wrong answers of the corpus
across every exercise) is graded once through the product's own path,
where the points of every check cell come from the verdict (exports judged against a reference run
of the source notebook) instead of the notebook's outputs. Each test reads one student: it must
score exactly what ``expected.json`` says (full for the instructor, zero for the untouched
release), and every re-judged cell's verdict must agree with what nbgrader read from the sandboxed
run's outputs (no correct cell is zeroed by the re-judging, no wrong one passes).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

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
    scenarios,
)

pytestmark = pytest.mark.notebook
TIMEOUT = 2400


@dataclass
class GradedClass:
    """A chapter's class graded by keras-course grade."""

    chapter: str
    course: Path
    tests: dict[str, float]
    scores: dict[str, dict[str, float]]
    outcome: object

    def log_head(self, student: str) -> list[str]:
        """The recorded lines of a student's grading log (before nbgrader's own log)."""
        log = (self.course / "logs" / self.chapter / f"{student}.log").read_text()
        return log.split("\n\n", 1)[0].splitlines()


_GRADED: dict[str, GradedClass] = {}


def graded_class(chapter: str, workdir: Path) -> GradedClass:
    """Grade ``chapter``'s class once per test process (the chapter's tests share one worker)."""
    if chapter not in _GRADED:
        from autograder.grade.run import grade_chapter

        course = make_course(workdir, chapter)
        make_submission(course, chapter, INSTRUCTOR, None)
        make_submission(course, chapter, UNTOUCHED, None, untouched=True)
        for scenario in chapter_scenarios(chapter):
            make_submission(course, chapter, scenario, scenario_answers(chapter, scenario)[0])
        outcome = grade_chapter(chapter, root=course, workers=2)
        students = [INSTRUCTOR, UNTOUCHED, *chapter_scenarios(chapter)]
        tests = autograded_tests(json.loads((course / "source" / chapter / f"{chapter}.ipynb").read_text()))
        _GRADED[chapter] = GradedClass(chapter, course, tests, read_scores(course, chapter, students), outcome)
    return _GRADED[chapter]


def _marks(chapter: str) -> list:
    return [pytest.mark.xdist_group(f"keras-course-grade-{chapter}"), pytest.mark.timeout(TIMEOUT)]


def _disagreements(graded: GradedClass, student: str) -> list[str]:
    """``verdict:`` log lines whose points differ from what the notebook's outputs said."""
    found = []
    for line in graded.log_head(student):
        if not line.startswith("verdict:"):
            continue
        points = line.split()[2].split("/")[0]
        said = line.split("(the notebook's outputs said ", 1)[1].split(")", 1)[0]
        if said != "nothing" and float(said) != float(points):
            found.append(line)
    return found


def _points(graded: GradedClass, student: str) -> dict[str, float | None]:
    scores = graded.scores.get(student, {})
    return {g: scores.get(g) for g in graded.tests}


@pytest.mark.parametrize("chapter", [pytest.param(c, marks=_marks(c), id=c) for c in chapters()])
def test_solutions_full_and_release_zero_with_every_protection_on(chapter, tmp_path_factory):
    graded = graded_class(chapter, tmp_path_factory.mktemp(f"kc-{chapter}"))
    protections = graded.outcome.protections
    assert protections and all(p["active"] for p in protections), graded.outcome.sandbox_summary()
    assert _points(graded, INSTRUCTOR) == graded.tests
    assert _points(graded, UNTOUCHED) == {g: 0.0 for g in graded.tests}
    assert _disagreements(graded, INSTRUCTOR) == []


@pytest.mark.parametrize("chapter, scenario",
                         [pytest.param(c, s, marks=_marks(c), id=f"{c}/{s}") for c, s in scenarios()])
def test_scenario_scores_as_expected(chapter, scenario, tmp_path_factory):
    graded = graded_class(chapter, tmp_path_factory.mktemp(f"kc-{chapter}"))
    _, expected = scenario_answers(chapter, scenario)
    assert set(expected["points"]) == set(graded.tests), "expected.json must list every autograded test cell"
    assert _points(graded, scenario) == {g: float(p) for g, p in expected["points"].items()}, \
        expected.get("description")
    assert _disagreements(graded, scenario) == [], "the verdict and the notebook's outputs disagree"
