"""check_value: a number, a shape or a parameter count the student predicted."""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from autograder.checks.failure import CheckFailed
from autograder.checks.observation import register_judge, run_check


def _plain(value: Any) -> Any:
    if isinstance(value, np.ndarray):
        return value.tolist()
    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, (tuple, list)):
        return [_plain(v) for v in value]
    if hasattr(value, "as_list"):  # tf.TensorShape
        return [_plain(v) for v in value.as_list()]
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    raise CheckFailed(f"expected a number, shape or string, got {type(value).__name__}")


def _shown(value: Any) -> str:
    return str(tuple(value)) if isinstance(value, list) else repr(value)


def _equal(expected: Any, found: Any, rel_tol: float) -> bool:
    if isinstance(expected, list) or isinstance(found, list):
        return (isinstance(expected, list) and isinstance(found, list) and len(expected) == len(found)
                and all(_equal(e, f, rel_tol) for e, f in zip(expected, found)))
    if isinstance(expected, (int, float)) and isinstance(found, (int, float)) \
            and not isinstance(expected, bool) and not isinstance(found, bool):
        return math.isclose(expected, found, rel_tol=rel_tol, abs_tol=0.0 if rel_tol else 1e-12)
    return expected == found


@register_judge("check_value")
def judge_value(observation: dict, expectation: dict, points: float) -> float:
    """Judge an answer against the expected value."""
    if not _equal(expectation["expected"], observation["answer"], expectation["rel_tol"]):
        tolerance = f" (relative tolerance {expectation['rel_tol']:g})" if expectation["rel_tol"] else ""
        raise CheckFailed(
            f"{expectation['name']}: expected {_shown(expectation['expected'])}, "
            f"found {_shown(observation['answer'])}{tolerance}"
        )
    return points


def check_value(answer: Any, expected: Any, *, name: str, rel_tol: float = 0, points: float = 1.0) -> float:
    """Check a value the student computed or predicted; return ``points`` or raise CheckFailed.

    Args:
        answer: the student's value (number, tuple/list/TensorShape shape, string), or a
            zero-argument function returning it.
        expected: the right value; shapes compare as lists (``(None, 10)`` equals ``[None, 10]``).
        name: what the value is, for the message (e.g. ``"output shape of layer 2"``).
        rel_tol: relative tolerance for numbers (0 = exact).
        points: full points.
    """
    expectation = {"expected": _plain(expected), "name": name, "rel_tol": float(rel_tol)}

    def observe() -> dict:
        from autograder.checks.observation import call_student

        value = call_student(answer, f"{name}()") if callable(answer) else answer
        return {"answer": _plain(value)}

    return run_check("check_value", observe, expectation, points)
