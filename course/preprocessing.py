"""Preprocessing the notebooks and the grader share: reference data as model inputs.

``check_training(..., preprocess=to_model_inputs)`` names its preprocessing by import path
(``"course.preprocessing:to_model_inputs"``) so that the trusted verdict, which never runs notebook
code, applies the same function to the evaluation split. Functions here must stay deterministic.
"""

from __future__ import annotations

from autograder.quiet import quiet
from course.datasets.tabular import CATEGORICAL, NUMERIC

with quiet():
    import tensorflow as tf


def to_model_inputs(frame) -> dict:
    """The churn table as model inputs: ``{column: values of shape (n, 1)}`` for every column.

    For a model with one ``keras.Input(shape=(1,), name=<column>)`` per column: the numeric columns
    (``NUMERIC``) as float32 arrays, the categorical ones (``CATEGORICAL``) as ``tf.string``
    tensors (Keras cannot read NumPy string arrays).

    Args:
        frame: a DataFrame of the ``tabular`` dataset (``course.datasets.load("tabular", ...)[0]``).
    """
    return {name: frame[name].to_numpy("float32")[:, None] if name in NUMERIC
            else tf.constant(frame[name].to_numpy().astype(str)[:, None])
            for name in NUMERIC + CATEGORICAL}
