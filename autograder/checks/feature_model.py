"""check_feature_model: a model over a table with its preprocessing layers inside it.

For a model that takes one named ``keras.Input(shape=(1,))`` per column of a DataFrame, it checks
what the model does with each column, on the frame the builder was given:

* the inputs: one per column, named like it, shape ``(1,)``, ``string`` for the categorical ones;
* every numeric column standardised by a ``Normalization`` layer *adapted on that frame* (the
  layers' means and variances are compared with the frame's; one layer over all numeric columns
  counts the same);
* every categorical column one-hot encoded from a vocabulary adapted on that frame: a
  ``StringLookup(output_mode="one_hot")``, or a ``StringLookup``/``IntegerLookup`` giving ids
  followed by a ``CategoryEncoding`` in ``one_hot`` (or, for one id, the same ``multi_hot``) mode;
* the head: the ``Dense`` layers in order, with their units and activations; an ``Activation``,
  ``ReLU`` or ``Softmax`` layer right after a linear ``Dense`` counts as that ``Dense``'s
  activation.

Observe (student code runs) and judge (pure) are split as for every check; the observation holds
only names, numbers and vocabularies.

Example::

    check_feature_model(lambda: build_churn_model(frame), frame=frame, numeric=NUMERIC,
                        categorical=CATEGORICAL, head=[("relu", 16), ("sigmoid", 1)], points=2)
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from autograder.checks.architecture import activation_name
from autograder.checks.failure import CheckFailed
from autograder.checks.observation import build_if_callable, register_judge, run_check
from autograder.quiet import quiet

with quiet():
    import keras

CHECK_FEATURE_MODEL = "check_feature_model"
_LOOKUPS = ("StringLookup", "IntegerLookup")
_ONE_HOT = ("one_hot", "multi_hot")


def _flat(model: Any) -> list:
    out = []
    for layer in model.layers:
        if isinstance(layer, keras.Model):
            out += _flat(layer)
        elif not isinstance(layer, keras.layers.InputLayer):
            out.append(layer)
    return out


def _producer(layer: Any) -> Any:
    """The layer whose output this layer is called on (None when unknown or several)."""
    try:
        tensor = layer.input
        return None if isinstance(tensor, (list, tuple, dict)) else tensor._keras_history[0]
    except (AttributeError, ValueError, IndexError):
        return None


def _layer_activation(layer: Any) -> str | None:
    """The activation an activation-only layer applies (None for other layers)."""
    kind = type(layer).__name__
    if kind == "Activation":
        return activation_name(layer.get_config().get("activation"))
    if kind == "Softmax":
        return "softmax"
    if kind == "ReLU":
        config = layer.get_config()
        plain = (config.get("max_value") is None and not config.get("negative_slope")
                 and not config.get("threshold"))
        return "relu" if plain else "relu (with max_value, negative_slope or threshold)"
    return None


def _head(layers: list) -> list[dict]:
    """The Dense layers in order, an activation layer right after a linear Dense folded into it."""
    dense = [layer for layer in layers if type(layer).__name__ == "Dense"]
    found = []
    for layer in dense:
        activation = activation_name(layer.get_config().get("activation"))
        if activation == "linear":
            follower = next((other for other in layers if _producer(other) is layer
                             and _layer_activation(other) is not None), None)
            if follower is not None:
                activation = _layer_activation(follower)
        found.append({"units": int(layer.units), "activation": activation})
    return found


def _vector(value: Any) -> list[float]:
    return [float(v) for v in np.asarray(keras.ops.convert_to_numpy(value), dtype="float64").ravel()]


def observe_feature_model(model: Any) -> dict:
    """Return the inputs, the preprocessing layers' learned state and the Dense head of ``model``."""
    if not isinstance(model, keras.Model):
        raise CheckFailed(f"expected a keras Model, found {type(model).__name__}")
    try:
        inputs = [{"name": str(t.name).split(":")[0], "shape": [None if d is None else int(d) for d in t.shape[1:]],
                   "dtype": str(keras.backend.standardize_dtype(t.dtype))} for t in model.inputs]
    except (AttributeError, ValueError):
        raise CheckFailed("the model has no named inputs: build it with the functional API, one "
                          "keras.Input(shape=(1,), name=<column>) per column") from None
    layers = _flat(model)
    normalizations, lookups, encodings = [], [], []
    for layer in layers:
        kind = type(layer).__name__
        if kind == "Normalization":
            if not layer.built or getattr(layer, "mean", None) is None:
                normalizations.append({"mean": [], "variance": [], "built": False})
            else:
                normalizations.append({"mean": _vector(layer.mean), "variance": _vector(layer.variance),
                                       "built": True})
        elif kind in _LOOKUPS:
            config = layer.get_config()
            vocabulary = [v.decode() if isinstance(v, bytes) else str(v) for v in layer.get_vocabulary()]
            lookups.append({"kind": kind, "output_mode": str(config.get("output_mode")),
                            "vocabulary": vocabulary,
                            "num_oov": int(config.get("num_oov_indices", 0) or 0)})
        elif kind == "CategoryEncoding":
            config = layer.get_config()
            encodings.append({"output_mode": str(config.get("output_mode")),
                              "num_tokens": int(config.get("num_tokens") or 0)})
    return {"inputs": inputs, "normalizations": normalizations, "lookups": lookups,
            "encodings": encodings, "head": _head(layers)}


def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=2e-3, abs_tol=1e-4)


def _judge_inputs(found: list[dict], numeric: list[str], categorical: list[str]) -> None:
    by_name = {entry["name"]: entry for entry in found}
    wanted = numeric + categorical
    missing = [name for name in wanted if name not in by_name]
    if missing:
        raise CheckFailed(f"the model has no Input named {', '.join(repr(m) for m in missing)}; expected one "
                          f"keras.Input(shape=(1,), name=<column>) per column {wanted}, found inputs "
                          f"{sorted(by_name)}")
    extra = [name for name in by_name if name not in wanted]
    if extra:
        raise CheckFailed(f"the model has inputs {extra} that are not columns of the table {wanted}")
    for name in wanted:
        entry = by_name[name]
        if entry["shape"] != [1]:
            raise CheckFailed(f"Input '{name}': expected shape (1,), found {tuple(entry['shape'])}")
        is_text = entry["dtype"] == "string"
        if name in categorical and not is_text:
            raise CheckFailed(f"Input '{name}': expected dtype='string' (a categorical column), found "
                              f"{entry['dtype']}")
        if name in numeric and is_text:
            raise CheckFailed(f"Input '{name}': a numeric column, expected a numeric dtype, found string")


def _judge_normalizations(found: list[dict], stats: dict[str, list[float]]) -> None:
    if not found:
        raise CheckFailed("the model has no Normalization layer: standardise the numeric columns "
                          f"{sorted(stats)} with keras.layers.Normalization, adapted on train_frame")
    means = [m for entry in found for m in entry["mean"]]
    variances = [v for entry in found for v in entry["variance"]]
    if len(means) != len(stats):
        raise CheckFailed(f"the Normalization layers standardise {len(means)} value(s), expected one per "
                          f"numeric column ({len(stats)}: {sorted(stats)})")
    unmatched = list(zip(means, variances))
    for name, (mean, variance) in stats.items():
        hit = next((pair for pair in unmatched if _close(pair[0], mean) and _close(pair[1], variance)), None)
        if hit is None:
            shown = ", ".join(f"mean {m:.3g}/variance {v:.3g}" for m, v in unmatched)
            adapted = not all(_close(m, 0.0) and _close(v, 1.0) for m, v in unmatched)
            raise CheckFailed(
                f"no Normalization layer holds the statistics of column '{name}' of train_frame (mean "
                f"{mean:.4g}, variance {variance:.4g}); found {shown}. "
                + ("Call adapt(...) on each Normalization layer with the column's values from train_frame "
                   "(the function's argument, not another frame)." if adapted else
                   "The layers were never adapted: call layer.adapt(values of train_frame) before using them."))
        unmatched.remove(hit)


def _judge_encodings(lookups: list[dict], encodings: list[dict], vocabularies: dict[str, list[str]]) -> None:
    available = list(lookups)
    one_hot_encoders = [e for e in encodings if e["output_mode"] in _ONE_HOT]
    for name, vocabulary in vocabularies.items():
        hit = next((entry for entry in available
                    if set(vocabulary) <= set(entry["vocabulary"])
                    and len(set(entry["vocabulary"]) - set(vocabulary)) <= entry["num_oov"] + 1), None)
        if hit is None:
            raise CheckFailed(f"no StringLookup holds the vocabulary of column '{name}' of train_frame "
                              f"({sorted(vocabulary)}): adapt a StringLookup on train_frame['{name}']")
        available.remove(hit)
        if hit["output_mode"] in _ONE_HOT:
            continue
        if hit["output_mode"] == "int":
            fitting = next((e for e in one_hot_encoders if e["num_tokens"] >= len(hit["vocabulary"])), None)
            if fitting is not None:
                one_hot_encoders.remove(fitting)
                continue
        raise CheckFailed(f"column '{name}' is not one-hot encoded: its StringLookup gives "
                          f"output_mode='{hit['output_mode']}' ids and no CategoryEncoding(num_tokens >= "
                          f"{len(hit['vocabulary'])}, output_mode='one_hot') follows; ids as numbers "
                          "make the categories an ordered scale. Use StringLookup(output_mode='one_hot').")


def _judge_head(found: list[dict], head: list[list]) -> None:
    expected = " -> ".join(f"Dense({units}, activation='{act}')" for act, units in head)
    shown = " -> ".join(f"Dense({d['units']}, activation='{d['activation']}')" for d in found) or "none"
    summary = f"\nExpected: {expected}\nFound:    {shown}"
    if len(found) != len(head):
        raise CheckFailed(f"expected {len(head)} Dense layers after the preprocessing, found {len(found)}"
                          f"{summary}")
    for number, ((activation, units), dense) in enumerate(zip(head, found), start=1):
        if dense["units"] != units or dense["activation"] != activation:
            raise CheckFailed(f"Dense layer {number}: expected Dense({units}, activation='{activation}'), "
                              f"found Dense({dense['units']}, activation='{dense['activation']}'){summary}")


@register_judge(CHECK_FEATURE_MODEL)
def judge_feature_model(observation: dict, expectation: dict, points: float) -> float:
    """Return ``points`` when inputs, adapted preprocessing and head are those expected."""
    _judge_inputs(observation["inputs"], expectation["numeric"], expectation["categorical"])
    _judge_normalizations(observation["normalizations"], expectation["stats"])
    _judge_encodings(observation["lookups"], observation["encodings"], expectation["vocabularies"])
    _judge_head(observation["head"], expectation["head"])
    return float(points)


def check_feature_model(model: Any, *, frame: Any, numeric: list[str], categorical: list[str],
                        head: list, points: float = 1.0) -> float:
    """Check a model over a table: named inputs, preprocessing adapted on ``frame``, the Dense head.

    Args:
        model: the model, or a zero-argument function building it (from ``frame``).
        frame: the DataFrame the model's preprocessing must be adapted on (the builder's
            argument): numeric columns' means and (population) variances, categorical columns'
            vocabularies.
        numeric: the columns to standardise with ``Normalization``.
        categorical: the string columns to one-hot encode with ``StringLookup``.
        head: the ``Dense`` layers after the preprocessing, in order, as ``(activation, units)``.
        points: full points.
    """
    stats = {}
    for name in numeric:
        values = frame[name].to_numpy("float32").astype("float64")
        stats[name] = [float(values.mean()), float(values.var())]
    vocabularies = {name: sorted({str(v) for v in frame[name].to_numpy()}) for name in categorical}
    expectation = {"numeric": list(numeric), "categorical": list(categorical), "stats": stats,
                   "vocabularies": vocabularies, "head": [[str(a), int(u)] for a, u in head]}

    def observe() -> dict:
        built = build_if_callable(model, "model", lambda obj: isinstance(obj, keras.Model))
        return observe_feature_model(built)

    return run_check(CHECK_FEATURE_MODEL, observe, expectation, points)
