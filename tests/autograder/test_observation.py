"""run_check / export / rejudge: verdicts recomputed from exports without running student code."""

import json

import numpy as np
import pytest

from autograder.checks import CheckFailed, rejudge
from autograder.checks.observation import (
    JUDGES,
    call_student,
    load_export,
    register_judge,
    run_check,
)


@register_judge("check_fake_sum")
def _judge_sum(observation, expectation, points):
    total = float(np.sum(observation["values"]))
    if total != expectation["total"]:
        raise CheckFailed(f"expected a sum of {expectation['total']}, found {total}")
    return points


def _observe(values):
    return lambda: {"values": np.asarray(values), "meta": {"n": len(values)}}


def test_run_check_returns_points_and_raises_message():
    assert run_check("check_fake_sum", _observe([1, 2]), {"total": 3.0}, 2.0) == 2.0
    with pytest.raises(CheckFailed, match="expected a sum of 3.0, found 4.0"):
        run_check("check_fake_sum", _observe([2, 2]), {"total": 3.0}, 2.0)


def test_export_then_rejudge(tmp_path, monkeypatch):
    monkeypatch.setenv("KERAS_COURSE_EXPORT_DIR", str(tmp_path))
    run_check("check_fake_sum", _observe([1, 2]), {"total": 3.0}, 2.0)
    with pytest.raises(CheckFailed):
        run_check("check_fake_sum", _observe([5]), {"total": 3.0}, 1.0)
    files = sorted(p.name for p in tmp_path.iterdir())
    assert files == [
        "0000-check_fake_sum.json", "0000-check_fake_sum.npz",
        "0001-check_fake_sum.json", "0001-check_fake_sum.npz",
    ]
    check, observation, expectation, points = load_export(tmp_path / "0000-check_fake_sum.json")
    assert check == "check_fake_sum" and points == 2.0
    np.testing.assert_array_equal(observation["values"], [1, 2])
    verdicts = rejudge(tmp_path)
    assert [(v.points, v.max_points) for v in verdicts] == [(2.0, 2.0), (0.0, 1.0)]
    assert "found 5.0" in verdicts[1].message


def test_rejudge_uses_the_export_not_the_student_process(tmp_path, monkeypatch):
    monkeypatch.setenv("KERAS_COURSE_EXPORT_DIR", str(tmp_path))
    run_check("check_fake_sum", _observe([1, 2]), {"total": 3.0}, 1.0)
    # A tampered JSON changes the verdict: rejudge reads nothing but the files.
    path = tmp_path / "0000-check_fake_sum.json"
    payload = json.loads(path.read_text())
    payload["expectation"]["total"] = 4.0
    path.write_text(json.dumps(payload))
    assert rejudge(tmp_path)[0].points == 0.0


def test_student_exception_becomes_one_line_failure():
    def broken():
        raise ValueError("bad shape")

    with pytest.raises(CheckFailed, match=r"^build\(\) raised ValueError: bad shape$"):
        call_student(broken, "build()")
    with pytest.raises(CheckFailed, match="raised ValueError"):
        run_check("check_fake_sum", lambda: call_student(broken, "build()"), {"total": 1.0}, 1.0)


def test_judges_registered():
    assert "check_fake_sum" in JUDGES
