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


def test_a_name_error_in_a_notebook_says_which_cell_to_run(capsys):
    from IPython.core.interactiveshell import InteractiveShell

    from course.missing_names import explain_missing_names

    shell = InteractiveShell.instance()
    try:
        assert explain_missing_names(shell)
        stub = shell.run_cell("class BinaryF1:\n    raise NotImplementedError()")
        result = shell.run_cell("metric = BinaryF1()")
        typo = shell.run_cell("def f():\n    return undefined_helper\nf()")
        fine = shell.run_cell("1 + 1")
    finally:
        shell.set_custom_exc((), None)
        InteractiveShell.clear_instance()
    shown = capsys.readouterr().out
    assert isinstance(stub.error_in_exec, NotImplementedError)
    assert isinstance(result.error_in_exec, NameError) and not result.success  # still an error: no points
    assert "name 'BinaryF1' is not defined: if a cell above defines `BinaryF1`, run it first; " \
           "if that cell stops with NotImplementedError, its exercise is not answered yet" in shown
    assert "if a cell above defines `undefined_helper`, run it first" in shown and not typo.success
    assert fine.success and fine.result == 2


def test_outside_ipython_nothing_changes():
    from course.missing_names import explain_missing_names, with_hint

    assert explain_missing_names() is False
    error = NameError("name 'x' is not defined", name="x")
    assert str(with_hint(with_hint(error))).count("run it first") == 1
    assert str(with_hint(NameError("free text"))) == "free text"


REPLICAS = """
{before}
from course.setup import setup_chapter
setup_chapter(seed=3, replicas=2)
import tensorflow as tf
print([device.name for device in tf.config.list_logical_devices("CPU")])
"""


@pytest.mark.parametrize("before, banner_part, devices", [
    ("", "| CPU | 2 x CPU (CPU:0, CPU:1) | seed 3", "['/device:CPU:0', '/device:CPU:1']"),
    ("import tensorflow as tf\ntf.constant(1.0)",
     "| CPU | 1 x CPU (CPU:0); too late for 2 replicas: TensorFlow started before the set-up cell. "
     "Restart the kernel and run the set-up cell first | seed 3", "['/device:CPU:0']"),
])
def test_replicas_are_made_before_tensorflow_starts_or_the_banner_says_it_is_too_late(before, banner_part, devices):
    env = {k: v for k, v in os.environ.items() if k != "TF_CPP_MIN_LOG_LEVEL"}
    done = subprocess.run([sys.executable, "-c", REPLICAS.format(before=before)], capture_output=True, text=True,
                          check=True, env={**env, "TF_CPP_MIN_LOG_LEVEL": "3"})
    banner, listed = done.stdout.splitlines()
    assert banner.endswith(banner_part)
    assert listed == devices
