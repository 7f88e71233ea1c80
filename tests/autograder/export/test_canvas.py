"""Canvas's gradebook import CSV, checked against the rules of Canvas's own importer (lib/gradebook_importer.rb)."""

from __future__ import annotations

import csv
import io
import math
import re

import pandas as pd
import pytest

from autograder.cli.main import main
from autograder.errors import CourseError
from autograder.export.canvas import canvas_csv, read_roster

TABLE = pd.DataFrame({"ch01_sequential": [20.0, math.nan, 22.0], "ch02_functional": [7.5, 3.0, 10.0],
                      "total": [27.5, 3.0, 32.0]}, index=pd.Index(["ann", "bob", "max"], name="student"))


def canvas_import(text: str) -> dict:
    """Read ``text`` the way Canvas's GradebookImporter does, failing where it would fail.

    Header: ``row[0]`` contains "Student" and ``row[1]`` "ID" (``row_has_student_headers?``), then
    "SIS User ID" and "SIS Login ID" (``update_column_count``), and the student columns end with
    "Section" (``header?``); other columns are assignments, ``Title (id)`` by
    ``Assignment.title_and_id``. A row whose first cell contains "Points Possible" sets points.
    """
    rows = list(csv.reader(io.StringIO(text)))
    header = rows[0]
    assert len(header) > 3 and "Student" in header[0] and "ID" in header[1], "Invalid header row"
    assert re.search(r"SIS\s+User\s+ID", header[2]) and re.search(r"SIS\s+Login\s+ID", header[3])
    student_columns = 5
    assert "Section" in header[student_columns - 1], "Invalid header row"
    assignments = [re.match(r"\A(.*)\s\((\d+)\)\Z", name) or name for name in header[student_columns:]]
    assignments = [(a.group(1), a.group(2)) if isinstance(a, re.Match) else (a, None) for a in assignments]
    points, students = {}, {}
    for row in rows[1:]:
        if "Points Possible" in row[0]:
            points = dict(zip(assignments, row[student_columns:]))
            continue
        assert any(row[1:4]) or row[0], "a student row identifies nobody"
        students[row[3] or row[2] or row[1] or row[0]] = dict(zip(assignments, row[student_columns:]), row=row)
    return {"assignments": assignments, "points": points, "students": students}


def test_without_roster_students_are_their_sis_login_and_chapters_their_titles():
    imported = canvas_import(canvas_csv(TABLE, names={"ann": "Lovelace, Ann"}))

    assert imported["assignments"] == [("ch01_sequential", None), ("ch02_functional", None)]
    assert imported["points"] == {("ch01_sequential", None): "22", ("ch02_functional", None): "10"}
    assert imported["students"]["ann"]["row"][:5] == ["Lovelace, Ann", "", "", "ann", ""]
    assert imported["students"]["ann"][("ch02_functional", None)] == "7.5"
    assert imported["students"]["bob"][("ch01_sequential", None)] == ""  # not submitted: Canvas changes nothing
    assert list(imported["students"]) == ["ann", "bob"]  # no total and no max row


def test_a_canvas_export_as_roster_maps_ids_sections_and_assignment_ids(tmp_path):
    roster = tmp_path / "canvas-export.csv"
    roster.write_text("Student,ID,SIS User ID,SIS Login ID,Section,Quiz 1 (11)\n"
                      "    Points Possible,,,,,10\n"
                      '"Lovelace, Ann",1001,S-1,ann,Lab A,8\n'
                      '"Babbage, Bob",1002,S-2,bob,Lab B,\n', encoding="utf-8")

    text = canvas_csv(TABLE, roster=read_roster(roster), assignment_ids={"ch01_sequential": "4242"})

    imported = canvas_import(text)
    assert text.splitlines()[0] == "Student,ID,SIS User ID,SIS Login ID,Section,ch01_sequential (4242),ch02_functional"
    assert imported["assignments"][0] == ("ch01_sequential", "4242")
    assert imported["students"]["ann"]["row"][:5] == ["Lovelace, Ann", "1001", "S-1", "ann", "Lab A"]
    assert imported["students"]["bob"]["row"][:5] == ["Babbage, Bob", "1002", "S-2", "bob", "Lab B"]


def test_roster_problems_are_one_line_each(tmp_path):
    roster = tmp_path / "roster.csv"
    roster.write_text("Student,email\nAnn,ann@example.org\n")
    with pytest.raises(CourseError, match="has no 'SIS Login ID' column .*--roster-key"):
        read_roster(roster)
    roster.write_text("Student,SIS Login ID\nAnn,ann\n")
    with pytest.raises(CourseError, match=r"1 student\(s\) of the gradebook are not in the roster \(bob\)"):
        canvas_csv(TABLE, roster=read_roster(roster))
    with pytest.raises(CourseError, match="--canvas-assignment ch09=x"):
        canvas_csv(TABLE, assignment_ids={"ch09": "x"})


def test_export_command_writes_the_canvas_file(course, monkeypatch, tmp_path):
    from grading_helpers import submit

    from autograder.grade.run import grade_chapter

    submit(course, "alice", solved=True)
    grade_chapter("tiny", root=course, workers=1)
    monkeypatch.chdir(course)

    assert main(["export", "--csv", str(tmp_path / "grades.csv"), "--canvas", str(tmp_path / "canvas.csv"),
                 "--canvas-assignment", "tiny=77"]) == 0

    imported = canvas_import((tmp_path / "canvas.csv").read_text())
    assert imported["points"][("tiny", "77")] == "5" and imported["students"]["alice"][("tiny", "77")] == "5"
    assert main(["export", "--roster", str(tmp_path / "grades.csv")]) == 2  # a roster needs --canvas
