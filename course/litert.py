"""The LiteRT interpreter, wherever this installation has one.

TensorFlow 2.20 deprecated ``tf.lite.Interpreter`` in favour of the ``ai-edge-litert`` package
(``from ai_edge_litert.interpreter import Interpreter``, same API). The course depends on
``ai-edge-litert``; :func:`interpreter_class` takes it, falls back to ``tf.lite.Interpreter`` (its
deprecation warning silenced) while TensorFlow still ships it, and otherwise raises an
``ImportError`` that says what to install. Notebooks and the grader's checks both use it.
"""

from __future__ import annotations

import warnings

MISSING = ("no LiteRT interpreter: install the ai-edge-litert package (pip install ai-edge-litert); "
           "this TensorFlow has no tf.lite.Interpreter to fall back on")


def interpreter_class():
    """The ``Interpreter`` class of ``ai_edge_litert``, else ``tf.lite.Interpreter``.

    Raises:
        ImportError: neither is available (the message says to install ``ai-edge-litert``).
    """
    try:
        from ai_edge_litert.interpreter import Interpreter
    except ImportError:
        import tensorflow as tf

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            Interpreter = getattr(getattr(tf, "lite", None), "Interpreter", None)
        if Interpreter is None:
            raise ImportError(MISSING) from None
    return Interpreter


def runtime_name() -> str:
    """Which interpreter :func:`interpreter_class` gives: ``"ai_edge_litert"`` or ``"tf.lite"``."""
    return "ai_edge_litert" if interpreter_class().__module__.startswith("ai_edge_litert") else "tf.lite"


def new_interpreter(model_content: bytes):
    """A LiteRT interpreter over a flatbuffer held in memory (``allocate_tensors`` not yet called)."""
    Interpreter = interpreter_class()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # tf.lite.Interpreter's deprecation warning, when it is the one
        return Interpreter(model_content=bytes(model_content))
