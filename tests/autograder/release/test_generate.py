"""Tests for autograder.release.generate: all-or-nothing release, staleness, leak refusal."""

from __future__ import annotations

import json

import pytest

from autograder.errors import CourseError
from autograder.release.course_root import find_course_root
from autograder.release.generate import failure_reason, stale_files, write_release

CHAPTER = "ch01_sequential"


def _release_text(course):
    return (course / "release" / CHAPTER / f"{CHAPTER}.ipynb").read_text()


def test_release_strips_solutions_and_hidden_tests(course):
    assert write_release(find_course_root(), [CHAPTER]) == [CHAPTER]
    text = _release_text(course)
    assert "instructor answer" not in text and "hidden check" not in text
    assert "add(1, 2) should be 3" in text  # the visible test is released
    assert "raise NotImplementedError()" in text
    assert (course / "gradebook.db").exists()  # recorded for plain nbgrader autograde


def test_release_is_reproducible_and_check_passes(course):
    root = find_course_root()
    write_release(root, [CHAPTER])
    first = _release_text(course)
    write_release(root, [CHAPTER])
    assert _release_text(course) == first
    assert stale_files(root, [CHAPTER]) == []
    assert not list(course.glob(".release-*"))


def test_check_names_stale_and_missing_files(course):
    root = find_course_root()
    write_release(root, [CHAPTER])
    notebook = course / "release" / CHAPTER / f"{CHAPTER}.ipynb"
    data = json.loads(notebook.read_text())
    data["cells"][0]["source"] = "# edited by hand"
    notebook.write_text(json.dumps(data))
    (course / "release" / CHAPTER / "extra.txt").write_text("not generated")
    assert stale_files(root, [CHAPTER]) == [f"release/{CHAPTER}/{CHAPTER}.ipynb", f"release/{CHAPTER}/extra.txt"]


def test_check_writes_nothing(course):
    root = find_course_root()
    assert stale_files(root, [CHAPTER]) == [f"release/{CHAPTER}/{CHAPTER}.ipynb"]
    assert not (course / "release").exists()
    assert not (course / "gradebook.db").exists()


def test_broken_source_leaves_release_untouched(course):
    root = find_course_root()
    write_release(root, [CHAPTER])
    before = _release_text(course)
    source = course / "source" / CHAPTER / f"{CHAPTER}.ipynb"
    data = json.loads(source.read_text())
    data["cells"][2]["metadata"]["nbgrader"]["grade_id"] = "add"
    source.write_text(json.dumps(data))
    with pytest.raises(CourseError, match="duplicate grade_id"):
        write_release(root, [CHAPTER])
    assert _release_text(course) == before
    assert not list(course.glob(".release-*"))


def test_an_nbgrader_traceback_is_reported_by_its_error_line_not_please_see_above(course):
    source = course / "source" / CHAPTER / f"{CHAPTER}.ipynb"
    data = json.loads(source.read_text())
    solution = next(c for c in data["cells"] if c.get("metadata", {}).get("nbgrader", {}).get("solution"))
    text = "".join(solution["source"]) if isinstance(solution["source"], list) else solution["source"]
    solution["source"] = text.replace("### END SOLUTION", "")  # an unclosed solution region
    source.write_text(json.dumps(data))
    with pytest.raises(CourseError) as failed:
        write_release(find_course_root(), [CHAPTER])
    message = str(failed.value)
    assert "Please see the above traceback" not in message
    assert "END SOLUTION" in message or "end solution" in message.lower(), message


def test_failure_reason_prefers_the_raised_line():
    log = ("[GenerateAssignment] There was an error processing assignment: x\n"
           "Traceback (most recent call last):\n  File \"a.py\", line 1\n"
           "RuntimeError: no end solution delimiter in cell add\n"
           "[GenerateAssignment] Please see the above traceback for details on the specific errors.\n")
    assert failure_reason(log) == "RuntimeError: no end solution delimiter in cell add"
    assert failure_reason("one line\nPlease see the above traceback\n") == "one line"
    assert failure_reason("") == ""


def test_leaked_file_refuses_release(course):
    (course / "source" / CHAPTER / "answers.py").write_text("return a + b  # instructor answer\n")
    with pytest.raises(CourseError, match=r"answers.py: solution text leaked.*release/ left unchanged"):
        write_release(find_course_root(), [CHAPTER])
    assert not (course / "release" / CHAPTER).exists()
