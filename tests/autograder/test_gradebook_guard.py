"""The read-only look at a gradebook before nbgrader opens it: one line for each wrong gradebook, nothing written."""

from __future__ import annotations

import sqlite3

import pytest

from autograder.errors import CourseError
from autograder.export.grade_table import grade_table
from autograder.gradebook_guard import check_gradebook


@pytest.fixture
def other_course(tmp_path):
    """A gradebook of course ``other-course`` with one chapter."""
    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{tmp_path / 'gradebook.db'}", "other-course") as gb:
        gb.add_assignment("ch01_sequential")
    return tmp_path / "gradebook.db"


def test_the_right_course_passes(other_course):
    check_gradebook(f"sqlite:///{other_course}", "other-course")


def test_another_courses_gradebook_is_refused_and_left_unwritten(other_course):
    before = other_course.read_bytes()
    with pytest.raises(CourseError, match="belongs to course 'other-course', not 'keras-course'.*--db"):
        check_gradebook(f"sqlite:///{other_course}", "keras-course")
    assert other_course.read_bytes() == before


def test_a_missing_file_and_a_foreign_database_are_named(tmp_path):
    with pytest.raises(CourseError, match="no gradebook at .*missing.db: grade first"):
        check_gradebook(f"sqlite:///{tmp_path / 'missing.db'}", "keras-course", "grade first")
    assert not (tmp_path / "missing.db").exists()
    sqlite3.connect(tmp_path / "notes.db").execute("CREATE TABLE notes (text TEXT)").connection.commit()
    with pytest.raises(CourseError, match="is not an nbgrader gradebook"):
        check_gradebook(f"sqlite:///{tmp_path / 'notes.db'}", "keras-course")


def test_export_refuses_another_courses_gradebook(other_course, tmp_path):
    (tmp_path / "nbgrader_config.py").write_text('c = get_config()\nc.CourseDirectory.course_id = "keras-course"\n')
    before = other_course.read_bytes()
    with pytest.raises(CourseError, match="belongs to course 'other-course'"):
        grade_table(root=tmp_path, db_url=f"sqlite:///{other_course}")
    assert other_course.read_bytes() == before
