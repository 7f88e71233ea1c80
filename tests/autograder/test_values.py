"""check_value: numbers, shapes and counts with clear messages."""

import re

import numpy as np
import pytest
import tensorflow as tf

from autograder.checks import CheckFailed, check_value


@pytest.mark.parametrize(
    "answer, expected, rel_tol",
    [((None, 10), [None, 10], 0), (tf.TensorShape([None, 10]), (None, 10), 0), (np.int64(7), 7, 0),
     (0.3333, 1 / 3, 1e-3), (lambda: 7, 7, 0)],
    ids=["tuple-list", "tensorshape", "numpy-int", "tolerance", "callable"],
)
def test_equal_values_pass(answer, expected, rel_tol):
    assert check_value(answer, expected, name="value", rel_tol=rel_tol, points=2) == 2.0


@pytest.mark.parametrize(
    "answer, expected, message",
    [((None, 12), (None, 10), "output shape: expected (None, 10), found (None, 12)"),
     (0.5, 1 / 3, "output shape: expected 0.3333333333333333, found 0.5"),
     (object(), 1, "expected a number, shape or string, got object")],
)
def test_wrong_values(answer, expected, message):
    with pytest.raises(CheckFailed, match=re.escape(message)):
        check_value(answer, expected, name="output shape")
