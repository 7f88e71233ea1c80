"""Grading into a real PostgreSQL gradebook (a throwaway server on loopback) and reading it back."""

from __future__ import annotations

import os

import pytest
from grading_helpers import MUL_WRONG, nbgrader, scores, submit
from postgres_server import find_binaries, throwaway_server

from autograder.export.grade_table import grade_table
from autograder.grade.run import grade_chapter


@pytest.fixture
def postgres_url():
    """A fresh PostgreSQL database; skipped only outside CI when PostgreSQL is not installed."""
    if find_binaries() is None:
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL is not installed but CI is set: .ci/run must apt-get install postgresql")
        pytest.skip("PostgreSQL is not installed (apt-get install postgresql)")
    with throwaway_server() as url:
        yield url


def test_grades_land_in_postgresql_and_read_back(course, postgres_url):
    done = nbgrader(course, "generate_assignment", "tiny", "--force", f"--CourseDirectory.db_url={postgres_url}")
    assert done.returncode == 0, done.stderr
    submit(course, "alice", solved=True)
    submit(course, "bob", cells={"mul": MUL_WRONG}, solved=True)
    submit(course, "carol", raw="not json at all")

    outcome = grade_chapter("tiny", root=course, workers=2, db_url=postgres_url)
    grade_chapter("tiny", root=course, workers=2, db_url=postgres_url, students=["bob"])  # re-run one

    assert [(r["student"], r["points"], r["status"]) for r in outcome.rows] == [
        ("alice", 5.0, "graded"), ("bob", 2.0, "graded"), ("carol", 0.0, "failed")]
    assert scores(postgres_url, "tiny") == {"alice": {"test_add": 2.0, "test_mul": 3.0},
                                            "bob": {"test_add": 2.0, "test_mul": 0.0},
                                            "carol": {"test_add": 0.0, "test_mul": 0.0}}
    table = grade_table(root=course, db_url=postgres_url)
    assert table.loc["bob", "tiny"] == 2.0 and table.loc["max", "tiny"] == 5.0
