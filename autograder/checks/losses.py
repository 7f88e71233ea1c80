"""check_loss: a student's loss (function or ``keras.losses.Loss``) against a reference loss.

The loss is evaluated on random batches of several sizes (drawn from ``seed``) and compared with the
reference after Keras's default reduction (the mean over the batch), per example where both return
per-example values, with sample weights where both are ``Loss`` objects, on extreme predictions
(probabilities of exactly 0 and 1, or huge logits: the result must stay finite) and inside
``model.compile(loss=...)`` + ``evaluate`` (graph mode).

``from_logits`` is read from the reference when it is a ``Loss`` object (``get_config()``), else from
the ``from_logits`` argument: it decides whether ``y_pred`` holds probabilities or logits. A loss
that treats probabilities as logits, the pitfall of ``softmax`` outputs fed to
``tf.nn.softmax_cross_entropy_with_logits``, gets a message that says so.

Example::

    check_loss(my_crossentropy, keras.losses.CategoricalCrossentropy(), task="multiclass", points=2)
"""

from __future__ import annotations

from typing import Any

import numpy as np

from autograder.checks.failure import CheckFailed
from autograder.checks.metrics import (
    PUBLIC_SEED,
    close,
    fmt,
    random_batches,
    required_positional,
    to_array,
)
from autograder.checks.observation import call_student, register_judge, run_check
from autograder.quiet import quiet

with quiet():
    import keras
    import tensorflow as tf

CHECK = "check_loss"
BATCH_SIZES = (32, 7, 1)


def as_loss(obj: Any, what: str = "your loss") -> tuple[Any, str, str]:
    """Return ``(callable, kind, name)``: kind ``"loss"`` (a ``keras.losses.Loss``) or ``"function"``.

    Classes are instantiated and zero-argument builders are called.
    """
    for _ in range(2):
        if isinstance(obj, type) and issubclass(obj, keras.losses.Loss):
            obj = call_student(obj, f"{obj.__name__}()")
        if isinstance(obj, keras.losses.Loss):
            return obj, "loss", getattr(obj, "name", type(obj).__name__)
        if isinstance(obj, str):
            obj = keras.losses.get(obj)
            continue
        if isinstance(obj, type) or not callable(obj):
            break
        if required_positional(obj) == 0:
            obj = call_student(obj, f"{getattr(obj, '__name__', what)}()")
            continue
        return obj, "function", getattr(obj, "__name__", type(obj).__name__)
    raise CheckFailed(f"{what}: expected a loss function fn(y_true, y_pred) or a keras.losses.Loss "
                      f"subclass, found {type(obj).__name__}")


def reference_from_logits(reference: Any, default: bool) -> bool:
    """Return the reference's ``from_logits`` (from ``get_config()``), or ``default``."""
    if isinstance(reference, keras.losses.Loss):
        return bool(reference.get_config().get("from_logits", default))
    return default


def _flipped(reference: Any, kind: str, from_logits: bool):
    """Return the reference with the opposite ``from_logits``, or None when it has no such switch."""
    if kind == "loss":
        config = reference.get_config()
        if "from_logits" not in config:
            return None
        return type(reference).from_config({**config, "from_logits": not from_logits})
    try:
        reference(tf.zeros((1, 2)), tf.zeros((1, 2)), from_logits=not from_logits)
    except Exception:  # a reference without a from_logits switch
        return None
    return lambda t, p: reference(t, p, from_logits=not from_logits)


def loss_batches(task: str, seed: int, from_logits: bool, num_classes: int, labels: str) -> list:
    """Return ``(y_true, y_pred)`` batches of :data:`BATCH_SIZES`; logits when ``from_logits``."""
    out = []
    for i, size in enumerate(BATCH_SIZES):
        ((y_true, y_pred),) = random_batches(task, seed + i, 1, size, num_classes, labels)
        if from_logits and task == "binary":
            y_pred = np.log(y_pred / (1 - y_pred))
        elif from_logits and task == "multiclass":
            y_pred = np.log(y_pred) + np.float32(0.3)
        if labels == "probability" and task == "multiclass":  # soft targets: rows that sum to 1
            soft = np.random.default_rng(seed + 100 + i).dirichlet(np.ones(num_classes), len(y_true))
            y_true = np.asarray(0.5 * y_true + 0.5 * soft, "float32")
        out.append((y_true, np.asarray(y_pred, "float32")))
    return out


def edge_batches(task: str, from_logits: bool, num_classes: int, labels: str) -> dict:
    """Return extreme batches by name (the loss must stay finite on them)."""
    if task == "regression":
        y = np.array([[1e3], [-1e3], [0.0], [5.0]], "float32")
        return {"very large errors": (y, -y)}
    if task == "binary":
        y_true = np.array([[0.0], [1.0], [1.0], [0.0]], "float32")
        wrong = np.array([[1.0], [0.0], [1.0], [0.0]], "float32")
    else:
        classes = np.arange(4) % num_classes
        onehot = np.eye(num_classes, dtype="float32")[classes]
        y_true = classes.astype("float32") if labels == "sparse" else onehot
        wrong = np.eye(num_classes, dtype="float32")[(classes + 1) % num_classes]
        wrong[0] = onehot[0]
    if from_logits:
        return {"huge logits (confidently wrong)": (y_true, (wrong * 2 - 1) * 200.0)}
    return {"probabilities of exactly 0 and 1 (confidently wrong)": (y_true, wrong)}


def _values(loss, y_true, y_pred, what: str, **kwargs) -> np.ndarray:
    try:
        return to_array(call_student(loss, what, tf.constant(y_true), tf.constant(y_pred), **kwargs))
    except CheckFailed as failure:
        raise CheckFailed(f"{failure.message} (it was given y_true of shape {tuple(np.shape(y_true))} "
                          f"and y_pred of shape {tuple(np.shape(y_pred))}: the labels and predictions "
                          "the exercise describes)") from None


def _weights(size: int) -> np.ndarray:
    return np.linspace(0.0, 2.0, size, dtype="float32")


def refuse_unusable_loss_fn(student: Any) -> None:
    """Raise CheckFailed when ``student`` cannot be called as ``loss_fn(y_true, y_pred)`` as it is."""
    if isinstance(student, type):
        raise CheckFailed(f"your loss_fn is the class {student.__name__} itself: loss_fn(y_true, y_pred) "
                          f"would call its constructor. Use an object, {student.__name__}(), or the "
                          "loss function.")
    if isinstance(student, str) or not callable(student):
        raise CheckFailed(f"your loss_fn is a {type(student).__name__} ({student!r:.60}): "
                          "loss_fn(y_true, y_pred) needs a keras.losses.Loss object or a loss function.")


def unreduced_values(reference: Any, batches: list) -> list:
    """The reference's values with no reduction, one per example, for each batch (trusted code)."""
    with quiet():
        loss, kind, _ = as_loss(reference, "the reference loss")
        unreduced = loss.call if kind == "loss" else loss
        return [to_array(unreduced(tf.constant(t), tf.constant(p))) for t, p in batches]


def _judge_as_loss_fn(observation: dict, expectation: dict, name: str) -> None:
    """A function gives one value per example (the reference's), a Loss object one number."""
    rtol, atol = expectation["rtol"], expectation["atol"]
    for shape, raw, ref, size in zip(observation["shapes"], observation["raw"],
                                     expectation["unreduced"], expectation["batch_sizes"]):
        if observation["kind"] == "loss" and tuple(shape) != ():
            raise CheckFailed(f"{name}: this Loss object returns shape {tuple(shape)} on a batch of "
                              f"{size}; with its default reduction a Loss object returns one number, "
                              "the batch mean (leave reduction= at its default).")
        if observation["kind"] == "function" and tuple(shape) != (size,):
            found = " (one number: it already averages over the batch)" if tuple(shape) == () else ""
            raise CheckFailed(f"{name}: on a batch of {size} examples this loss function returns "
                              f"shape {tuple(shape)}{found}; a Keras loss function returns one value "
                              f"per example, shape ({size},), with no reduction.")
        if observation["kind"] == "function" and not close(raw, ref, rtol, atol):
            raise CheckFailed(f"{name}: the per-example values differ from the reference: found "
                              f"{fmt(raw[:4])}..., expected {fmt(ref[:4])}...")


def observe_loss(student: Any, batches: list, edges: dict, as_loss_fn: bool = False) -> dict:
    """Run the student's loss on ``batches``, with weights, on ``edges`` and inside evaluate.

    With ``as_loss_fn`` the student's object is used as given (a class or a name is refused).
    """
    if as_loss_fn:
        refuse_unusable_loss_fn(student)
    loss, kind, name = as_loss(student)
    raws = [_values(loss, t, p, f"{name}(y_true, y_pred) on a batch of {len(t)}") for t, p in batches]
    observation: dict[str, Any] = {
        "name": name, "kind": kind,
        "shapes": [list(r.shape) for r in raws],
        "raw": raws,
        "values": np.array([np.mean(r) for r in raws]),
        "weighted": None,
        "edges": {case: np.asarray(np.mean(_values(loss, t, p, f"{name} on {case}")))
                  for case, (t, p) in edges.items()},
    }
    if kind == "loss":
        observation["weighted"] = np.array([
            np.mean(_values(loss, t, p, f"{name}(y_true, y_pred, sample_weight=...)",
                            sample_weight=tf.constant(_weights(len(t)))))
            for t, p in batches])
    y_true, y_pred = batches[0]
    try:
        with quiet():
            model = keras.Sequential([keras.Input(y_pred.shape[1:]), keras.layers.Identity()])
            model.compile(loss=loss, jit_compile=False)
            logs = model.evaluate(y_pred, y_true, batch_size=len(y_true), verbose=0, return_dict=True)
        observation["evaluate"], observation["evaluate_error"] = np.asarray(logs["loss"]), None
    except Exception as exc:  # graph-mode failure of student code
        lines = str(exc).strip().splitlines() or [""]
        observation["evaluate"] = None
        observation["evaluate_error"] = f"{type(exc).__name__}: {lines[0][:300]}"
    return observation


def expect_loss(reference: Any, batches: list, edges: dict, from_logits: bool,
                per_example: bool = False) -> dict:
    """Compute the reference values the judge compares against (trusted code).

    With ``per_example``, a ``keras.losses.Loss`` reference gives its unreduced values
    (``Loss.call``), one per example, so that the student's values compare example by example.
    """
    with quiet():
        loss, kind, _ = as_loss(reference, "the reference loss")
        unreduced = loss.call if per_example and kind == "loss" else loss
        raws = [to_array(unreduced(tf.constant(t), tf.constant(p))) for t, p in batches]
        flipped = _flipped(loss, kind, from_logits)
        expectation = {
            "from_logits": from_logits,
            "batch_sizes": [len(t) for t, _ in batches],
            "raw": raws,
            "values": np.array([np.mean(r) for r in raws]),
            "flipped": None if flipped is None else np.array(
                [np.mean(to_array(flipped(tf.constant(t), tf.constant(p)))) for t, p in batches]),
            "weighted": None,
            "edges": {case: np.asarray(np.mean(to_array(loss(tf.constant(t), tf.constant(p)))))
                      for case, (t, p) in edges.items()},
        }
        if kind == "loss":
            expectation["weighted"] = np.array([
                np.mean(to_array(loss(tf.constant(t), tf.constant(p),
                                      sample_weight=tf.constant(_weights(len(t))))))
                for t, p in batches])
    return expectation


@register_judge(CHECK)
def judge_loss(observation: dict, expectation: dict, points: float) -> float:
    """Return ``points`` when the observed loss matches the reference, else raise CheckFailed."""
    rtol, atol = expectation["rtol"], expectation["atol"]
    name = observation["name"]
    found, want = np.asarray(observation["values"]), np.asarray(expectation["values"])
    if expectation.get("per_example"):
        _judge_per_example_shape(observation, expectation, name)
    if expectation.get("as_loss_fn"):
        _judge_as_loss_fn(observation, expectation, name)
    sizes = expectation["batch_sizes"]
    if not close(found, want, rtol, atol):
        i = next(k for k in range(len(want)) if not close(found[k], want[k], rtol, atol))
        head = f"{name}: on a batch of {sizes[i]} examples it gives {fmt(found[i])}, expected {fmt(want[i])}."
        flipped = expectation.get("flipped")
        if flipped is not None and close(found, np.asarray(flipped), rtol, atol):
            if expectation["from_logits"]:
                raise CheckFailed(head + " It treats y_pred as probabilities, but the model outputs "
                                  "logits here (no softmax/sigmoid): pass from_logits=True.")
            raise CheckFailed(head + " It treats y_pred as logits (e.g. "
                              "tf.nn.softmax_cross_entropy_with_logits), but the model outputs "
                              "probabilities here (softmax/sigmoid): use a loss with from_logits=False, "
                              "or remove the output activation and use from_logits=True.")
        if sizes[i] > 1 and close(found[i], want[i] * sizes[i], rtol, atol):
            raise CheckFailed(head + " That is the sum over the batch: Keras losses average over the "
                              "batch (reduce_mean, not reduce_sum).")
        raise CheckFailed(head + " Check the formula (signs, clipping, which axis you reduce).")
    for shape, raw, ref in zip(observation["shapes"], observation["raw"], expectation["raw"]):
        if tuple(shape) == np.shape(ref) and not close(raw, ref, rtol, atol):
            raise CheckFailed(f"{name}: the batch mean is right but the per-example values differ "
                              f"from the reference: found {fmt(raw[:4])}..., expected {fmt(ref[:4])}...")
    if observation.get("weighted") is not None and expectation.get("weighted") is not None:
        if not close(observation["weighted"], expectation["weighted"], rtol, atol):
            raise CheckFailed(
                f"{name}: with sample_weight it gives {fmt(observation['weighted'])}, expected "
                f"{fmt(expectation['weighted'])}: implement call() and let keras.losses.Loss apply "
                "the weights and the reduction.")
    for case, want_edge in expectation["edges"].items():
        got = np.asarray(observation["edges"][case])
        if np.all(np.isfinite(want_edge)) and not np.all(np.isfinite(got)):
            raise CheckFailed(
                f"{name}: on {case} it returns {fmt(got)}, expected {fmt(want_edge)}: clip "
                "probabilities to [epsilon, 1 - epsilon] before the log, or work from logits with a "
                "numerically stable formula.")
        if expectation.get("edge_values") and not close(got, want_edge, max(rtol, 1e-3), atol):
            raise CheckFailed(
                f"{name}: on {case} it returns {fmt(got)}, expected {fmt(want_edge)}: clip "
                "probabilities to [epsilon, 1 - epsilon] with epsilon = keras.config.epsilon() "
                "(not a larger constant), on both sides, before the log.")
    if observation.get("evaluate_error"):
        raise CheckFailed(f"{name}: inside model.compile(loss=...) + evaluate it fails with "
                          f"{observation['evaluate_error']}. Use tensor operations (keras.ops / tf), "
                          "not .numpy() or Python conditionals on tensors.")
    if observation.get("evaluate") is not None and not close(observation["evaluate"], want[0],
                                                              max(rtol, 1e-3), atol):
        raise CheckFailed(f"{name}: model.evaluate reports a loss of {fmt(observation['evaluate'])}, "
                          f"expected {fmt(want[0])}.")
    return float(points)


def _judge_per_example_shape(observation: dict, expectation: dict, name: str) -> None:
    """Raise CheckFailed unless the loss returned shape ``(batch,)`` on every batch."""
    for shape, size in zip(observation["shapes"], expectation["batch_sizes"]):
        if tuple(shape) == (size,):
            continue
        found = f"shape {tuple(shape)}"
        if tuple(shape) == ():
            found += " (one number: the loss is already reduced over the batch)"
        elif size > 1 and len(shape) == 1:
            found += " (it reduces over the batch axis, not over the last axis)"
        raise CheckFailed(
            f"{name}: on a batch of {size} examples it returns {found}; expected one value per "
            f"example, shape ({size},). Reduce over the last axis only and let Keras average over "
            "the batch (a Loss object needs reduction=None to return per-example values).")


def check_loss(student: Any, reference: Any, *, task: str, seed: int | None = None,
               points: float = 1.0, from_logits: bool | None = None, num_classes: int = 3,
               labels: str = "onehot", rtol: float = 1e-4, atol: float = 1e-5, as_loss_fn: bool = False,
               per_example: bool = False, edge_values: bool = False) -> float:
    """Check a custom loss against a reference loss: values, reduction, shapes, ``from_logits``.

    Args:
        student: a loss function ``fn(y_true, y_pred)``, a ``keras.losses.Loss`` subclass or
            instance, or a zero-argument builder of one.
        reference: a ``keras.losses.Loss`` object/class, a loss function or a Keras loss name.
        task: ``"binary"``, ``"multiclass"`` or ``"regression"`` (what the batches look like).
        seed: the seed of the random batches (``None``: the public seed).
        points: the points of a correct loss.
        from_logits: whether ``y_pred`` holds logits; by default the reference's own setting
            (``False`` when it has none).
        num_classes: classes of the ``multiclass`` task.
        labels: ``"onehot"`` or ``"sparse"`` ``y_true`` for ``multiclass``.
        rtol: relative tolerance.
        atol: absolute tolerance.
        as_loss_fn: the student's object is a ``loss_fn`` used as given, ``loss_fn(y_true,
            y_pred)``: a class or a name is refused, a function must return one value per example
            (equal to the reference's unreduced values) and a ``Loss`` object one number.
            ``labels="probability"`` gives soft ``multiclass`` targets (rows summing to 1).
        per_example: the student's loss must return one value per example, shape ``(batch,)``
            (no reduction), equal example by example to the reference (a ``Loss`` reference is
            compared unreduced).
        edge_values: on the extreme batches the value must equal the reference's (same clipping
            epsilon), not only stay finite.

    Returns:
        ``points`` when the loss matches.

    Raises:
        CheckFailed: the first difference, with expected and found values and the likely cause.
    """
    seed = PUBLIC_SEED if seed is None else seed
    with quiet():
        ref, _, _ = as_loss(reference, "the reference loss")
    logits = reference_from_logits(ref, bool(from_logits)) if from_logits is None else from_logits
    batches = loss_batches(task, seed, logits, num_classes, labels)
    edges = edge_batches(task, logits, num_classes, labels)
    expectation = expect_loss(ref, batches, edges, logits, per_example)
    expectation.update(rtol=rtol, atol=atol, per_example=per_example, edge_values=edge_values)
    if as_loss_fn:
        expectation.update(as_loss_fn=True, unreduced=unreduced_values(ref, batches))
    return run_check(CHECK, lambda: observe_loss(student, batches, edges, as_loss_fn), expectation, points)
