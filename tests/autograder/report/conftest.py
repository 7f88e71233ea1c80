"""A small synthetic graded class (no grading), built once and copied per test that writes into it."""

from __future__ import annotations

from pathlib import Path

import pytest
from fixture_course import private_copy
from synthetic_class import synthetic_class


@pytest.fixture(scope="session")
def synthetic_course(tmp_path_factory) -> Path:
    """A synthetic class of 40 submissions (gradebook, records, release and submitted notebooks)."""
    course = tmp_path_factory.mktemp("synthetic") / "course"
    synthetic_class(course, students=40, tests=4, seed=3)
    return course


@pytest.fixture
def course_copy(synthetic_course, tmp_path) -> Path:
    """A private copy of the synthetic class for one test."""
    return private_copy(synthetic_course, tmp_path)
