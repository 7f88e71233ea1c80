"""The private gradebook a worker grades into: the chapter's cells, no students, no alembic subprocess."""

from __future__ import annotations

import sqlite3

import nbgrader.api
import pytest

from autograder.errors import CourseError
from autograder.grade.course_config import load_course_config
from autograder.grade.gradebook_template import build_template


def _refuse_alembic():
    raise AssertionError("the template ran `alembic heads`")


def test_template_holds_the_chapter_and_the_real_schema_version_without_alembic(course, tmp_path, monkeypatch):
    config = load_course_config(course)
    real_version = sqlite3.connect(course / "gradebook.db").execute("SELECT version_num FROM alembic_version").fetchone()
    monkeypatch.setattr(nbgrader.api, "get_alembic_version", _refuse_alembic)

    build_template(config.db_url, config.course_id, "tiny", tmp_path / "template.db")

    with nbgrader.api.Gradebook(f"sqlite:///{tmp_path / 'template.db'}", config.course_id) as copy:
        assignment = copy.find_assignment("tiny")
        assert sorted(c.name for nb in assignment.notebooks for c in nb.grade_cells) == ["test_add", "test_mul"]
        assert copy.students == []
    template = sqlite3.connect(tmp_path / "template.db")
    assert template.execute("SELECT version_num FROM alembic_version").fetchall() == [real_version]


def test_a_real_gradebook_without_a_schema_version_is_stamped_by_nbgrader(course, tmp_path):
    sqlite3.connect(course / "gradebook.db").execute("DROP TABLE alembic_version").connection.commit()
    config = load_course_config(course)

    build_template(config.db_url, config.course_id, "tiny", tmp_path / "template.db")

    versions = sqlite3.connect(tmp_path / "template.db").execute("SELECT version_num FROM alembic_version").fetchall()
    assert len(versions) == 1 and versions[0][0]


def test_a_chapter_the_gradebook_does_not_know_is_a_course_error(course, tmp_path):
    config = load_course_config(course)
    with pytest.raises(CourseError, match="no assignment 'ch99'"):
        build_template(config.db_url, config.course_id, "ch99", tmp_path / "template.db")
