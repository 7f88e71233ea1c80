"""check_architecture: layer kinds, units, activations, shapes, parameter counts, frozen and shared layers.

Models are compared *flattened*: nested models (a Sequential used as a layer in a Functional model)
are replaced by their layers, ``InputLayer`` is dropped, and an ``Activation`` layer right after a
layer with a linear activation is folded into it (``Dense(4)`` + ``Activation("softmax")`` equals
``Dense(4, activation="softmax")``) unless the expected layers list ``Activation`` explicitly. So
``Sequential([...])``, ``.add()``, ``Input`` or ``input_shape``/``input_dim``, and Functional models
all pass when they are the same network.
"""

from __future__ import annotations

import math
import warnings
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from autograder.checks.failure import CheckFailed
from autograder.checks.model_config import TF_ACTIVATION_NAMES
from autograder.checks.observation import build_if_callable, call_student, register_judge, run_check
from autograder.quiet import quiet

with quiet():
    import keras
    from keras.src.models.functional import Functional

# The attribute shown first, without its name, in messages: Dense(20, activation='relu').
_PRIMARY = {
    "Dense": "units", "Conv1D": "filters", "Conv2D": "filters", "Conv3D": "filters",
    "Conv2DTranspose": "filters", "SeparableConv2D": "filters", "Dropout": "rate",
    "LSTM": "units", "GRU": "units", "SimpleRNN": "units",
}
# The attributes a reference model's layers are compared on (others: the kind alone).
_KEY_ATTRS = {
    "Dense": ("units", "activation"),
    "Conv1D": ("filters", "kernel_size", "strides", "padding", "activation"),
    "Conv2D": ("filters", "kernel_size", "strides", "padding", "activation"),
    "Conv3D": ("filters", "kernel_size", "strides", "padding", "activation"),
    "Dropout": ("rate",),
    "Embedding": ("input_dim", "output_dim"),
    "LSTM": ("units", "return_sequences"),
    "GRU": ("units", "return_sequences"),
    "SimpleRNN": ("units", "return_sequences"),
    "MaxPooling2D": ("pool_size",),
    "AveragePooling2D": ("pool_size",),
    "Activation": ("activation",),
}
_ACTIVATION_ALIASES = {**TF_ACTIVATION_NAMES, "None": "linear", "": "linear"}


@dataclass
class Layer:
    """An expected layer: its kind (class name) and the attributes that matter.

    Attributes are compared with the layer's ``get_config()`` (``units``, ``filters``,
    ``kernel_size``, ``activation``, ``rate``...) plus ``trainable``. Activations compare by name
    (``"relu"``, ``tf.nn.relu`` and ``keras.activations.relu`` are equal); ints equal 1-tuples.

    Example:
        >>> Layer("Dense", units=20, activation="relu")
        Dense(20, activation='relu')
    """

    kind: Any
    attrs: dict = field(default_factory=dict)

    def __init__(self, kind: Any, **attrs: Any):
        self.kind = kind if isinstance(kind, str) else getattr(kind, "__name__", str(kind))
        self.attrs = attrs

    def __repr__(self) -> str:
        return render(self.kind, self.attrs)

    def to_plain(self) -> dict:
        """Return the spec as JSON-able data (for exports)."""
        return {"kind": self.kind, "attrs": {k: _plain_value(k, v) for k, v in self.attrs.items()}}


def render(kind: str, attrs: dict) -> str:
    """Return ``Dense(20, activation='relu')`` for a kind and its attributes."""
    primary = _PRIMARY.get(kind)
    parts = []
    if primary in attrs:
        parts.append(repr(_shown(attrs[primary])))
    parts += [f"{key}={_shown(value)!r}" for key, value in attrs.items() if key != primary]
    return f"{kind}({', '.join(parts)})"


def _shown(value: Any) -> Any:
    return tuple(value) if isinstance(value, list) else value


def activation_name(value: Any) -> str:
    """Return the canonical name of an activation given as a string, function or config dict."""
    if value is None:
        return "linear"
    if isinstance(value, dict):
        value = value.get("config", value.get("class_name", ""))
        if isinstance(value, dict):
            value = value.get("name", "")
    if callable(value):
        value = getattr(value, "__name__", str(value))
    name = str(value)
    return _ACTIVATION_ALIASES.get(name, name)


def _plain_value(key: str, value: Any) -> Any:
    if key == "activation":
        return activation_name(value)
    if isinstance(value, (tuple, list)):
        return [_plain_value("", v) for v in value]
    if isinstance(value, np.generic):
        return value.item()
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    return str(value)


def _graph_calls(model: Any) -> Counter | None:
    """How many times each layer is called in ``model``'s own graph (by ``id``), None without a graph.

    A layer's ``_inbound_nodes`` also count calls in other models (a block reused elsewhere); the
    nodes of this model's graph count only this model's calls.
    """
    graph = getattr(model, "_functional", None) if isinstance(model, keras.Sequential) else model
    by_depth = getattr(graph, "_nodes_by_depth", None)
    if not by_depth:
        return None
    return Counter(id(node.operation) for nodes in by_depth.values() for node in nodes)


def _is_noop_flatten(layer: Any) -> bool:
    """A Flatten of a tensor that is already flat (batch and one axis): it changes nothing."""
    if not isinstance(layer, keras.layers.Flatten):
        return False
    try:
        return len(layer.input.shape) <= 2
    except (AttributeError, ValueError):  # unbuilt, or called several times
        return False


def _flat_calls(model: Any, times: int = 1) -> list[tuple[Any, int]]:
    """The model's layers with nested models replaced by theirs, each with how often it runs.

    A layer inside a block (a model used as a layer) runs as often as the block is called times as
    often as the block calls it: a Sequential block called on two inputs shares all its layers.
    """
    calls = _graph_calls(model)
    flat: list[tuple[Any, int]] = []
    for layer in model.layers:
        if isinstance(layer, keras.layers.InputLayer) or _is_noop_flatten(layer):
            continue
        count = calls.get(id(layer), 0) if calls is not None else len(getattr(layer, "_inbound_nodes", []))
        if isinstance(layer, keras.Model):
            flat.extend(_flat_calls(layer, times * max(count, 1)))
        else:
            flat.append((layer, times * count))
    return flat


def _flat_layers(model: Any) -> list:
    return [layer for layer, _ in _flat_calls(model)]


def _describe_layer(layer: Any) -> dict:
    config = {}
    try:
        raw = layer.get_config()
    except Exception:  # a custom layer without get_config: compare its kind only
        raw = {}
    for key, value in raw.items():
        if key in ("name", "dtype", "trainable"):
            continue
        if isinstance(value, dict) and key != "activation":
            continue
        config[key] = _plain_value(key, value)
    config["trainable"] = bool(layer.trainable)
    return {"kind": type(layer).__name__, "config": config, "calls": len(getattr(layer, "_inbound_nodes", []))}


def _shape(tensor: Any) -> list | None:
    shape = getattr(tensor, "shape", None)
    return None if shape is None else [None if d is None else int(d) for d in tuple(shape)[1:]]


def _count(weights: list) -> int:
    return int(sum(int(np.prod(w.shape)) for w in weights))


def _producer(tensor: Any) -> Any:
    """The layer whose call made ``tensor`` (a model's output), None when unknown."""
    history = getattr(tensor, "_keras_history", None)
    return history[0] if history else None


def _output_layer(tensor: Any) -> dict | None:
    """What makes one output: the producing layer's kind and settings, named by the output's layer.

    An activation layer (``Activation``, default ``ReLU()``/``Softmax()``) after a layer with a
    linear activation reads as that layer with the activation (as in the layer comparison); a
    nested model reads as its last layer.
    """
    layer = _producer(tensor)
    if layer is None:
        return None
    name = layer.name
    while isinstance(layer, keras.Model):
        inner = [l for l in layer.layers if not isinstance(l, keras.layers.InputLayer)]
        if not inner:
            return None
        layer = inner[-1]
    described = _describe_layer(layer)
    activation = _as_activation(described)
    if activation is not None and len(layer._inbound_nodes) == 1:
        parents = layer._inbound_nodes[0].input_tensors
        before = _producer(parents[0]) if len(parents) == 1 else None
        if before is not None and not isinstance(before, (keras.Model, keras.layers.InputLayer)):
            previous = _describe_layer(before)
            if previous["config"].get("activation") == "linear":
                described = dict(previous, config=dict(previous["config"], activation=activation))
    return {"kind": described["kind"], "config": dict(described["config"], name=name)}


def observe_model(model: Any) -> dict:
    """Return plain data describing a Keras model (flattened layers, shapes, parameter counts)."""
    if not isinstance(model, keras.Model):
        raise CheckFailed(f"expected a keras Model, got {type(model).__name__}")
    built = bool(model.built)
    try:
        inputs = [_shape(t) for t in model.inputs] if built else []
        outputs = [_shape(t) for t in model.outputs] if built else []
    except (AttributeError, ValueError):  # a subclassed model: no symbolic inputs
        inputs, outputs = [], []
    return {
        "class": type(model).__name__,
        "sequential": isinstance(model, keras.Sequential),
        "functional": isinstance(model, Functional) and not isinstance(model, keras.Sequential),
        "blocks": [layer.name for layer in model.layers if isinstance(layer, keras.Model)],
        "output_layers": [_output_layer(t) for t in model.outputs] if built and outputs else [],
        "compiled": bool(getattr(model, "compiled", False)),
        "built": built,
        "inputs": inputs,
        "outputs": outputs,
        "params": int(model.count_params()) if built else None,
        "trainable_params": _count(model.trainable_weights) if built else None,
        "non_trainable_params": _count(model.non_trainable_weights) if built else None,
        "layers": [dict(_describe_layer(layer), calls=calls) for layer, calls in _flat_calls(model)],
    }


def reference_specs(model: Any) -> list[Layer]:
    """Return the Layer specs of a reference model (its kinds and key attributes, flattened)."""
    specs = []
    for layer in _flat_layers(model):
        kind = type(layer).__name__
        config = layer.get_config()
        attrs = {key: config[key] for key in _KEY_ATTRS.get(kind, ()) if key in config}
        if not layer.trainable:
            attrs["trainable"] = False
        specs.append(Layer(kind, **attrs))
    return specs


def _as_activation(layer: dict) -> str | None:
    """The activation an activation layer applies: ``Activation``, or ``ReLU``/``Softmax`` with default
    settings (``ReLU()`` is relu, ``Softmax()`` over the last axis is softmax); None for other layers."""
    config = layer["config"]
    if layer["kind"] == "Activation":
        return config["activation"]
    if layer["kind"] == "ReLU" and config.get("max_value") is None \
            and not config.get("negative_slope") and not config.get("threshold"):
        return "relu"
    if layer["kind"] == "Softmax" and config.get("axis", -1) in (-1, [-1]):
        return "softmax"
    return None


def _fold_activations(layers: list[dict]) -> list[dict]:
    folded: list[dict] = []
    for layer in layers:
        previous = folded[-1] if folded else None
        activation = _as_activation(layer)
        if (
            activation is not None
            and previous is not None
            and previous["config"].get("activation") == "linear"
        ):
            previous = dict(previous, config=dict(previous["config"], activation=activation))
            folded[-1] = previous
            continue
        folded.append(layer)
    return folded


def _same(key: str, expected: Any, found: Any) -> bool:
    if key == "activation":
        return activation_name(expected) == activation_name(found)
    if isinstance(found, list) and not isinstance(expected, list):
        expected = [expected] * len(found)
    if isinstance(expected, list) and isinstance(found, list):
        return len(expected) == len(found) and all(_same("", e, f) for e, f in zip(expected, found))
    if isinstance(expected, float) or isinstance(found, float):
        try:
            return math.isclose(float(expected), float(found), rel_tol=1e-6, abs_tol=1e-9)
        except (TypeError, ValueError):
            return False
    return expected == found


def _matches(spec: dict, layer: dict) -> bool:
    if spec["kind"] != layer["kind"]:
        return False
    return all(_same(k, v, layer["config"].get(k, "<missing>")) for k, v in spec["attrs"].items())


def _render_found(layer: dict, spec: dict | None) -> str:
    keys = list(spec["attrs"]) if spec and spec["kind"] == layer["kind"] else []
    if not keys:
        primary = _PRIMARY.get(layer["kind"])
        keys = [k for k in (primary, "activation") if k and k in layer["config"]]
        if layer["config"].get("activation") == "linear":
            keys = [k for k in keys if k != "activation"]
    return render(layer["kind"], {k: layer["config"].get(k, "<missing>") for k in keys})


def _compare_layers(specs: list[dict], layers: list[dict], ordered: bool) -> None:
    if not any(spec["kind"] in ("Activation", "ReLU", "Softmax") for spec in specs):
        layers = _fold_activations(layers)
    shown_expected = " -> ".join(render(s["kind"], s["attrs"]) for s in specs)
    shown_found = " -> ".join(_render_found(l, s) for l, s in zip(layers, specs + [None] * len(layers)))
    summary = f"\nExpected: {shown_expected}\nFound:    {shown_found or '(no layers)'}"
    if not ordered:
        unmatched = list(layers)
        for number, spec in enumerate(specs, start=1):
            hit = next((l for l in unmatched if _matches(spec, l)), None)
            if hit is None:
                raise CheckFailed(f"no layer matches expected {render(spec['kind'], spec['attrs'])}{summary}")
            unmatched.remove(hit)
        if unmatched:
            raise CheckFailed(f"unexpected extra layer {_render_found(unmatched[0], None)}{summary}")
        return
    for number, (spec, layer) in enumerate(zip(specs, layers), start=1):
        if not _matches(spec, layer):
            raise CheckFailed(
                f"Layer {number}: expected {render(spec['kind'], spec['attrs'])}, "
                f"found {_render_found(layer, spec)}{summary}"
            )
    if len(layers) < len(specs):
        missing = specs[len(layers)]
        raise CheckFailed(
            f"Layer {len(layers) + 1}: expected {render(missing['kind'], missing['attrs'])}, found nothing "
            f"(the model has {len(layers)} layers, expected {len(specs)}){summary}"
        )
    if len(layers) > len(specs):
        raise CheckFailed(
            f"Layer {len(specs) + 1}: found an extra {_render_found(layers[len(specs)], None)} "
            f"(expected {len(specs)} layers){summary}"
        )


def _as_shape_list(shape: Any) -> list:
    """Normalise (10,) or [(10,), (3,)] to a list of shape lists."""
    if shape and isinstance(shape[0], (list, tuple)):
        return [list(s) for s in shape]
    return [list(shape)]


def _shapes_text(shapes: list) -> str:
    texts = [str(tuple(s)) for s in shapes]
    return texts[0] if len(texts) == 1 else "[" + ", ".join(texts) + "]"


@register_judge("check_architecture")
def judge_architecture(observation: dict, expectation: dict, points: float) -> float:
    """Judge an observed model against the expected layers, shapes and counts."""
    if expectation.get("layers") is not None:
        _compare_layers(expectation["layers"], observation["layers"], expectation.get("ordered", True))
    needs_build = [k for k in ("input_shape", "output_shape", "params", "trainable_params", "non_trainable_params")
                   if expectation.get(k) is not None]
    if needs_build and not observation["built"]:
        raise CheckFailed(
            "the model has no input shape yet, so its shapes and parameter counts are unknown: "
            "start it with keras.Input(shape=...)"
        )
    for key, side in (("input_shape", "inputs"), ("output_shape", "outputs")):
        if expectation.get(key) is not None:
            expected = _as_shape_list(expectation[key])
            if expected != observation[side]:
                name = key.replace("_", " ")
                raise CheckFailed(
                    f"{name}: expected {_shapes_text(expected)}, found {_shapes_text(observation[side])} "
                    "(shapes without the batch dimension)"
                )
    for key in ("params", "trainable_params", "non_trainable_params"):
        if expectation.get(key) is not None and int(expectation[key]) != observation[key]:
            name = key.replace("_", " ").replace("params", "parameters")
            hint = " (freeze layers with layer.trainable = False)" if key != "params" else ""
            raise CheckFailed(f"{name}: expected {expectation[key]}, found {observation[key]}{hint}")
    shared = expectation.get("shared")
    if shared is not None:
        found = sum(1 for layer in observation["layers"] if layer["calls"] > 1)
        wanted = 1 if shared is True else int(shared)
        if (shared is False and found) or (shared is not False and found < wanted):
            raise CheckFailed(
                f"shared layers: expected {'none' if shared is False else f'at least {wanted}'} layer(s) "
                f"called on more than one input, found {found} (call the same layer object twice to share it)"
            )
    _judge_model_kind(observation, expectation)
    return points


def _judge_model_kind(observation: dict, expectation: dict) -> None:
    """The model kind the exercise asks for: a Sequential, (un)compiled, new on every call."""
    if expectation.get("sequential") and not observation.get("sequential"):
        raise CheckFailed(
            f"expected a keras.Sequential model, found a {observation['class']} model: build it with "
            "keras.Sequential([...]) (or .add()), as the exercise asks, not keras.Model(inputs, outputs)")
    compiled = expectation.get("compiled")
    if compiled is not None and bool(observation.get("compiled")) != compiled:
        raise CheckFailed(
            "expected an uncompiled model (compile it where the exercise says so, not here), found a compiled one"
            if not compiled else "expected a compiled model: call model.compile(optimizer=..., loss=..., "
            "metrics=[...]) before returning it, found an uncompiled one")
    if expectation.get("fresh") and not observation.get("fresh"):
        raise CheckFailed(
            "expected a new model on every call, but two calls returned models that share weights (the same "
            "model or the same layer objects): create the model and its layers inside the function")
    if expectation.get("functional") and not observation.get("functional"):
        raise CheckFailed(
            f"expected a model built with the Functional API, found a {observation['class']} model: start from "
            "keras.Input(...), call the layers on tensors and return keras.Model(inputs, outputs)")
    _judge_graph(observation, expectation)


def _judge_graph(observation: dict, expectation: dict) -> None:
    """The blocks (models used as layers), the outputs in order, and deprecated arguments."""
    for name, what in (expectation.get("blocks") or {}).items():
        if name not in observation.get("blocks", []):
            found = ", ".join(repr(b) for b in observation.get("blocks", [])) or "none"
            raise CheckFailed(f"expected {what} called on a tensor as a layer of the model; models used as "
                              f"layers found: {found}")
    wanted = expectation.get("output_layers")
    if wanted is not None:
        found = observation.get("output_layers") or []
        shown = ", ".join(_render_output(o) for o in found) or "none"
        if len(found) != len(wanted):
            raise CheckFailed(f"outputs: expected {len(wanted)} ({', '.join(_render_output(w) for w in wanted)}), "
                              f"found {len(found)} ({shown})")
        for number, (spec, layer) in enumerate(zip(wanted, found), start=1):
            if layer is None or not _matches(spec, layer):
                raise CheckFailed(f"output {number}: expected {_render_output(spec)}, found "
                                  f"{_render_output(layer) if layer else 'an output of unknown origin'} "
                                  f"(outputs in order: {shown}; name an output layer with name=...)")
    if expectation.get("deprecations") is False and observation.get("deprecations"):
        raise CheckFailed(f"building the model gave Keras's deprecation warning {observation['deprecations'][0]!r}: "
                          "remove the deprecated argument (the exercise asks for none)")


def _render_output(spec: dict) -> str:
    attrs = spec.get("attrs", spec.get("config", {}))
    keys = [k for k in (_PRIMARY.get(spec["kind"]), "activation", "name") if k and k in attrs]
    return render(spec["kind"], {k: attrs[k] for k in keys})


def _deprecations(caught: list) -> list[str]:
    """Keras's deprecation warnings among warnings caught while building (each message once)."""
    found: list[str] = []
    for warning in caught:
        text = str(warning.message).strip()
        from_keras = "keras" in str(getattr(warning, "filename", "")).replace("\\", "/").split("/")
        if from_keras and ("deprecat" in text.lower() or "Do not pass an `input_shape`" in text) \
                and text not in found:
            found.append(text[:200])
    return found


def check_architecture(
    model: Any,
    layers: Any = None,
    *,
    input_shape: Any = None,
    output_shape: Any = None,
    params: int | None = None,
    trainable_params: int | None = None,
    non_trainable_params: int | None = None,
    shared: bool | int | None = None,
    ordered: bool = True,
    sequential: bool | None = None,
    compiled: bool | None = None,
    fresh: bool = False,
    functional: bool | None = None,
    outputs: Any = None,
    blocks: dict | None = None,
    deprecations: bool | None = None,
    points: float = 1.0,
) -> float:
    """Check a model's layers, shapes and parameter counts; return ``points`` or raise CheckFailed.

    Args:
        model: a Keras model, or a zero-argument function that builds one (built quietly).
        layers: a list of :class:`Layer` specs, or a reference model whose layers (kind and key
            attributes) are expected. ``None`` skips the layer comparison.
        input_shape / output_shape: without the batch dimension, e.g. ``(10,)``; a list of shapes
            for several inputs or outputs, in the model's order.
        params / trainable_params / non_trainable_params: expected parameter counts.
        shared: ``True`` (or a number): at least that many layers are called on several inputs;
            ``False``: none is.
        ordered: compare layers in order (default); ``False`` compares them as a multiset, for
            branchy models whose layer order is not meaningful.
        sequential: ``True``: the model must be a ``keras.Sequential`` (``tf.keras.Sequential`` is the
            same class); ``None`` accepts any model.
        compiled: ``False``: the model must come back uncompiled; ``True``: compiled; ``None``: either.
        fresh: ``True`` (with a builder): a second call must return another model that shares no
            weight with the first (a new model on every call).
        functional: ``True``: the model must be built with the Functional API
            (``keras.Model(inputs, outputs)``), not a Sequential or a subclassed model.
        outputs: a list of :class:`Layer` specs, one per model output in order, for the layer that
            makes it; ``name=`` among the attributes is the output layer's name. An activation
            layer after a linear layer reads as that layer with the activation.
        blocks: ``{name: description}``: models used as layers that must be among the model's
            layers (e.g. the instructor's block, given to the student's function by
            :func:`autograder.checks.reference_inputs.using_references`).
        deprecations: ``False``: building the model must give no Keras deprecation warning
            (``input_shape=``/``input_dim=`` on a layer, ``input_length=``...).
        points: full points.

    Example:
        >>> check_architecture(build_model, [Layer("Dense", units=20, activation="relu"),
        ...                                  Layer("Dense", units=4, activation="softmax")],
        ...                    input_shape=(10,), points=2)
    """
    if layers is not None and not isinstance(layers, (list, tuple)):
        layers = reference_specs(layers)
    expectation = {
        "layers": None if layers is None else [
            (spec if isinstance(spec, Layer) else Layer(spec)).to_plain() for spec in layers
        ],
        "input_shape": None if input_shape is None else _as_shape_list(input_shape),
        "output_shape": None if output_shape is None else _as_shape_list(output_shape),
        "params": params,
        "trainable_params": trainable_params,
        "non_trainable_params": non_trainable_params,
        "shared": shared,
        "ordered": ordered,
        "sequential": sequential,
        "compiled": compiled,
        "fresh": bool(fresh),
        "functional": functional,
        "output_layers": None if outputs is None else [
            (spec if isinstance(spec, Layer) else Layer(spec)).to_plain() for spec in outputs],
        "blocks": None if blocks is None else {str(k): str(v) for k, v in blocks.items()},
        "deprecations": deprecations,
    }

    def observe() -> dict:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            built = build_if_callable(model, "model", lambda obj: isinstance(obj, keras.Model))
        observation = observe_model(built)
        observation["deprecations"] = _deprecations(caught)
        if fresh and callable(model) and not isinstance(model, keras.Model):
            again = call_student(model, f"{getattr(model, '__name__', 'model')}() (a second call)")
            shared_weights = {id(v) for v in built.weights} & {id(v) for v in getattr(again, "weights", [])}
            observation["fresh"] = again is not built and not shared_weights
        return observation

    return run_check("check_architecture", observe, expectation, points)
