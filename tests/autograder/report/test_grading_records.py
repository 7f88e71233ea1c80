"""The grading records the report reads: every graded student needs one, and a broken one is named."""

from __future__ import annotations

import json

import pytest

from autograder.errors import CourseError
from autograder.report.grading_records import read_grading_records


def write(folder, student, **fields):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{student}.json").write_text(json.dumps({"student": student, "status": "graded", **fields}))


def test_records_by_student_including_errors_the_gradebook_never_saw(tmp_path):
    write(tmp_path, "bob", seconds=3.0)
    write(tmp_path, "ann", status="error")
    records = read_grading_records(tmp_path, "ch", ["bob"])
    assert list(records) == ["ann", "bob"] and records["bob"]["seconds"] == 3.0


def test_no_records_at_all_says_to_grade_first(tmp_path):
    with pytest.raises(CourseError, match=r"no grading records in .*: grade the chapter with `keras-course grade ch` first"):
        read_grading_records(tmp_path / "logs" / "ch", "ch", ["ann"])


def test_gradebook_students_without_a_record_are_counted_and_named(tmp_path):
    write(tmp_path, "ann")
    with pytest.raises(CourseError, match=r"2 graded submission\(s\) of ch have no grading record .*\(bob, cid\)"):
        read_grading_records(tmp_path, "ch", ["ann", "bob", "cid"])


def test_an_unreadable_record_is_named_with_the_repair(tmp_path):
    write(tmp_path, "ann")
    (tmp_path / "bob.json").write_text("{not json")
    with pytest.raises(CourseError, match=r"bob.json is not a grading record .*--student bob"):
        read_grading_records(tmp_path, "ch", ["ann"])
