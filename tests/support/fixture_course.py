"""pytest fixtures of the grading fixture course (``tests/autograder/grade/fixtures/course``).

A test folder that grades the fixture course imports them into its ``conftest.py``:
``from fixture_course import course, generated_course  # noqa: F401``.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from grading_helpers import FIXTURE_COURSE, nbgrader


@pytest.fixture(scope="session")
def generated_course(tmp_path_factory) -> Path:
    """The fixture course with ``tiny`` and ``tf_tiny`` released into its gradebook (built once)."""
    course = tmp_path_factory.mktemp("generated") / "course"
    shutil.copytree(FIXTURE_COURSE, course)
    for chapter in ("tiny", "tf_tiny"):
        done = nbgrader(course, "generate_assignment", chapter, "--force")
        assert done.returncode == 0, done.stderr
    return course


def private_copy(course: Path, tmp_path: Path) -> Path:
    """Copy ``course`` to ``tmp_path / "course"`` (a test's own copy of a session-wide course)."""
    return Path(shutil.copytree(course, tmp_path / "course"))


@pytest.fixture
def course(generated_course, tmp_path) -> Path:
    """A private copy of the generated fixture course for one test."""
    return private_copy(generated_course, tmp_path)
