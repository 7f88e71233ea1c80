"""keras-course reference: the chapter's reference built ahead, and grading starts with it."""

from __future__ import annotations

import pytest

import autograder.verdict.reference as reference_module
from autograder.errors import CourseError
from autograder.grade.prepare import prepare_references
from autograder.grade.run import grade_chapter
from grading_helpers import scores, sqlite_url, submit


def count_builds(monkeypatch):
    calls = []
    real = reference_module.build_reference
    monkeypatch.setattr(reference_module, "build_reference",
                        lambda *args, **kwargs: calls.append(args[0]) or real(*args, **kwargs))
    return calls


def test_built_once_then_grading_starts_with_it(course, monkeypatch):
    builds = count_builds(monkeypatch)
    first = prepare_references(["tiny"], root=course)
    assert [(p.chapter, p.built) for p in first] == [("tiny", True)]
    assert (first[0].cache / "key.json").is_file() and "reference built in" in first[0].line()
    assert len(builds) == 1

    again = prepare_references(["tiny"], root=course / "source")  # from a folder inside the root too
    assert [(p.chapter, p.built) for p in again] == [("tiny", False)]
    assert "already up to date" in again[0].line()

    submit(course, "correct", solved=True)
    submit(course, "empty")
    outcome = grade_chapter("tiny", root=course, workers=2)
    assert len(builds) == 1  # grade found the reference: nothing built again
    assert {row["student"]: row["points"] for row in outcome.rows} == {"correct": 5.0, "empty": 0.0}
    assert scores(sqlite_url(course), "tiny")["correct"] == {"test_add": 2.0, "test_mul": 3.0}


def test_another_timeout_or_sandbox_is_another_reference(course, monkeypatch):
    builds = count_builds(monkeypatch)
    prepare_references(["tiny"], root=course)
    prepare_references(["tiny"], root=course, timeout=300)
    prepare_references(["tiny"], root=course, sandbox="off")
    assert len(builds) == 3  # what grade --timeout 300 or --sandbox off would need


def test_every_source_chapter_by_default(course, monkeypatch):
    built = []
    monkeypatch.setattr("autograder.grade.prepare.cached_references", lambda *args: None)
    monkeypatch.setattr("autograder.grade.prepare.chapter_references",
                        lambda root, source, chapter, *rest: built.append(chapter))
    prepare_references(root=course)
    assert built == sorted(p.name for p in (course / "source").iterdir() if any(p.glob("*.ipynb")))
    assert "tiny" in built


def test_user_errors_are_one_line_course_errors(course, tmp_path):
    with pytest.raises(CourseError, match="unknown chapter 'nope'"):
        prepare_references(["nope"], root=course)
    with pytest.raises(CourseError, match="--sandbox must be one of"):
        prepare_references(["tiny"], root=course, sandbox="loose")
    with pytest.raises(CourseError):
        prepare_references(["tiny"], root=tmp_path / "not-a-course")
