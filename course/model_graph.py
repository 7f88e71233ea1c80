"""Show a model's graph: ``plot_model``'s picture where Graphviz is installed, the same facts as text otherwise.

``keras.utils.plot_model`` needs the ``pydot`` package and Graphviz's ``dot`` program, which the
course's grading machines do not have. :func:`show_graph` draws the picture where it can and
otherwise prints :func:`describe_graph`: one line per layer call, with the layers that call reads
from, so a shared layer shows two calls. Only the model's public configuration
(``model.get_config()``) is read.

Example::

    from course.model_graph import show_graph
    show_graph(model)
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import tempfile
from typing import Any


def can_draw() -> bool:
    """True when ``plot_model`` can work: ``pydot`` importable and Graphviz's ``dot`` on the PATH."""
    return importlib.util.find_spec("pydot") is not None and shutil.which("dot") is not None


def _sources(arguments: Any) -> list[str]:
    """Names of the layers whose outputs feed one call, read from a call's serialized arguments."""
    if isinstance(arguments, dict):
        if arguments.get("class_name") == "__keras_tensor__":
            history = (arguments.get("config") or {}).get("keras_history")
            return [history[0]] if history else []
        return [name for value in arguments.values() for name in _sources(value)]
    if isinstance(arguments, (list, tuple)):
        return [name for value in arguments for name in _sources(value)]
    return []


def describe_graph(model: Any) -> str:
    """The graph of a Functional model as text: ``"name (Class) <- inputs"`` per layer call.

    A layer called twice (a shared layer) has one line per call (``call 1``, ``call 2``); an input
    shows its shape; the last line names the output layers. Returns the text (also for tests).
    """
    config = model.get_config()
    lines = [f"Model {model.name!r}"]
    for layer in config.get("layers", []):
        name, kind = layer["name"], layer["class_name"]
        calls = layer.get("inbound_nodes") or []
        if not calls:
            lines.append(f"  {name} ({kind})  shape {tuple(model.get_layer(name).output.shape)}")
        for number, call in enumerate(calls, start=1):
            tag = f" call {number}" if len(calls) > 1 else ""
            lines.append(f"  {name} ({kind}){tag} <- {', '.join(_sources(call.get('args')))}")
    outputs = config.get("output_layers") or []
    if outputs and isinstance(outputs[0], str):  # a single output: [name, node, tensor]
        outputs = [outputs]
    lines.append("  outputs: " + ", ".join(output[0] for output in outputs))
    return "\n".join(lines)


def show_graph(model: Any) -> Any:
    """Draw the model with ``plot_model`` (shapes and names) where possible, else print :func:`describe_graph`.

    Returns what ``plot_model`` returns (the picture a notebook shows), or None after printing.
    """
    if can_draw():
        import keras

        path = os.path.join(tempfile.gettempdir(), f"{model.name}.png")
        return keras.utils.plot_model(model, to_file=path, show_shapes=True, show_layer_names=True)
    print(describe_graph(model))
    return None
