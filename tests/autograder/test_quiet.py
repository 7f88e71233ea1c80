"""quiet(): warnings, sys.stderr, fd 2 and logging are captured; exceptions still propagate."""

import logging
import os
import subprocess
import sys
import warnings

import pytest

from autograder.quiet import quiet


@pytest.mark.parametrize(
    "emit, section, text",
    [
        (lambda: warnings.warn("a python warning"), "warnings", "a python warning"),
        (lambda: print("to sys.stderr", file=sys.stderr), "stderr", "to sys.stderr"),
        (lambda: print("to stdout"), "stdout", "to stdout"),
        (lambda: os.write(2, b"a C++ log line\n"), "fd2", "a C++ log line"),
        (lambda: logging.getLogger("absl").warning("absl says"), "logs", "absl says"),
        (lambda: logging.getLogger("tensorflow").error("tf says"), "logs", "tf says"),
    ],
    ids=["warning", "sys-stderr", "stdout", "fd2", "absl", "tensorflow-logger"],
)
def test_each_channel_is_captured(emit, section, text):
    with quiet() as captured:
        emit()
    assert text in captured.text
    assert f"[{section}]" in captured.text


def test_exceptions_propagate_and_streams_are_restored():
    stderr_before = sys.stderr
    handlers_before = list(logging.getLogger().handlers)
    with pytest.raises(ZeroDivisionError):
        with quiet() as captured:
            warnings.warn("before the error")
            1 / 0
    assert sys.stderr is stderr_before
    assert logging.getLogger().handlers == handlers_before
    assert "before the error" in captured.text


def test_nothing_reaches_the_process_stderr():
    code = (
        "import os, sys, warnings, logging\n"
        "from autograder.quiet import quiet\n"
        "with quiet():\n"
        "    warnings.warn('w'); print('e', file=sys.stderr); os.write(2, b'fd\\n')\n"
        "    logging.getLogger('absl').warning('absl')\n"
        "os.write(2, b'after\\n')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stderr == "after\n"
    assert result.stdout == ""


def test_empty_when_silent():
    with quiet() as captured:
        pass
    assert captured.text == ""
