"""Seeds and op determinism: the same submission gets the same numbers on every run."""

from __future__ import annotations

import os
import random

import numpy as np

from autograder.quiet import quiet

with quiet():
    import keras
    import tensorflow as tf


def seed_everything(seed: int) -> None:
    """Seed Python, NumPy, TensorFlow and Keras with ``seed`` and turn on TF op determinism.

    Call it before building the weights whose values must repeat. Op determinism stays on for the
    rest of the process (TensorFlow cannot switch it off safely once ops have run).
    """
    os.environ["PYTHONHASHSEED"] = str(seed)
    random.seed(seed)
    np.random.seed(seed)
    keras.utils.set_random_seed(seed)
    enable_determinism()


def enable_determinism() -> None:
    """Turn on ``tf.config.experimental.enable_op_determinism`` (idempotent, silent)."""
    with quiet():
        tf.config.experimental.enable_op_determinism()
