"""check_compile: loss (string, function or object), from_logits vs output activation, optimizer,
learning rate, metrics and loss weights, per output for multi-output models."""

from __future__ import annotations

import math
import re
from typing import Any

import numpy as np

from autograder.checks.architecture import _as_activation, _describe_layer, activation_name
from autograder.checks.failure import CheckFailed
from autograder.checks.observation import build_if_callable, call_student, register_judge, run_check
from autograder.quiet import quiet

with quiet():
    import keras

_METRIC_ALIASES = {"acc": "accuracy", "mse": "mean_squared_error", "mae": "mean_absolute_error",
                   "mape": "mean_absolute_percentage_error", "msle": "mean_squared_logarithmic_error"}
_ACCURACY_FAMILY = {"accuracy", "categorical_accuracy", "sparse_categorical_accuracy", "binary_accuracy"}
_PROBABILISTIC = {"categorical_crossentropy", "sparse_categorical_crossentropy", "binary_crossentropy",
                  "binary_focal_crossentropy", "categorical_focal_crossentropy"}


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def loss_name(loss: Any) -> str:
    """Return the canonical snake_case name of a loss given as a string, function, class or object."""
    if loss is None:
        return "none"
    if isinstance(loss, str):
        try:
            resolved = keras.losses.get(loss)
        except ValueError:
            return loss
        return loss_name(resolved)
    if isinstance(loss, type):
        return _snake(loss.__name__)
    if isinstance(loss, keras.losses.Loss):
        if type(loss).__name__ == "LossFunctionWrapper":
            return loss_name(getattr(loss, "fn", None))
        return _snake(type(loss).__name__)
    return _METRIC_ALIASES.get(getattr(loss, "__name__", str(loss)), getattr(loss, "__name__", str(loss)))


def _from_logits(loss: Any) -> bool | None:
    """from_logits of a loss: its config for objects, False for Keras's own strings/functions."""
    if isinstance(loss, keras.losses.Loss):
        return bool(loss.get_config().get("from_logits", False))
    name = loss_name(loss)
    if isinstance(loss, str) or getattr(keras.losses, name, None) is loss:
        return False
    return None  # a custom function: unknown


def describe_loss(loss: Any) -> dict:
    """Return ``{"name", "from_logits"}`` for one loss."""
    return {"name": loss_name(loss), "from_logits": _from_logits(loss)}


# keras.metrics.Accuracy compares y_pred == y_true element by element: not the "accuracy" string,
# which compile resolves to the binary/categorical/sparse accuracy that fits the labels.
_EXACT_ACCURACY = "accuracy (keras.metrics.Accuracy: y_pred == y_true element by element)"


def metric_name(metric: Any) -> str:
    """Return the canonical name of a metric given as a string, function, class or object."""
    if isinstance(metric, str):
        return _METRIC_ALIASES.get(metric, metric)
    if isinstance(metric, type):
        return _EXACT_ACCURACY if metric is keras.metrics.Accuracy else _snake(metric.__name__)
    if isinstance(metric, keras.metrics.Metric):
        if type(metric).__name__ == "MeanMetricWrapper":
            return _METRIC_ALIASES.get(metric.name, metric.name)
        if type(metric) is keras.metrics.Accuracy:
            return _EXACT_ACCURACY
        return _snake(type(metric).__name__)
    name = getattr(metric, "__name__", str(metric))
    return _METRIC_ALIASES.get(name, name)


def optimizer_name(optimizer: Any) -> str:
    """Return the lower-case class name of an optimizer given as a string, class or object."""
    if isinstance(optimizer, str):
        return optimizer.lower()
    if isinstance(optimizer, type):
        return optimizer.__name__.lower()
    return type(optimizer).__name__.lower()


def _per_output(value: Any, names: list[str]) -> dict:
    if isinstance(value, dict):
        return dict(value)
    if isinstance(value, (list, tuple)) and len(names) > 1:
        return dict(zip(names, value))
    if isinstance(value, (list, tuple)) and len(value) == 1:
        value = value[0]
    return {name: value for name in names}


def _layer_activation(layer: Any) -> str | None:
    """The activation a model's last layer applies: an ``Activation``/``Softmax()``/``ReLU()`` layer's,
    a layer's ``activation`` setting, or None (unknown) for a layer that has neither."""
    applied = _as_activation(_describe_layer(layer))
    if applied is not None:
        return applied
    return activation_name(layer.activation) if hasattr(layer, "activation") else None


def _output_activations(model: Any) -> list[str | None]:
    activations = []
    for tensor in model.outputs:
        layer = tensor._keras_history[0]
        while isinstance(layer, keras.Model):
            layer = [l for l in layer.layers if not isinstance(l, keras.layers.InputLayer)][-1]
        activations.append(_layer_activation(layer))
    return activations


def _output_units(model: Any) -> list[int | None]:
    """The width (last dimension) of each output, None when unknown."""
    return [None if tensor.shape[-1] is None else int(tensor.shape[-1]) for tensor in model.outputs]


def observe_compile(model: Any) -> dict:
    """Return plain data about how a model was compiled."""
    if not isinstance(model, keras.Model):
        raise CheckFailed(f"expected a keras Model, got {type(model).__name__}")
    if not model.compiled:
        raise CheckFailed("the model is not compiled: call model.compile(optimizer=..., loss=..., metrics=[...])")
    config = model._compile_config.config
    names = list(getattr(model, "output_names", None) or ["output"])
    try:
        activations = _output_activations(model) if model.built else [None] * len(names)
        units = _output_units(model) if model.built else [None] * len(names)
    except (AttributeError, IndexError, ValueError):
        activations, units = [None] * len(names), [None] * len(names)
    losses = _per_output(config.get("loss"), names)
    metrics = config.get("metrics") or []
    if isinstance(metrics, dict):
        metrics = [m for ms in metrics.values() for m in (ms if isinstance(ms, (list, tuple)) else [ms])]
    optimizer = model.optimizer
    weights = config.get("loss_weights")
    return {
        "outputs": names,
        "activations": dict(zip(names, activations)),
        "units": dict(zip(names, units)),
        "losses": {name: describe_loss(loss) for name, loss in losses.items()},
        "optimizer": optimizer_name(optimizer),
        "learning_rate": float(keras.ops.convert_to_numpy(optimizer.learning_rate)),
        "metrics": [metric_name(m) for m in metrics],
        "loss_weights": None if weights is None else _number_weights(_per_output(weights, names)),
    }


def _number_weights(weights: dict) -> dict:
    """The loss weights as floats; a weight that is no number (a metric's name) is the student's mistake."""
    try:
        return {name: float(value) for name, value in weights.items()}
    except (TypeError, ValueError):
        raise CheckFailed(f"compile's loss_weights holds {list(weights.values())!r}, not numbers: Keras 3's "
                          "compile(optimizer, loss, loss_weights, metrics, ...) takes loss_weights third, so "
                          "give metrics=[...] by keyword") from None


def _consistency(name: str, activation: str | None, loss: dict, several: bool, asked: bool = False) -> None:
    where = f" of output '{name}'" if several else ""
    if loss["name"] not in _PROBABILISTIC or loss["from_logits"] is None or activation is None:
        return
    if asked and activation in ("softmax", "sigmoid") and loss["from_logits"]:
        raise CheckFailed(
            f"the exercise asks for a {activation} output{where}, which gives probabilities, but the loss "
            f"{loss['name']} has from_logits=True (it would apply {activation} a second time): use from_logits=False"
        )
    if activation in ("softmax", "sigmoid") and loss["from_logits"]:
        raise CheckFailed(
            f"the output layer{where} applies {activation}, but the loss {loss['name']} has from_logits=True: "
            f"either drop the {activation} (a linear output gives logits) or use from_logits=False"
        )
    if activation == "linear" and not loss["from_logits"]:
        raise CheckFailed(
            f"the output layer{where} is linear (it gives logits), but the loss {loss['name']} expects "
            "probabilities (from_logits=False): pass from_logits=True to the loss, or add a softmax/sigmoid activation"
        )


def _expected_loss(loss: Any) -> dict:
    """Describe an expected loss; only a loss *object* constrains from_logits."""
    described = describe_loss(loss)
    if not isinstance(loss, keras.losses.Loss):
        described["from_logits"] = None
    return described


def _probe_batch(units: int, from_logits: bool) -> tuple:
    """Fixed labels and predictions of ``units`` columns: 0/1 or one-hot labels, logits or probabilities."""
    rng = np.random.default_rng(0)
    scores = rng.normal(0.0, 2.0, size=(16, units)).astype("float32")
    if units == 1:
        y_true = (rng.uniform(size=(16, 1)) < 0.5).astype("float32")
        y_pred = scores if from_logits else 1.0 / (1.0 + np.exp(-scores))
    else:
        y_true = np.eye(units, dtype="float32")[rng.integers(0, units, size=16)]
        y_pred = scores if from_logits else np.exp(scores) / np.exp(scores).sum(axis=1, keepdims=True)
    return y_true, np.asarray(y_pred, "float32")


def _probe_value(loss: Any, units: int, from_logits: bool) -> float | None:
    """The mean of ``loss`` on the probe batch, or None when it cannot be computed."""
    if isinstance(loss, str):
        try:
            loss = keras.losses.get(loss)
        except ValueError:
            return None
    y_true, y_pred = _probe_batch(units, from_logits)
    try:
        value = keras.ops.convert_to_numpy(loss(keras.ops.convert_to_tensor(y_true),
                                                keras.ops.convert_to_tensor(y_pred)))
        return float(np.mean(value))
    except Exception:  # a custom loss that does not run on the probe: it is judged by its name
        return None


def _loss_probes(model: Any, losses: dict, from_logits: dict) -> dict:
    """``{output: mean loss on a fixed probe batch}`` for each output with a known width."""
    probes = {}
    for tensor, (name, loss) in zip(getattr(model, "outputs", None) or [], losses.items()):
        units = tensor.shape[-1]
        if units is not None and name in from_logits:
            probes[name] = _probe_value(loss, int(units), bool(from_logits[name]))
    return probes


def _resolved_accuracy(loss: str, units: int | None) -> str | None:
    """What compile resolves the ``"accuracy"`` string to for labels that fit ``loss``, None if unknown.

    Keras picks binary accuracy for one output unit, the sparse categorical accuracy for integer
    labels (a sparse loss) and the categorical accuracy for one-hot labels (a categorical loss).
    """
    if units == 1:
        return "binary_accuracy"
    if loss.startswith("sparse_categorical"):
        return "sparse_categorical_accuracy"
    if loss.startswith("categorical"):
        return "categorical_accuracy"
    return None


def _same_metric(expected: str, found: str, resolved: str | None = None) -> bool:
    """True when ``found`` is the ``expected`` metric; a concrete accuracy stands for ``"accuracy"``
    only when it is the one ``"accuracy"`` resolves to for this model's labels (``resolved``)."""
    if expected == found:
        return True
    if not (expected in _ACCURACY_FAMILY and found in _ACCURACY_FAMILY and "accuracy" in (expected, found)):
        return False
    concrete = found if expected == "accuracy" else expected
    return resolved is None or concrete == resolved


def _accuracy_for(observation: dict) -> str | None:
    """The accuracy ``"accuracy"`` resolves to for a single-output model, None when unknown."""
    names = observation["outputs"]
    if len(names) != 1:
        return None
    loss = (observation["losses"].get(names[0]) or {}).get("name", "")
    return _resolved_accuracy(loss, (observation.get("units") or {}).get(names[0]))


def _same_values(name: str, found: dict, expectation: dict, observation: dict) -> bool:
    """True when a custom loss function gives the expected loss's value on the probe batch."""
    want = (expectation.get("loss_probes") or {}).get(name)
    seen = (observation.get("loss_probes") or {}).get(name)
    return (found["from_logits"] is None and want is not None and seen is not None
            and math.isclose(want, seen, rel_tol=1e-4, abs_tol=1e-6))


@register_judge("check_compile")
def judge_compile(observation: dict, expectation: dict, points: float) -> float:
    """Judge the observed compile settings against the expected ones."""
    names = observation["outputs"]
    several = len(names) > 1
    if expectation.get("compiles_argument") and not observation.get("returned_argument"):
        raise CheckFailed(
            f"{expectation['compiles_argument']} must compile the model it is given and return that same "
            "model; it returned another model (compile the argument, do not build a new one)")
    expected_losses = expectation.get("losses")
    for name in names:
        found = observation["losses"].get(name)
        if found is None or found["name"] == "none":
            raise CheckFailed(f"no loss for output '{name}': give compile(loss=...) one loss per output")
        if expected_losses is not None and name in expected_losses:
            wanted = expected_losses[name]
            where = f" for output '{name}'" if several else ""
            if wanted["name"] != found["name"] and not _same_values(name, found, expectation, observation):
                raise CheckFailed(f"loss{where}: expected {wanted['name']}, found {found['name']}")
            if wanted["from_logits"] is not None and found["from_logits"] is not None \
                    and wanted["from_logits"] != found["from_logits"]:
                raise CheckFailed(
                    f"loss{where}: expected from_logits={wanted['from_logits']}, found from_logits={found['from_logits']}"
                )
        asked = (expectation.get("output_activations") or {}).get(name)
        _consistency(name, asked or observation["activations"].get(name), found, several, asked=bool(asked))
    if expectation.get("optimizer") and expectation["optimizer"] != observation["optimizer"]:
        raise CheckFailed(f"optimizer: expected {expectation['optimizer']}, found {observation['optimizer']}")
    rate = expectation.get("learning_rate")
    if rate is not None and not math.isclose(rate, observation["learning_rate"], rel_tol=1e-5):
        raise CheckFailed(
            f"learning rate: expected {rate:g}, found {observation['learning_rate']:g} "
            "(Keras 3 takes learning_rate=..., there is no lr=)"
        )
    resolved = _accuracy_for(observation)
    for wanted in expectation.get("metrics") or []:
        if not any(_same_metric(wanted, found, resolved) for found in observation["metrics"]):
            hint = f" (for these labels \"accuracy\" is {resolved})" if wanted == "accuracy" and resolved else ""
            raise CheckFailed(
                f"metrics: expected {wanted!r} among the compiled metrics{hint}, "
                f"found {observation['metrics'] or 'none'}"
            )
    weights = expectation.get("loss_weights")
    if weights is not None:
        found_weights = observation["loss_weights"] or {name: 1.0 for name in names}
        for name, value in weights.items():
            if not math.isclose(float(value), found_weights.get(name, 1.0), rel_tol=1e-6):
                raise CheckFailed(
                    f"loss weight of output '{name}': expected {value:g}, found {found_weights.get(name, 1.0):g}"
                )
    return points


def _by_position(observation: dict, names: list[str]) -> dict:
    """The observation with its outputs renamed to ``names`` by position, when the model's own output
    names are not those names (and there are as many); otherwise unchanged."""
    found = observation["outputs"]
    if set(found) == set(names) or len(found) != len(names):
        return observation
    renamed = dict(zip(found, names))
    result = dict(observation, outputs=list(names))
    for key in ("activations", "units", "losses", "loss_weights"):
        if isinstance(observation.get(key), dict):
            result[key] = {renamed.get(k, k): v for k, v in observation[key].items()}
    return result


def check_compile(
    model: Any,
    *,
    loss: Any = None,
    optimizer: Any = None,
    learning_rate: float | None = None,
    metrics: list | None = None,
    loss_weights: Any = None,
    model_to_compile: Any = None,
    output_activation: str | None = None,
    output_names: list | None = None,
    points: float = 1.0,
) -> float:
    """Check how a model was compiled; return ``points`` or raise CheckFailed.

    Always checks that every output has a loss and that ``from_logits`` agrees with the output
    activation (softmax/sigmoid with ``from_logits=False``, a linear output with ``True``).

    Args:
        model: a compiled Keras model, or a zero-argument function returning one.
        loss: expected loss as a string, function, class or object (``"mse"``,
            ``keras.losses.mean_squared_error`` and ``keras.losses.MeanSquaredError()`` are equal);
            a dict ``{output name: loss}`` for multi-output models. An object's ``from_logits``
            is also compared.
        optimizer: expected optimizer as a string, class or object (compared by class name).
        learning_rate: expected learning rate (relative tolerance 1e-5).
        metrics: names, functions, classes or objects that must be among the compiled metrics
            (extra metrics are allowed; ``"acc"`` equals ``"accuracy"``, which also accepts the
            categorical/sparse/binary accuracies).
        loss_weights: dict ``{output name: weight}`` (or a list in output order).
        model_to_compile: a zero-argument function building an uncompiled model (the instructor's
            reference, so that another exercise's mistakes cost nothing here); ``model`` is then the
            student's compile function: it is called with that model and must compile it and
            return that same model.
        output_activation: the output activation the exercise asks for (``"softmax"``): the loss's
            ``from_logits`` is judged against it instead of the student's own output layer, which
            another test grades.
        output_names: the output names the exercise asks for, in order. When the model's outputs
            are not named so (another test grades the names), its settings are read by position:
            the first output's loss is compared with the first name's, and so on.
        points: full points.
    """
    expectation: dict = {"optimizer": None if optimizer is None else optimizer_name(optimizer),
                         "learning_rate": None if learning_rate is None else float(learning_rate),
                         "metrics": None if metrics is None else [metric_name(m) for m in metrics],
                         "losses": None, "loss_weights": None}
    raw_loss_weights = loss_weights
    if model_to_compile is not None:
        expectation["compiles_argument"] = f"{getattr(model, '__name__', 'the function')}(model)"

    def observe() -> dict:
        if model_to_compile is not None:
            given = model_to_compile()
            built = call_student(model, expectation["compiles_argument"], given)
            if not isinstance(built, keras.Model):
                raise CheckFailed(f"{expectation['compiles_argument']} returned {type(built).__name__}, "
                                  "not the model: return the model after compiling it")
        else:
            built = build_if_callable(model, "model", lambda obj: isinstance(obj, keras.Model))
        observation = observe_compile(built)
        if output_names is not None:
            observation = _by_position(observation, [str(name) for name in output_names])
        if model_to_compile is not None:
            observation["returned_argument"] = built is given
        if output_activation is not None:
            expectation["output_activations"] = {name: activation_name(output_activation)
                                                 for name in observation["outputs"]}
        names = observation["outputs"]
        if loss is not None:
            expected = _per_output(loss, names)
            expectation["losses"] = {name: _expected_loss(l) for name, l in expected.items()}
            logits = {name: bool(describe_loss(l)["from_logits"]) for name, l in expected.items()}
            if built.built:
                expectation["loss_probes"] = _loss_probes(built, expected, logits)
                found = _per_output(built._compile_config.config.get("loss"), names)
                observation["loss_probes"] = _loss_probes(built, found, logits)
        if raw_loss_weights is not None:
            expectation["loss_weights"] = {k: float(v) for k, v in _per_output(raw_loss_weights, names).items()}
        return observation

    return run_check("check_compile", observe, expectation, points)
