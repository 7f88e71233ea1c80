"""keras-course grade on the fixture course: same points as nbgrader, failures isolated and recorded."""

from __future__ import annotations

import json
import shutil

import pytest

from autograder.errors import CourseError
from autograder.grade.run import grade_chapter
from autograder.sandbox.limits import Limits
from grading_helpers import (ADD_OK, ENDLESS, KILL_KERNEL, KILL_WORKER, MUL_WRONG, comments,
                                             nbgrader, scores, sqlite_url, submit)


def rows_by_student(outcome):
    return {row["student"]: row for row in outcome.rows}


def test_points_equal_plain_nbgrader_autograde(course, tmp_path):
    submit(course, "correct", solved=True)
    submit(course, "other_style", cells={"add": ADD_OK}, solved=True)
    submit(course, "partial", cells={"mul": MUL_WRONG}, solved=True)
    submit(course, "empty")
    submit(course, "endless", cells={"add": ENDLESS}, solved=True)
    reference = tmp_path / "reference"
    shutil.copytree(course, reference)
    done = nbgrader(reference, "autograde", "tiny")
    assert done.returncode == 0, done.stderr

    outcome = grade_chapter("tiny", root=course, workers=2)

    expected = scores(sqlite_url(reference), "tiny")
    assert scores(sqlite_url(course), "tiny") == expected
    assert expected["correct"] == {"test_add": 2.0, "test_mul": 3.0}
    assert expected["partial"] == {"test_add": 2.0, "test_mul": 0.0}
    rows = rows_by_student(outcome)
    assert {s: r["points"] for s, r in rows.items()} == {
        "correct": 5.0, "other_style": 5.0, "partial": 2.0, "empty": 0.0, "endless": 3.0}
    assert rows["endless"]["status"] == "graded" and "tiny:add timed out" in rows["endless"]["reason"]
    for student in rows:
        ours = json.loads((course / "autograded" / student / "tiny" / "tiny.ipynb").read_text())
        theirs = json.loads((reference / "autograded" / student / "tiny" / "tiny.ipynb").read_text())
        assert [c["source"] for c in ours["cells"]] == [c["source"] for c in theirs["cells"]]
        assert (course / "autograded" / student / "tiny" / "helper.py").is_file()
        assert (course / "logs" / "tiny" / f"{student}.log").read_text().startswith(f"student: {student}")


def test_unreadable_notebook_scores_zero_with_reason_and_others_graded(course):
    submit(course, "broken", raw='{"cells": [ this is not json')
    submit(course, "correct", solved=True)

    outcome = grade_chapter("tiny", root=course, workers=2)

    rows = rows_by_student(outcome)
    assert rows["broken"]["status"] == "failed"
    assert rows["broken"]["reason"].startswith("tiny/tiny.ipynb: not valid notebook JSON (line 1)")
    assert rows["correct"]["points"] == 5.0
    assert scores(sqlite_url(course), "tiny")["broken"] == {"test_add": 0.0, "test_mul": 0.0}
    assert all("not valid notebook JSON" in c for c in comments(sqlite_url(course), "tiny", "broken"))
    assert not (course / "autograded" / "broken" / "tiny").exists()


def test_killed_kernel_is_recorded_for_that_student_only(course):
    submit(course, "killer", cells={"add": KILL_KERNEL}, solved=True)
    submit(course, "correct", solved=True)

    rows = rows_by_student(grade_chapter("tiny", root=course, workers=1))

    # the cells run before the kernel died keep their outputs; every later cell is marked not run
    assert rows["killer"]["status"] == "graded" and "kernel died" in rows["killer"]["reason"]
    assert rows["correct"]["points"] == 5.0
    assert scores(sqlite_url(course), "tiny")["killer"] == {"test_add": 0.0, "test_mul": 0.0}
    autograded = json.loads((course / "autograded" / "killer" / "tiny" / "tiny.ipynb").read_text())
    not_run = [o["evalue"] for c in autograded["cells"] for o in c.get("outputs", [])
               if o.get("ename") == "CellNotRun"]
    assert not_run[0].startswith("this cell did not finish: the kernel died")
    assert len(not_run) == 4  # the killing cell, test_add, mul, test_mul


def test_sandboxed_kernel_cannot_kill_its_worker(course):
    submit(course, "a_killer", cells={"add": KILL_WORKER}, solved=True)
    submit(course, "b_correct", solved=True)

    rows = rows_by_student(grade_chapter("tiny", root=course, workers=1))

    # inside the sandbox the kernel's parent is the sandbox's own init, not the worker
    # (its add cell only tried to kill: add is undefined, so test_add alone fails)
    assert rows["a_killer"]["status"] == "graded" and rows["a_killer"]["points"] == 3.0
    assert rows["b_correct"]["points"] == 5.0
    assert rows["a_killer"]["device"] == rows["b_correct"]["device"] == "CPU"


def test_killed_worker_is_replaced_and_recorded(course):
    submit(course, "a_killer", cells={"add": KILL_WORKER}, solved=True)
    submit(course, "b_correct", solved=True)

    # without the sandbox the kernel can kill the worker; with one worker, the second
    # submission must go to a fresh worker after the first one died
    rows = rows_by_student(grade_chapter("tiny", root=course, workers=1, sandbox="off"))

    # a lost worker is a grader error: no grade is recorded for it
    assert rows["a_killer"]["status"] == "error" and rows["a_killer"]["points"] is None
    assert "grader error (crashed): the worker process died (signal SIGKILL)" in rows["a_killer"]["reason"]
    assert rows["b_correct"]["points"] == 5.0 and rows["b_correct"]["status"] == "graded"
    assert scores(sqlite_url(course), "tiny") == {"b_correct": {"test_add": 2.0, "test_mul": 3.0}}


def test_notebook_over_its_time_limit_keeps_the_points_of_cells_it_ran(course):
    with open(course / "nbgrader_config.py", "a") as config:
        config.write("\nc.Execute.timeout = 120\n")
    # a cell that ignores interrupts and never ends: only the notebook time limit stops it, killing
    # the kernel; 40 s leaves the cells before it (a few seconds when quiet) room on a loaded machine
    stubborn = "import signal, time\nsignal.signal(signal.SIGINT, signal.SIG_IGN)\ntime.sleep(3600)"
    submit(course, "slow", cells={"mul": stubborn}, solved=True)

    limits = Limits(cell_seconds=120, notebook_seconds=40)
    rows = rows_by_student(grade_chapter("tiny", root=course, workers=1, timeout=120, limits=limits))

    assert rows["slow"]["status"] == "graded"
    assert "the notebook passed its 40 s time limit" in rows["slow"]["reason"]
    assert scores(sqlite_url(course), "tiny")["slow"] == {"test_add": 2.0, "test_mul": 0.0}


def test_submission_over_its_time_limit_is_an_error_not_a_grade(course):
    # no cell reaches nbgrader's per-cell limit, but the whole submission overruns the worker's limit.
    # It can never finish, so a short limit bets on nothing; that a neighbour still gets its points
    # when one submission fails this way is shown by test_killed_kernel_is_recorded_for_that_student_only
    # and test_killed_worker_is_replaced_and_recorded.
    with open(course / "nbgrader_config.py", "a") as config:
        config.write("\nc.Execute.timeout = 120\n")
    sleepy = "import time\ntime.sleep(3600)\ndef {}(a, b):\n    return 0"  # can never finish in time
    submit(course, "slow", cells={"add": sleepy.format("add"), "mul": sleepy.format("mul")}, solved=True)

    # the sandbox's limits are longer than the worker's: the worker is stopped first
    limits = Limits(cell_seconds=120, notebook_seconds=600)
    rows = rows_by_student(grade_chapter("tiny", root=course, workers=1, timeout=20, limits=limits))

    assert rows["slow"]["status"] == "error" and "grader error (timeout)" in rows["slow"]["reason"]
    assert "within 20 s" in rows["slow"]["reason"]
    assert "slow" not in scores(sqlite_url(course), "tiny")


def test_rerun_regrades_cleanly(course):
    from nbgrader.api import Gradebook

    submit(course, "correct", solved=True)
    submit(course, "partial", cells={"mul": MUL_WRONG}, solved=True)
    first = grade_chapter("tiny", root=course, workers=2)
    before = scores(sqlite_url(course), "tiny")
    # the student fixes the mistake and resubmits: the re-run must replace, not add
    shutil.rmtree(course / "submitted" / "partial")
    submit(course, "partial", solved=True)

    second = grade_chapter("tiny", root=course, workers=2)

    assert before["partial"]["test_mul"] == 0.0
    assert scores(sqlite_url(course), "tiny") == {"correct": {"test_add": 2.0, "test_mul": 3.0},
                                                   "partial": {"test_add": 2.0, "test_mul": 3.0}}
    with Gradebook(sqlite_url(course), "fixture-course") as gb:
        assert len(gb.find_assignment("tiny").submissions) == 2
        assert len(gb.students) == 2
    assert [r["points"] for r in first.rows] == [5.0, 2.0]
    assert [r["points"] for r in second.rows] == [5.0, 5.0]


def test_named_students_only(course):
    submit(course, "alice", solved=True)
    submit(course, "bob", solved=True)

    outcome = grade_chapter("tiny", root=course, workers=1, students=["bob"])

    assert [r["student"] for r in outcome.rows] == ["bob"]
    assert set(scores(sqlite_url(course), "tiny")) == {"bob"}


def test_user_errors_are_one_line_course_errors(course, tmp_path):
    with pytest.raises(CourseError, match="nobody submitted tiny"):
        grade_chapter("tiny", root=course)
    submit(course, "alice", chapter="tiny", solved=True)
    with pytest.raises(CourseError, match="no submission of tiny for carol"):
        grade_chapter("tiny", root=course, students=["carol"])
    with pytest.raises(CourseError, match="holds no nbgrader_config.py"):
        grade_chapter("tiny", root=tmp_path / "nowhere")
