"""Records: one JSON line per check when KERAS_COURSE_RECORDS is set."""

import json

from autograder.records import RECENT, Record, write_record


def test_record_is_appended_as_json_line(tmp_path, monkeypatch):
    path = tmp_path / "records.jsonl"
    monkeypatch.setenv("KERAS_COURSE_RECORDS", str(path))
    write_record(Record("check_value", 1.0, 1.0, "", 0.01, device="CPU", tensorflow="2", keras="3"))
    write_record(Record("check_value", 0.0, 2.0, "wrong", 0.02))
    lines = [json.loads(line) for line in path.read_text().splitlines()]
    assert [line["points"] for line in lines] == [1.0, 0.0]
    assert lines[0]["device"] == "CPU" and lines[0]["keras"] == "3"
    assert lines[1]["message"] == "wrong" and lines[1]["max_points"] == 2.0
    assert RECENT[-1].message == "wrong"


def test_no_file_without_env(tmp_path, monkeypatch):
    monkeypatch.delenv("KERAS_COURSE_RECORDS", raising=False)
    monkeypatch.chdir(tmp_path)
    write_record(Record("check_value", 1.0, 1.0, "", 0.01))
    assert list(tmp_path.iterdir()) == []
