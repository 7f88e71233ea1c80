"""course.litert: the ai-edge-litert interpreter, tf.lite's as the fallback, a clear message without either."""

import sys

import pytest

from course import litert


def test_ai_edge_litert_is_the_interpreter_when_installed():
    pytest.importorskip("ai_edge_litert")
    assert litert.runtime_name() == "ai_edge_litert"


def test_tf_lite_is_the_fallback(monkeypatch):
    tf = pytest.importorskip("tensorflow")
    monkeypatch.setitem(sys.modules, "ai_edge_litert.interpreter", None)  # import fails
    assert litert.interpreter_class() is tf.lite.Interpreter
    assert litert.runtime_name() == "tf.lite"


def test_without_either_the_message_says_what_to_install(monkeypatch):
    tf = pytest.importorskip("tensorflow")
    monkeypatch.setitem(sys.modules, "ai_edge_litert.interpreter", None)
    monkeypatch.delattr(tf.lite, "Interpreter")
    with pytest.raises(ImportError, match=r"install the ai-edge-litert package \(pip install ai-edge-litert\)"):
        litert.interpreter_class()
