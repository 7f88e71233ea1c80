"""The chapter reference: built once in the grader, reused while its key holds, refused when broken."""

from __future__ import annotations

import json
import threading

import pytest

import autograder.verdict.reference as reference_module
from autograder.errors import CourseError
from autograder.grade.chapter_reference import CACHE, chapter_references
from autograder.sandbox.limits import Limits

LIMITS = Limits(cell_seconds=30, notebook_seconds=60)


def test_built_once_then_reused_until_the_source_changes(course, monkeypatch):
    source = course / "source" / "tiny"
    first = chapter_references(course, source, "tiny", LIMITS, "auto")
    index = json.loads((course / CACHE / "tiny" / "tiny" / "reference.json").read_text())
    assert [c["grade_id"] for c in index["cells"]] == ["test_add", "test_mul"]
    assert "reference.json" in first["tiny"]

    calls = []
    real = reference_module.build_reference
    monkeypatch.setattr(reference_module, "build_reference",
                        lambda *args, **kwargs: calls.append(args) or real(*args, **kwargs))
    assert chapter_references(course, source, "tiny", LIMITS, "auto") == first
    assert calls == []  # same key: the cache is reused

    (source / "helper.py").write_text("helper = 'changed'\n")
    chapter_references(course, source, "tiny", LIMITS, "auto")
    assert len(calls) == 1  # a changed source file builds it again
    chapter_references(course, source, "tiny", Limits(cell_seconds=31), "auto")
    assert len(calls) == 2  # so do other limits


def test_a_reference_that_fails_its_own_checks_stops_grading(course, monkeypatch):
    def broken(*args, **kwargs):
        raise reference_module.BrokenReference("the reference does not earn its own points: test_add")

    monkeypatch.setattr(reference_module, "build_reference", broken)
    with pytest.raises(CourseError, match="cannot grade tiny: the reference does not earn its own points"):
        chapter_references(course, course / "source" / "tiny", "tiny", LIMITS, "auto")
    assert not (course / CACHE / "tiny").exists()  # nothing half-built is kept


def test_a_chapter_without_source_notebook_is_a_course_error(course, tmp_path):
    with pytest.raises(CourseError, match="no source notebook"):
        chapter_references(course, tmp_path, "tiny", LIMITS, "auto")


def test_a_background_build_says_when_it_ended_built_or_failed(course, monkeypatch):
    import autograder.grade.chapter_reference as chapter_reference

    gate = threading.Event()

    def slow_broken(*args):
        gate.wait(10)
        raise CourseError("cannot grade tiny: the reference does not earn its own points")

    monkeypatch.setattr(chapter_reference, "chapter_references", slow_broken)
    build = chapter_reference.ReferenceBuild(course, course / "source" / "tiny", "tiny", LIMITS, "auto")
    assert not build.finished.is_set()  # a pool slot stays free while it runs
    gate.set()
    assert build.finished.wait(10)
    with pytest.raises(CourseError, match="does not earn its own points"):
        build.result()
