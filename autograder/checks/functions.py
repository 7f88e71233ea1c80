"""check_function: a student's function against the instructor's on given (hidden) inputs."""

from __future__ import annotations

from typing import Any, Callable, Sequence

import numpy as np

from autograder.checks.failure import CheckFailed
from autograder.checks.keras_errors import described_error
from autograder.checks.observation import register_judge, run_check

SHOWN = 8  # values shown in full in a message; longer outputs show the first difference


def _outputs(function: Callable, inputs: Sequence[Any]) -> np.ndarray:
    return np.asarray([function(x) for x in inputs], dtype="float64")


@register_judge("check_function")
def judge_function(observation: dict, expectation: dict, points: float) -> float:
    """Full points when the outputs equal the reference outputs (within tolerance), else CheckFailed."""
    found = np.asarray(observation["outputs"], dtype="float64")
    expected = np.asarray(expectation["outputs"], dtype="float64")
    name = expectation["name"]
    if found.shape != expected.shape:
        raise CheckFailed(f"{name}: expected outputs of shape {expected.shape}, found {found.shape}")
    close = np.isclose(found, expected, rtol=expectation["rtol"], atol=expectation["atol"], equal_nan=True)
    if not close.all():
        if expected.size <= SHOWN:
            raise CheckFailed(f"{name}: expected {expected.tolist()}, found {found.tolist()}")
        index = int(np.argmin(close.reshape(len(close), -1).all(axis=1)))
        raise CheckFailed(f"{name}: for input #{index + 1} expected {expected[index].tolist()}, "
                          f"found {found[index].tolist()}")
    return float(points)


def check_function(function: Callable, *, reference: Callable, inputs: Sequence[Any], name: str | None = None,
                   rtol: float = 1e-7, atol: float = 0.0, points: float = 1.0) -> float:
    """Call the student's ``function`` and the instructor's ``reference`` on each input; return points.

    Args:
        function: the student's function of one argument, returning a number or an array.
        reference: the instructor's function (the expectation; the trusted verdict takes its
            outputs from the reference run of the instructor's notebook instead).
        inputs: the inputs, one call each (hidden tests pass inputs only they know).
        name: the name used in messages (default: the function's ``__name__``).
        rtol, atol: tolerances of the comparison (``numpy.isclose``).
        points: full points.

    Raises:
        CheckFailed: an output differs (the message names the input and both values), has another
            shape, or the function raised.
    """
    label = name or getattr(function, "__name__", "the function")
    expectation = {"name": label, "outputs": _outputs(reference, inputs), "rtol": float(rtol),
                   "atol": float(atol)}

    def observe() -> dict:
        try:
            return {"outputs": _outputs(function, inputs)}
        except Exception as error:  # the student's bug, as a message
            raise CheckFailed(f"{label} raised {described_error(error)}") from None

    return run_check("check_function", observe, expectation, points)
