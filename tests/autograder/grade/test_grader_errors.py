"""Graded or error: a grader failure is never written as a grade, and the canary stops a broken set-up."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path

import pytest

import course as course_package
from autograder.checks.failure import GRADER_ERROR
from autograder.cli.main import main
from autograder.errors import CourseError
from autograder.grade import pool as pool_module
from autograder.grade import run as run_module
from autograder.grade.grader_errors import as_grader_error, errored_students, package_import_error
from autograder.grade.run import grade_chapter
from autograder.grade.payload import pack_folder
from autograder.grade.verdicts import reference_mismatch, settle_pending_verdict
from autograder.sandbox.packages import PACKAGES_ENV, resolved_packages
from autograder.verdict.judge import CellVerdict
from grading_helpers import scores, sqlite_url, submit

pytestmark = pytest.mark.xdist_group("grader_errors")


def broken_packages(tmp_path) -> dict:
    """The package folders with ``course`` replaced by a copy that a Jupyter kernel cannot import."""
    broken = tmp_path / "broken" / "course"
    shutil.copytree(os.path.dirname(course_package.__file__), broken,
                    ignore=shutil.ignore_patterns("__pycache__"))
    init = broken / "__init__.py"
    init.write_text("import sys\nif '-f' in sys.argv:  # a Jupyter kernel\n"
                    "    raise ImportError('this copy of course refuses kernels')\n" + init.read_text())
    return dict(resolved_packages(), course=str(broken))


def test_a_kernel_without_the_course_packages_is_an_error_never_a_grade(course, tmp_path, monkeypatch):
    submit(course, "alice", solved=True)
    monkeypatch.chdir(course)
    assert main(["grade", "tiny", "--workers", "1"]) == 0  # builds the reference, records alice
    submit(course, "bob", solved=True)

    # the workers' kernels cannot import course (the parent and its reference build can)
    told = {PACKAGES_ENV: json.dumps(broken_packages(tmp_path))}
    monkeypatch.setattr(pool_module, "package_environment", lambda: told)
    monkeypatch.setattr(run_module, "_start_canary", lambda *args: None)  # let it reach the workers
    status = main(["grade", "tiny", "--workers", "2"])

    assert status == 3
    logs = course / "logs" / "tiny"
    for student in ("alice", "bob"):
        log = (logs / f"{student}.log").read_text()
        assert "status: error" in log and "the sandboxed kernel did not start" in log
    # alice keeps her earlier grade, bob has none
    assert scores(sqlite_url(course), "tiny") == {"alice": {"test_add": 2.0, "test_mul": 3.0}}
    assert errored_students(logs) == ["alice", "bob"]

    monkeypatch.undo()
    monkeypatch.chdir(course)
    assert main(["grade", "tiny", "--errors"]) == 0
    assert scores(sqlite_url(course), "tiny") == {"alice": {"test_add": 2.0, "test_mul": 3.0},
                                                   "bob": {"test_add": 2.0, "test_mul": 3.0}}
    assert errored_students(logs) == []
    with pytest.raises(CourseError, match="no submission of tiny ended in error"):
        grade_chapter("tiny", root=course, errors_only=True)


def test_the_canary_stops_a_broken_setup_before_anyone_is_graded(course, tmp_path, monkeypatch):
    submit(course, "alice", solved=True)
    monkeypatch.setenv(PACKAGES_ENV, json.dumps(broken_packages(tmp_path)))  # every process told so

    with pytest.raises(CourseError) as stopped:
        grade_chapter("tiny", root=course, workers=1)

    message = str(stopped.value)
    assert "canary" in message and "refuses kernels" in message and "pip install" in message
    assert "\n" not in message
    assert not list((course / "logs" / "tiny").glob("*.log"))
    assert scores(sqlite_url(course), "tiny") == {}


def test_a_lost_worker_is_an_error_without_grades():
    lost = {"student": "s", "chapter": "c", "status": "crashed", "reason": "the worker process died (signal SIGKILL)",
            "grades": [{"notebook": "n", "cell": "t", "auto_score": 0.0, "max_score": 1.0}]}
    error = as_grader_error(lost)
    assert error["status"] == "error" and error["grades"] == []
    assert error["reason"] == "grader error (crashed): the worker process died (signal SIGKILL)"
    graded = {"status": "graded", "grades": []}
    assert as_grader_error(graded) is graded


def test_a_cell_that_could_not_import_the_course_packages_is_found(tmp_path):
    def notebook(evalue):
        output = {"output_type": "error", "ename": "ModuleNotFoundError", "evalue": evalue, "traceback": []}
        (tmp_path / "ch.ipynb").write_text(json.dumps({"cells": [{"cell_type": "code", "outputs": [output]}]}))

    notebook("No module named 'autograder'")
    assert "could not import the course packages" in package_import_error(tmp_path)
    notebook("No module named 'course.datasets'")
    assert "course.datasets" in package_import_error(tmp_path)
    notebook("No module named 'sklearn'")  # the student's import: their own doing
    assert package_import_error(tmp_path) == ""


def test_a_reference_that_does_not_match_the_gradebook_is_found():
    grades = [{"notebook": "ch", "cell": "test_a", "auto_score": 1.0, "max_score": 2.0}]
    assert reference_mismatch({"ch": [CellVerdict("test_a", 2.0, 2.0)]}, grades) == ""
    assert "lacks" in reference_mismatch({"ch": [CellVerdict("test_b", 2.0, 2.0)]}, grades)
    assert "gives 'test_a' 3 points" in reference_mismatch({"ch": [CellVerdict("test_a", 3.0, 3.0)]}, grades)


def test_a_pending_verdict_with_a_runaway_guard_export_becomes_an_error():
    with tempfile.TemporaryDirectory() as scratch:
        cell = Path(scratch) / "notebooks" / "ch" / "cells" / "test_fit"
        cell.mkdir(parents=True)
        (cell / "0000-check_training.json").write_text(json.dumps(
            {"check": "check_training", "points": 1.0, "observation": {GRADER_ERROR: "the runaway guard stopped"},
             "expectation": {}}))
        exports = pack_folder(Path(scratch))
    pending = {"status": "graded", "pending_verdict": True, "exports": exports, "files": {},
               "grades": [{"notebook": "ch", "cell": "test_fit", "auto_score": 1.0, "max_score": 1.0}]}
    settled = settle_pending_verdict(pending, {})
    assert settled["status"] == "error" and "runaway guard stopped" in settled["reason"]
    assert settled["grades"] == [] and "exports" not in settled
    plain = {"status": "graded", "grades": [], "files": {}}
    assert settle_pending_verdict(dict(plain), {}) == plain
