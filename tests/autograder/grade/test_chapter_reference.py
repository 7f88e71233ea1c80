"""The chapter reference: built once in the grader, reused while its key holds, refused when broken."""

from __future__ import annotations

import json

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


def test_a_cold_reference_is_built_by_the_pool_and_no_separate_canary_runs(course, monkeypatch):
    from autograder.grade import run as run_module
    from autograder.grade.run import grade_chapter
    from grading_helpers import scores, sqlite_url, submit

    started = []
    real_canary = run_module._start_canary
    monkeypatch.setattr(run_module, "_start_canary", lambda *args: started.append(args) or real_canary(*args))
    submit(course, "alice", solved=True)
    submit(course, "bob", cells={"mul": "def mul(a, b):\n    return a + b"}, solved=True)

    first = grade_chapter("tiny", root=course, workers=2)
    assert started == []  # the reference job proved the set-up: no canary kernel
    assert (course / CACHE / "tiny" / "key.json").is_file()  # built by a worker, into the cache
    assert {row["student"]: row["points"] for row in first.rows} == {"alice": 5.0, "bob": 2.0}
    assert scores(sqlite_url(course), "tiny")["bob"] == {"test_add": 2.0, "test_mul": 0.0}

    second = grade_chapter("tiny", root=course, workers=2)
    assert len(started) == 1  # cached: the canary checks the set-up instead
    assert [row["points"] for row in second.rows] == [row["points"] for row in first.rows]


def test_a_reference_built_in_the_pool_that_fails_stops_before_anyone_is_graded(course, monkeypatch):
    from autograder.grade import run as run_module
    from autograder.grade.run import grade_chapter
    from grading_helpers import scores, sqlite_url, submit

    source = course / "source" / "tiny" / "tiny.ipynb"
    nb = json.loads(source.read_text())
    nb["cells"].insert(0, {"cell_type": "code", "metadata": {}, "outputs": [], "execution_count": None,
                           "source": "import os\nos._exit(3)  # the instructor's notebook kills its kernel"})
    source.write_text(json.dumps(nb))
    started = []
    real_canary = run_module._start_canary
    monkeypatch.setattr(run_module, "_start_canary", lambda *args: started.append(args) or real_canary(*args))
    submit(course, "alice", solved=True)

    with pytest.raises(CourseError) as stopped:
        grade_chapter("tiny", root=course, workers=2)

    message = str(stopped.value)
    assert message.startswith("cannot grade tiny: ") and "did not run" in message and "\n" not in message
    assert len(started) == 1  # the canary ran first and found the set-up sound: the notebook is to blame
    assert not list((course / "logs" / "tiny").glob("*.log"))
    assert scores(sqlite_url(course), "tiny") == {}
    assert not (course / CACHE / "tiny").exists()
