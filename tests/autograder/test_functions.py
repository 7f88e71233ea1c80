"""check_function: a student's function against the instructor's on given inputs."""

import json
import re

import numpy as np
import pytest

from autograder.checks import CheckFailed, check_function, rejudge


def test_equal_outputs_score_full_points():
    assert check_function(lambda x: x * x, reference=lambda x: x ** 2, inputs=[3, -2.5, 7],
                          name="square", points=2) == 2.0


def test_outputs_within_tolerance_pass_and_outside_fail():
    third = lambda x: x / 3  # noqa: E731
    rounded = lambda x: round(x / 3, 3)  # noqa: E731
    assert check_function(rounded, reference=third, inputs=[1, 2], atol=1e-3) == 1.0
    with pytest.raises(CheckFailed, match="expected"):
        check_function(rounded, reference=third, inputs=[1, 2])


def test_wrong_outputs_name_both_values():
    with pytest.raises(CheckFailed, match=re.escape("square: expected [9.0, 4.0], found [6.0, 4.0]")):
        check_function(lambda x: 2 * x if x == 3 else x * x, reference=lambda x: x * x, inputs=[3, 2],
                       name="square")


def test_long_outputs_name_the_first_wrong_input():
    inputs = list(range(20))
    with pytest.raises(CheckFailed, match=re.escape("double: for input #13 expected 24.0, found 0.0")):
        check_function(lambda x: 0 if x == 12 else 2 * x, reference=lambda x: 2 * x, inputs=inputs,
                       name="double")


def test_a_function_that_raises_is_a_message_not_a_traceback():
    def broken(x):
        return 1 / 0

    with pytest.raises(CheckFailed, match="broken raised ZeroDivisionError: division by zero"):
        check_function(broken, reference=lambda x: x, inputs=[1])


def test_shape_mismatch_is_reported():
    with pytest.raises(CheckFailed, match=re.escape("expected outputs of shape (2, 2), found (2, 3)")):
        check_function(lambda x: np.zeros(3), reference=lambda x: np.zeros(2), inputs=[1, 2], name="f")


def test_the_export_rejudges_to_the_same_points_and_a_forged_one_does_not_pass(tmp_path, monkeypatch):
    monkeypatch.setenv("KERAS_COURSE_EXPORT_DIR", str(tmp_path))
    assert check_function(lambda x: x + 1, reference=lambda x: x + 1, inputs=[1, 2], points=3) == 3.0
    [verdict] = rejudge(tmp_path)
    assert (verdict.points, verdict.message) == (3.0, "")
    exported = next(tmp_path.glob("*check_function.json"))
    payload = json.loads(exported.read_text())
    assert payload["check"] == "check_function"
    # the trusted side judges with its own expectation: outputs forged to match a forged expectation
    # still fail against the real one
    from autograder.verdict.judges import judge_one

    earned, message = judge_one("check_function", {"outputs": np.array([0.0, 0.0])},
                                {"name": "f", "outputs": np.array([2.0, 3.0]), "rtol": 1e-7, "atol": 0.0}, 3.0)
    assert earned == 0.0 and "expected [2.0, 3.0], found [0.0, 0.0]" in message
