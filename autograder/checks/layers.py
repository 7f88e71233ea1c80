"""check_layer: a student's ``keras.layers.Layer`` subclass against the contract every layer keeps.

Modelled on Keras's own ``run_layer_test`` (``keras/src/testing/test_case.py``), with a message a
student can act on for every part of the contract that fails:

* no weight exists before the layer is built (``add_weight`` in ``build``, sized from the input);
* the output shape for several input shapes, eagerly and on a symbolic ``keras.Input``;
* the number of trainable and non-trainable weights once built, and the number of losses
  (``add_loss``) one call leaves in ``layer.losses``;
* whether ``training=True`` changes the output, as the exercise says;
* the same outputs eagerly and inside ``tf.function``;
* a ``get_config``/``from_config`` round trip that gives the same outputs;
* a ``.keras`` save/load round trip of a model holding the layer, in safe mode, with no
  ``custom_objects``: the class must be registered with
  ``keras.saving.register_keras_serializable``. This runs where the check runs (the grading
  kernel, sandboxed); nothing the student saved is loaded elsewhere.

With a ``reference`` (the instructor's layer, or a built-in one with the same weights), the
outputs and losses are compared too. Both layers get the same weight values, drawn from ``seed``
by weight shape: weights of one shape get the values in every order (at most
:data:`MAX_ASSIGNMENTS` orders), so a layer that creates its weights in another order than the
reference still matches. Each order gives the outputs of ``call(x, training=False)``, then
``call(x, training=True)``, then ``call(x, training=False)`` again (a layer whose state moves in
training shows it there). The export holds those outputs and every other observation as data; the
judge compares them with the reference run's, so the trusted verdict re-judges without running
student code.

Example::

    check_layer(Linear, init_kwargs={"units": 4}, input_shapes=[(8, 3), (2, 5, 3)],
                output_shapes=[(8, 4), (2, 5, 4)], trainable_weights=2, non_trainable_weights=0,
                training_changes_output=False, reference=lambda: keras.layers.Dense(4), points=5)
"""

from __future__ import annotations

import itertools
import json
import tempfile
from pathlib import Path
from typing import Any, Callable, Sequence

import numpy as np

from autograder.checks.failure import CheckFailed
from autograder.checks.keras_errors import described_error
from autograder.checks.observation import call_student, register_judge, run_check
from autograder.quiet import quiet

with quiet():
    import keras
    import tensorflow as tf

CHECK = "check_layer"
PUBLIC_SEED = 7070
MAX_ASSIGNMENTS = 24
PHASES = ("call(x, training=False)", "call(x, training=True)",
          "call(x, training=False) after the training call")
REGISTER_HINT = ("decorate the class with @keras.saving.register_keras_serializable(package=\"...\") "
                 "so that keras.saving.load_model finds it in safe mode without custom_objects")


# ------------------------------------------------------------------------------------ observing
def _inputs(shape: Sequence[int], seed: int) -> np.ndarray:
    """A deterministic input batch of ``shape`` (float32, mixed signs, not centred)."""
    rng = np.random.default_rng(seed)
    return (rng.normal(0.3, 1.0, size=tuple(shape))).astype("float32")


def _new_layer(layer_class: Any, init_kwargs: dict) -> Any:
    name = getattr(layer_class, "__name__", "layer")
    args = ", ".join(f"{k}={v!r}" for k, v in init_kwargs.items())
    layer = call_student(layer_class, f"{name}({args})", **init_kwargs)
    if not isinstance(layer, keras.layers.Layer):
        raise CheckFailed(f"{name}({args}) returned {type(layer).__name__}, expected a keras.layers.Layer "
                          "(subclass keras.layers.Layer)")
    return layer


def _shape(tensor: Any) -> list:
    return [None if d is None else int(d) for d in tuple(tensor.shape)]


def _numpy(value: Any) -> np.ndarray:
    return np.asarray(keras.ops.convert_to_numpy(value), dtype="float32")


def _shapes(layer_class: Any, init_kwargs: dict, input_shapes: list, seed: int) -> list[dict]:
    """Eager and symbolic output shapes of a fresh layer per input shape (or the error)."""
    found = []
    for index, shape in enumerate(input_shapes):
        entry: dict = {"eager": None, "eager_error": "", "symbolic": None, "symbolic_error": ""}
        try:
            entry["eager"] = _shape(_new_layer(layer_class, init_kwargs)(_inputs(shape, seed + index)))
        except CheckFailed as failure:
            entry["eager_error"] = failure.message
        except Exception as exc:
            entry["eager_error"] = described_error(exc)
        try:
            symbolic = keras.Input(batch_shape=tuple(shape))
            entry["symbolic"] = _shape(_new_layer(layer_class, init_kwargs)(symbolic))
        except CheckFailed as failure:
            entry["symbolic_error"] = failure.message
        except Exception as exc:
            entry["symbolic_error"] = described_error(exc)
        found.append(entry)
    return found


def _groups(layer: Any) -> dict[str, list[int]]:
    """Weight indices by ``"trainable|shape"``, in the layer's order."""
    groups: dict[str, list[int]] = {}
    for index, weight in enumerate(layer.weights):
        key = f"{'trainable' if weight.trainable else 'non-trainable'}|{tuple(int(d) for d in weight.shape)}"
        groups.setdefault(key, []).append(index)
    return groups


def weight_values(groups: dict[str, list[int]], seed: int) -> dict[str, list[np.ndarray]]:
    """The values every layer of the comparison gets: per group, one array per weight, from ``seed``."""
    rng = np.random.default_rng(seed)
    values = {}
    for key in sorted(groups):
        shape = tuple(int(d) for d in key.split("|", 1)[1].strip("()").split(",") if d.strip())
        values[key] = [rng.normal(0.0, 0.5, size=shape).astype("float32") for _ in groups[key]]
    return values


def assignments(groups: dict[str, list[int]], limit: int = MAX_ASSIGNMENTS) -> list[dict[str, tuple]]:
    """Orders in which the values of each group go to its weights: the identity first, then the
    other permutations, at most ``limit`` in all."""
    keys = sorted(groups)
    per_group = [list(itertools.permutations(range(len(groups[key])))) for key in keys]
    out = []
    for combination in itertools.product(*per_group):
        out.append(dict(zip(keys, combination)))
        if len(out) >= limit:
            break
    return out


def _assign(layer: Any, groups: dict, values: dict, order: dict) -> None:
    for key, indices in groups.items():
        for position, index in enumerate(indices):
            layer.weights[index].assign(values[key][order[key][position]])


def initial_state(layer: Any) -> np.ndarray:
    """The values the non-trainable weights start with, sorted (their order and names are free)."""
    values = [_numpy(w).reshape(-1) for w in layer.weights if not w.trainable]
    return np.sort(np.concatenate(values)) if values else np.zeros((0,), "float32")


def _losses(layer: Any) -> list[float]:
    return [float(_numpy(loss).sum()) for loss in layer.losses]


def _phases(layer: Any, x: np.ndarray, set_weights: Callable[[], None]) -> tuple[list[np.ndarray], list[float]]:
    """The three phase outputs from the same starting weights, and the losses of the first call."""
    set_weights()
    first = _numpy(layer(x, training=False))
    losses = _losses(layer)
    set_weights()
    trained = _numpy(layer(x, training=True))
    after = _numpy(layer(x, training=False))
    return [first, trained, after], losses


def _graph(layer: Any, x: np.ndarray, set_weights: Callable[[], None], eager: list[np.ndarray]) -> dict:
    """The largest difference between eager and ``tf.function`` outputs (both training values)."""
    try:
        differences = []
        for training, expected in ((False, eager[0]), (True, eager[1])):
            set_weights()
            compiled = tf.function(lambda inputs, t=training: layer(inputs, training=t))
            differences.append(float(np.max(np.abs(_numpy(compiled(tf.constant(x))) - expected), initial=0.0)))
        return {"difference": max(differences), "error": ""}
    except Exception as exc:
        return {"difference": None, "error": described_error(exc)}


def _config_round_trip(layer: Any, x: np.ndarray, set_weights: Callable[[], None], expected: np.ndarray) -> dict:
    """``from_config(get_config())``: JSON-able, rebuilt, same config and same outputs."""
    found: dict = {"error": "", "keys": [], "same_config": False, "difference": None}
    try:
        config = layer.get_config()
        found["keys"] = sorted(str(k) for k in config) if isinstance(config, dict) else []
        if not isinstance(config, dict):
            found["error"] = f"get_config() returned {type(config).__name__}, not a dict"
            return found
        try:
            json.dumps(keras.saving.serialize_keras_object(config))
        except Exception as exc:
            found["error"] = f"get_config() holds a value that cannot be saved ({described_error(exc)})"
            return found
        clone = type(layer).from_config(config)
        clone(x, training=False)
        found["same_config"] = json.dumps(keras.saving.serialize_keras_object(clone.get_config()), sort_keys=True,
                                          default=repr) == json.dumps(keras.saving.serialize_keras_object(config),
                                                                      sort_keys=True, default=repr)
        set_weights()
        if len(clone.weights) != len(layer.weights):
            found["error"] = (f"the rebuilt layer has {len(clone.weights)} weights, the original "
                              f"{len(layer.weights)}")
            return found
        for target, source in zip(clone.weights, layer.weights):
            target.assign(source)
        found["difference"] = float(np.max(np.abs(_numpy(clone(x, training=False)) - expected), initial=0.0))
    except Exception as exc:
        found["error"] = f"from_config(get_config()) failed: {described_error(exc)}"
    return found


def registered_name(layer_class: type) -> str:
    """The name Keras saves the class under (``package>Name`` when registered, else ``Name``)."""
    return keras.saving.get_registered_name(layer_class)


def _keras_round_trip(layer: Any, x: np.ndarray, set_weights: Callable[[], None], expected: np.ndarray) -> dict:
    """Save a model holding the layer as ``.keras``, load it in safe mode without custom objects."""
    name = registered_name(type(layer))
    found: dict = {"registered": ">" in name or getattr(type(layer), "__module__", "").startswith("keras"),
                   "registered_name": name, "error": "", "difference": None, "same_class": False}
    if not found["registered"]:
        return found
    with tempfile.TemporaryDirectory(prefix="check_layer_", ignore_cleanup_errors=True) as scratch:
        try:
            set_weights()
            inputs = keras.Input(batch_shape=tuple(x.shape))
            model = keras.Model(inputs, layer(inputs))
            path = Path(scratch) / "layer.keras"
            model.save(path)
            loaded = keras.saving.load_model(path, safe_mode=True)
            inner = [sub for sub in loaded.layers if not isinstance(sub, keras.layers.InputLayer)]
            found["same_class"] = len(inner) == 1 and type(inner[0]) is type(layer)
            found["difference"] = float(np.max(np.abs(_numpy(loaded(x, training=False)) - expected), initial=0.0))
        except Exception as exc:
            found["error"] = described_error(exc)
    return found


def observe_layer(layer_class: Any, init_kwargs: dict, input_shapes: list, seed: int) -> dict:
    """Run the contract on the student's layer class; return plain data (see the module docstring)."""
    if isinstance(layer_class, keras.layers.Layer):
        raise CheckFailed(f"expected the layer class, found an instance of {type(layer_class).__name__}: "
                          "pass the class itself")
    fresh = _new_layer(layer_class, init_kwargs)
    observation: dict = {"class": type(fresh).__name__, "weights_before_build": len(fresh.weights),
                         "shapes": _shapes(layer_class, init_kwargs, input_shapes, seed)}
    x = _inputs(input_shapes[0], seed)
    layer = _new_layer(layer_class, init_kwargs)
    try:
        layer(x, training=False)
    except Exception as exc:  # judged after the weights and shapes, whose messages say more
        observation["call_error"] = (f"{observation['class']}: calling it on an input of shape "
                                     f"{tuple(x.shape)} raised {described_error(exc)}")
        return observation
    observation["call_error"] = ""
    observation["built"] = bool(layer.built)
    observation["weights"] = [{"name": w.path if hasattr(w, "path") else w.name, "shape": [int(d) for d in w.shape],
                               "trainable": bool(w.trainable)} for w in layer.weights]
    observation["initial_state"] = initial_state(layer)
    observation["trainable"] = len(layer.trainable_weights)
    observation["non_trainable"] = len(layer.non_trainable_weights)
    groups = _groups(layer)
    values = weight_values(groups, seed)
    orders = assignments(groups)
    outputs, losses = [], []
    try:
        for order in orders:
            phase_outputs, phase_losses = _phases(layer, x, lambda o=order: _assign(layer, groups, values, o))
            outputs.append(np.stack(phase_outputs))
            losses.append(phase_losses)
    except Exception as exc:
        raise CheckFailed(f"{observation['class']}: a call with training=True or training=False raised "
                          f"{described_error(exc)}") from exc
    observation["outputs"] = np.stack(outputs)
    observation["losses"] = losses
    identity = lambda: _assign(layer, groups, values, orders[0])  # noqa: E731
    observation["graph"] = _graph(layer, x, identity, list(outputs[0]))
    observation["config"] = _config_round_trip(layer, x, identity, outputs[0][0])
    observation["saved"] = _keras_round_trip(layer, x, identity, outputs[0][0])
    return observation


def reference_outputs(reference: Any, init_kwargs: dict, input_shapes: list, seed: int) -> dict:
    """The reference layer's weight groups, outputs and losses, with the same seeded weights."""
    layer = reference(**init_kwargs) if isinstance(reference, type) else reference()
    x = _inputs(input_shapes[0], seed)
    layer(x, training=False)
    start = initial_state(layer)
    groups = _groups(layer)
    values = weight_values(groups, seed)
    identity = assignments(groups, limit=1)[0]
    outputs, losses = _phases(layer, x, lambda: _assign(layer, groups, values, identity))
    return {"groups": sorted(f"{key} x{len(indices)}" for key, indices in groups.items()),
            "outputs": np.stack(outputs), "losses": losses, "initial_state": start}


# -------------------------------------------------------------------------------------- judging
def _fmt(array: Any) -> str:
    return np.array2string(np.asarray(array).reshape(-1)[:4], precision=4, separator=", ")


def _close(found: Any, expected: Any, rtol: float, atol: float) -> bool:
    found, expected = np.asarray(found, "float64"), np.asarray(expected, "float64")
    return found.shape == expected.shape and bool(np.allclose(found, expected, rtol=rtol, atol=atol))


def _judge_shapes(name: str, observation: dict, expectation: dict) -> None:
    for shape, want, got in zip(expectation["input_shapes"], expectation["output_shapes"], observation["shapes"]):
        shown = tuple(shape)
        if got["eager_error"]:
            raise CheckFailed(f"{name}: called on an input of shape {shown} it raised {got['eager_error']}. "
                              "Size the weights in build(input_shape) from input_shape[-1], not from a "
                              "number fixed in __init__.")
        if list(got["eager"]) != list(want):
            raise CheckFailed(f"{name}: on an input of shape {shown} the output has shape {tuple(got['eager'])}, "
                              f"expected {tuple(want)}.")
        if got["symbolic_error"]:
            raise CheckFailed(f"{name}: called on a symbolic keras.Input of shape {shown} (as in a functional "
                              f"model) it raised {got['symbolic_error']}. Write call with keras.ops or tf "
                              "operations only: no .numpy(), no NumPy, no Python if on a tensor's value.")
        if [d for d in got["symbolic"][1:]] != list(want)[1:]:
            raise CheckFailed(f"{name}: on a symbolic keras.Input of shape {shown} the output has shape "
                              f"{tuple(got['symbolic'])}, expected {tuple(want)}.")


def _judge_before_build(name: str, observation: dict) -> None:
    if observation["weights_before_build"]:
        raise CheckFailed(f"{name}: {observation['weights_before_build']} weight(s) exist right after "
                          f"{name}(...) is constructed, before it has seen an input. Create the weights in "
                          "build(self, input_shape) with self.add_weight, sized from input_shape[-1], so that "
                          "the layer fits any input width.")


WEIGHT_HINTS = {
    ("trainable", "few"): "Create every learned weight with self.add_weight (trainable by default), or "
                          "through a sublayer that call uses: a raw tf.Variable or a Python number is not "
                          "tracked by a Keras 3 layer",
    ("trainable", "many"): "A weight that gradients must not move needs add_weight(..., trainable=False); a "
                           "sublayer that is created and called but not needed also adds weights",
    ("non_trainable", "few"): "Keep the state that training must not move by gradients in "
                              "self.add_weight(..., trainable=False), updated with assign; a Python "
                              "attribute or a raw tf.Variable is not tracked",
    ("non_trainable", "many"): "Only the state the exercise names is non-trainable: learned weights are "
                               "add_weight(...) with the default trainable=True",
}


def _judge_weights(name: str, observation: dict, expectation: dict) -> None:
    if not observation["built"]:
        raise CheckFailed(f"{name}: after its first call layer.built is False. If you override build, call "
                          "super().build(input_shape) at its end or let Keras mark it built (do not set "
                          "self.built = False).")
    listed = ", ".join(f"{w['name']} {tuple(w['shape'])}" for w in observation["weights"]) or "none"
    for key, kind in (("trainable", "trainable"), ("non_trainable", "non-trainable")):
        want = expectation[key]
        if want is not None and observation[key] != want:
            hint = WEIGHT_HINTS[key, "few" if observation[key] < want else "many"]
            raise CheckFailed(f"{name}: once built it has {observation[key]} {kind} weight(s), expected {want} "
                              f"(weights found: {listed}). {hint}.")
    want_losses = expectation["losses"]
    found_losses = observation["losses"][0] if observation["losses"] else []
    if want_losses is not None and len(found_losses) != want_losses:
        raise CheckFailed(f"{name}: after one call layer.losses holds {len(found_losses)} loss(es), expected "
                          f"{want_losses}. Call self.add_loss(...) once inside call; Keras clears "
                          "layer.losses at the start of every call.")


def _judge_training(name: str, observation: dict, expectation: dict, rtol: float, atol: float) -> None:
    want = expectation["training_changes_output"]
    if want is None:
        return
    first, trained = observation["outputs"][0][0], observation["outputs"][0][1]
    changes = not _close(trained, first, rtol, atol)
    if want and not changes:
        raise CheckFailed(f"{name}: call(x, training=True) and call(x, training=False) give the same output "
                          "(first values " + _fmt(first) + "). Give call a training=None argument and branch on "
                          "it: Keras passes training=True inside fit and training=False in predict/evaluate.")
    if not want and changes:
        raise CheckFailed(f"{name}: the output with training=True ({_fmt(trained)}) differs from the output with "
                          f"training=False ({_fmt(first)}), but this layer must behave the same in both.")


def _judge_values(name: str, observation: dict, expectation: dict, rtol: float, atol: float) -> None:
    reference = expectation.get("reference")
    if not reference:
        return
    found_groups = sorted(f"{key} x{count}" for key, count in _group_counts(observation["weights"]).items())
    if found_groups != list(reference["groups"]):
        raise CheckFailed(f"{name}: its weights are {', '.join(found_groups) or 'none'}; expected "
                          f"{', '.join(reference['groups']) or 'none'} (shape of each weight, trainable or not). "
                          "Check the shapes given to add_weight, e.g. (input_dim, units) for a kernel.")
    start = np.asarray(observation["initial_state"])
    if not _close(start, reference["initial_state"], rtol, atol):
        raise CheckFailed(f"{name}: after the first call (training=False) its non-trainable weights hold "
                          f"{_fmt(start)}..., expected {_fmt(reference['initial_state'])}...: check the "
                          "initializer given to add_weight (e.g. initializer=\"zeros\").")
    want, want_losses = np.asarray(reference["outputs"]), reference["losses"]
    outputs = np.asarray(observation["outputs"])
    for order, losses in zip(outputs, observation["losses"]):
        if _close(order, want, rtol, atol) and _close(losses, want_losses, rtol, atol):
            return
    first = outputs[0]
    for phase, text in enumerate(PHASES):
        if not any(_close(order[phase], want[phase], rtol, atol) for order in outputs):
            extra = (" The state this layer keeps (a non-trainable weight updated with assign when "
                     "training=True) does not move as asked." if phase == 2 else "")
            raise CheckFailed(f"{name}: with the grader's weights, {text} gives {_fmt(first[phase])}..., "
                              f"expected {_fmt(want[phase])}...: check the formula in call.{extra}")
    raise CheckFailed(f"{name}: layer.losses after a call holds {_fmt(observation['losses'][0])}, expected "
                      f"{_fmt(want_losses)}: check the value given to self.add_loss.")


def _group_counts(weights: list[dict]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for weight in weights:
        key = f"{'trainable' if weight['trainable'] else 'non-trainable'}|{tuple(int(d) for d in weight['shape'])}"
        counts[key] = counts.get(key, 0) + 1
    return counts


def _judge_graph(name: str, observation: dict, rtol: float, atol: float) -> None:
    graph = observation["graph"]
    if graph["error"]:
        raise CheckFailed(f"{name}: inside tf.function (as fit runs it) the call raised {graph['error']}. "
                          "Use keras.ops or tf operations: no .numpy(), no NumPy, no Python if on a tensor.")
    scale = float(np.max(np.abs(observation["outputs"][0][:2]), initial=1.0))
    if graph["difference"] > atol + rtol * scale:
        raise CheckFailed(f"{name}: inside tf.function the output differs from the eager output by "
                          f"{graph['difference']:.3g}. Python side effects (a counter, a list, a Python "
                          "number) run only while tf.function traces: keep state in weights.")


def _judge_config(name: str, observation: dict, expectation: dict, atol: float) -> None:
    config = observation["config"]
    missing = [key for key in expectation["init_kwargs"] if key not in config["keys"]]
    if config["error"] and (not missing or not config["keys"]):
        raise CheckFailed(f"{name}: {config['error']}. get_config must return "
                          "{**super().get_config(), <every constructor argument>} so that "
                          f"{name}.from_config(layer.get_config()) rebuilds the same layer.")
    if missing:
        raise CheckFailed(f"{name}: get_config() has no {', '.join(repr(k) for k in missing)} (keys found: "
                          f"{', '.join(config['keys'])}). Return {{**super().get_config(), "
                          f"{', '.join(repr(k) + ': self.' + k for k in missing)}}}.")
    if not config["same_config"]:
        raise CheckFailed(f"{name}: a layer rebuilt with from_config(get_config()) has another config than the "
                          "original. Store every constructor argument as an attribute and return it unchanged.")
    if config["difference"] is None or config["difference"] > atol * 10:
        raise CheckFailed(f"{name}: a layer rebuilt with from_config(get_config()) and given the same weights "
                          "computes other outputs: some constructor argument is missing from get_config.")


def _judge_saved(name: str, observation: dict, atol: float) -> None:
    saved = observation["saved"]
    if not saved["registered"]:
        raise CheckFailed(f"{name}: the class is not registered (Keras would save it as "
                          f"{saved['registered_name']!r}, which load_model cannot find): {REGISTER_HINT}.")
    if saved["error"]:
        hint = (REGISTER_HINT if "could not be deserialized" in saved["error"] or "locate" in saved["error"]
                else "every value in get_config must be a number, string, list or dict (no functions: safe "
                "mode refuses them)")
        raise CheckFailed(f"{name}: a model holding the layer, saved as .keras and loaded with "
                          f"keras.saving.load_model(path, safe_mode=True), fails: {saved['error']}. {hint}.")
    if not saved["same_class"]:
        raise CheckFailed(f"{name}: the loaded .keras model holds another class than {name}: the registered name "
                          f"{saved['registered_name']!r} belongs to another class. Register each class under "
                          "its own name.")
    if saved["difference"] is None or saved["difference"] > atol * 10:
        raise CheckFailed(f"{name}: after a .keras save and load the layer computes other outputs: every "
                          "weight must be created with add_weight in build (so Keras saves and restores it) "
                          "and every constructor argument returned by get_config.")


@register_judge(CHECK)
def judge_layer(observation: dict, expectation: dict, points: float) -> float:
    """Return ``points`` when the layer keeps every part of the contract, else raise CheckFailed."""
    name = str(observation["class"])
    rtol, atol = float(expectation["rtol"]), float(expectation["atol"])
    _judge_before_build(name, observation)
    _judge_shapes(name, observation, expectation)
    if observation["call_error"]:
        raise CheckFailed(observation["call_error"])
    _judge_weights(name, observation, expectation)
    _judge_training(name, observation, expectation, rtol, atol)
    _judge_values(name, observation, expectation, rtol, atol)
    _judge_graph(name, observation, rtol, atol)
    _judge_config(name, observation, expectation, atol)
    _judge_saved(name, observation, atol)
    return float(points)


# ---------------------------------------------------------------------------------------- check
def check_layer(layer_class: Any, *, input_shapes: Sequence[Sequence[int]], output_shapes: Sequence[Sequence[int]],
                init_kwargs: dict | None = None, trainable_weights: int | None = None,
                non_trainable_weights: int | None = None, losses: int | None = None,
                training_changes_output: bool | None = None, reference: Any = None, seed: int | None = None,
                rtol: float = 1e-4, atol: float = 1e-5, points: float = 1.0) -> float:
    """Check a ``keras.layers.Layer`` subclass against the layer contract (and a reference's outputs).

    Args:
        layer_class: the student's layer class; it is constructed with ``init_kwargs``.
        input_shapes: input shapes with their batch size, e.g. ``[(8, 3), (2, 5, 3)]``; the first
            one is also the input of the value, ``training``, ``tf.function`` and round-trip checks.
        output_shapes: the expected output shape for each input shape.
        init_kwargs: the constructor's arguments (they must come back from ``get_config``).
        trainable_weights: the number of trainable weights once built (None: not checked).
        non_trainable_weights: the number of non-trainable weights once built (None: not checked).
        losses: how many losses one call leaves in ``layer.losses`` (None: not checked).
        training_changes_output: True: ``training=True`` must change the output; False: it must
            not; None: not checked.
        reference: a layer class taking the same ``init_kwargs``, or a zero-argument function
            returning a layer (a built-in one such as ``lambda: keras.layers.Dense(4)``), whose
            outputs and losses the student's must equal with the same weights; None: not compared.
        seed: the seed of the inputs and weights (None: the public seed).
        rtol, atol: tolerances of the value comparisons.
        points: the points of a layer that keeps the whole contract.

    Returns:
        ``points``.

    Raises:
        CheckFailed: the first part of the contract that fails, with what was expected and found.
    """
    init_kwargs = dict(init_kwargs or {})
    if len(input_shapes) != len(output_shapes) or not input_shapes:
        raise ValueError("give one expected output shape per input shape (at least one)")
    seed = PUBLIC_SEED if seed is None else int(seed)
    shapes = [[int(d) for d in shape] for shape in input_shapes]
    expectation = {
        "init_kwargs": sorted(init_kwargs), "input_shapes": shapes,
        "output_shapes": [[int(d) for d in shape] for shape in output_shapes],
        "trainable": trainable_weights, "non_trainable": non_trainable_weights, "losses": losses,
        "training_changes_output": training_changes_output, "rtol": rtol, "atol": atol,
    }
    with quiet():
        expectation["reference"] = (None if reference is None
                                    else reference_outputs(reference, init_kwargs, shapes, seed))
    return run_check(CHECK, lambda: observe_layer(layer_class, init_kwargs, shapes, seed), expectation, points)
