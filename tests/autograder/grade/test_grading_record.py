"""The grading record beside each log: the result's plain fields as JSON, written whole or not at all."""

from __future__ import annotations

import json

import pytest

from autograder.grade.grading_record import grading_record, write_grading_record

RESULT = {"student": "ada", "chapter": "ch", "status": "graded", "reason": "", "seconds": 12, "device": "CPU",
          "timestamp": "2026-01-01 10:00:00", "notes": [], "problems": [{"message": "cell moved"}],
          "verdicts": [{"notebook": "ch", "cell": "t1", "points": 0.0, "max_points": 2.0, "reason": "x",
                        "checks": []}],
          "files": {"ch.ipynb": "aGVsbG8="}, "log": "nbgrader's log"}


def test_record_keeps_the_plain_fields_and_drops_files_and_log(tmp_path):
    write_grading_record(tmp_path / "logs" / "ada.json", RESULT)

    written = json.loads((tmp_path / "logs" / "ada.json").read_text())
    assert written == grading_record(RESULT)
    assert "files" not in written and "log" not in written
    assert written["seconds"] == 12.0 and written["verdicts"][0]["cell"] == "t1"
    assert [p.name for p in (tmp_path / "logs").iterdir()] == ["ada.json"]  # no temporary left


def test_an_unwritable_record_leaves_the_old_one_and_no_temporary(tmp_path):
    path = tmp_path / "ada.json"
    path.write_text('{"old": true}')
    with pytest.raises(TypeError):
        write_grading_record(path, dict(RESULT, reason=object()))  # not JSON-able
    assert json.loads(path.read_text()) == {"old": True}
    assert [p.name for p in tmp_path.iterdir()] == ["ada.json"]
