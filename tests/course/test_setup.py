"""setup_chapter: one banner line, seeds that repeat, op determinism, nothing on stderr."""

import os
import subprocess
import sys

import pytest

CODE = """
from course.setup import setup_chapter
import numpy as np
setup_chapter(seed={seed})
import keras, tensorflow as tf
print(np.random.rand(), float(tf.random.uniform(())))
"""


def _run(seed):
    env = {k: v for k, v in os.environ.items() if k != "TF_CPP_MIN_LOG_LEVEL"}
    return subprocess.run(
        [sys.executable, "-c", CODE.format(seed=seed)], capture_output=True, text=True, check=True, env=env
    )


def test_banner_seed_and_silence():
    first, again, other = _run(7), _run(7), _run(8)
    banner, numbers = first.stdout.splitlines()
    assert banner.startswith("Python 3.") and "TensorFlow 2." in banner and "Keras 3." in banner
    assert "| CPU |" in banner and banner.endswith("seed 7")
    assert first.stdout == again.stdout
    assert numbers != other.stdout.splitlines()[1]
    assert first.stderr == ""


def test_enables_op_determinism_and_returns_none():
    from course.setup import setup_chapter
    from tensorflow.python.framework import config

    assert setup_chapter(seed=3) is None
    assert config.is_op_determinism_enabled()


def test_bad_seed_is_a_clear_error():
    from course.setup import setup_chapter

    with pytest.raises(TypeError, match="needs an integer seed"):
        setup_chapter(seed="42")
