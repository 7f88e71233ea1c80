"""Fixtures for the grading tests: a generated copy of the fixture course and a class builder."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))  # grading_helpers, shared by these tests

from grading_helpers import FIXTURE_COURSE, nbgrader  # noqa: E402


@pytest.fixture(scope="session")
def generated_course(tmp_path_factory) -> Path:
    """The fixture course with ``tiny`` and ``tf_tiny`` released into its gradebook (built once)."""
    course = tmp_path_factory.mktemp("generated") / "course"
    shutil.copytree(FIXTURE_COURSE, course)
    for chapter in ("tiny", "tf_tiny"):
        done = nbgrader(course, "generate_assignment", chapter, "--force")
        assert done.returncode == 0, done.stderr
    return course


@pytest.fixture
def course(generated_course, tmp_path) -> Path:
    """A private copy of the generated fixture course for one test."""
    target = tmp_path / "course"
    shutil.copytree(generated_course, target)
    return target


