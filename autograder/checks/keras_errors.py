"""Keras and TensorFlow errors raised by a student's code, said in one line a student can act on.

A check that calls student code reports what it raised. Some Keras errors say what broke in Keras's
own terms (``Output with path `` is not connected to `inputs` ``); :func:`described_error` keeps that
line, cut to its message (:func:`short_error`), and adds what to change when the cause is one a
student of this course makes.
"""

from __future__ import annotations

import re

# (pattern in the error's text, what to change): the first that matches is said after the error
_HINTS: tuple[tuple[re.Pattern, str], ...] = (
    (re.compile(r"is not connected to `inputs`|Graph disconnected"),
     "the outputs use a keras.Input that is not among the inputs given to keras.Model: list every "
     "Input the outputs depend on, e.g. keras.Model(inputs=[image, question], outputs=...)"),
    (re.compile(r"expected min_ndim=(\d+), found ndim=(\d+)"),
     "a layer got inputs with fewer axes than it needs (the batch axis counts): check the shape of "
     "keras.Input; images for Conv2D need a channel axis, shape=(height, width, channels)"),
    (re.compile(r"Argument\(s\) not recognized: \{'lr'"),
     "Keras 3 optimizers take learning_rate=..., there is no lr="),
)


def short_error(error: BaseException, limit: int = 400) -> str:
    """The line of a TensorFlow/Keras error that says what went wrong, without stack frames or colours.

    A graph execution error carries the stack of the op that failed; only its last message line
    (``Incompatible shapes: [16] vs. [16,4]``) tells a student anything. Keras's call errors end with
    the arguments received, which are cut.
    """
    text = re.sub(r"\x1b\[[0-9;]*m", "", str(error))
    if "Graph execution error" in text or "Detected at node" in text:
        lines = [line.strip() for line in text.splitlines()
                 if line.strip() and not line.strip().startswith(("File ", "[[", "Detected at node", "Graph execution"))]
        text = lines[-1] if lines else text
    text = " ".join(text.split("Arguments received by")[0].split())
    return text if len(text) <= limit else text[:limit] + "..."


def keras_hint(text: str) -> str:
    """What to change for a known Keras error message ``text``, or ``""`` when none is known."""
    for pattern, hint in _HINTS:
        if pattern.search(text):
            return hint
    return ""


def described_error(error: BaseException) -> str:
    """``"ValueError: <the error's message>"``, then ``" -> <what to change>"`` when the cause is known."""
    text = short_error(error)
    hint = keras_hint(text)
    return f"{type(error).__name__}: {text}" + (f" -> {hint}" if hint else "")
