"""check_metric: a student's metric (function or ``keras.metrics.Metric``) against a reference.

The student's metric is fed the same random batches as the reference (drawn from ``seed``) and its
value is compared *after every batch* with the reference value of all batches seen so far. That is
what Keras reports during ``fit``/``evaluate``, and it is where the classic mistake shows: a
batch-wise F1 written as a function is averaged over batches by Keras, and the mean of per-batch F1
scores is not the F1 of the epoch (it matches on the first batch, then drifts).

Then: ``reset_state``, edge cases (no positives, all zeros, division by zero: no NaN), a
``get_config``/``from_config`` round trip and the metric inside ``model.compile(metrics=[...])`` +
``evaluate`` (graph mode).

The reference may be a ``keras.metrics.Metric`` (class or instance, accumulated batch by batch) or a
function ``reference(y_true, y_pred)`` that is applied to *all the data seen so far* at once (the
mean of what it returns is the expected value), e.g. a NumPy F1 of the whole epoch.

Example::

    check_metric(F1Score, reference=keras.metrics.F1Score(average="micro", threshold=0.5),
                 task="binary", seed=1234, stateful=True, points=2)
"""

from __future__ import annotations

import inspect
import json
from typing import Any, Callable

import numpy as np

from autograder.checks.failure import CheckFailed
from autograder.checks.observation import call_student, register_judge, run_check
from autograder.quiet import quiet

with quiet():
    import keras
    import tensorflow as tf

CHECK = "check_metric"
PUBLIC_SEED = 20240
TASKS = ("binary", "multiclass", "regression")


# ---------------------------------------------------------------------------------------- data
def random_batches(task: str, seed: int, batches: int, batch_size: int, num_classes: int = 3,
                   labels: str = "onehot", last_size: int | None = None) -> list[tuple[np.ndarray, np.ndarray]]:
    """Return ``batches`` pairs ``(y_true, y_pred)`` (float32) for ``task``, drawn from ``seed``.

    Batches differ on purpose (class balance and prediction quality vary from batch to batch), so
    that a per-batch statistic averaged over batches differs clearly from the statistic of the
    epoch. ``binary``: ``y_true`` in {0, 1} and ``y_pred`` probabilities, both ``(batch_size, 1)``;
    ``multiclass``: one-hot ``y_true`` (or class indices ``(batch_size,)`` when
    ``labels="sparse"``) and probability rows ``(batch_size, num_classes)``; ``regression``:
    ``(batch_size, 1)`` real values. ``last_size`` (when given) is the size of the last batch,
    an uneven last batch as ``fit`` sees it when the data does not divide into full batches.
    """
    _check_task(task)
    rng = np.random.default_rng(seed)
    out = []
    for index in range(batches):
        if last_size is not None and index == batches - 1:
            batch_size = last_size
        quality = rng.uniform(-0.5, 2.5)
        if task == "binary":
            y_true = (rng.uniform(size=(batch_size, 1)) < rng.uniform(0.05, 0.7)).astype("float32")
            logits = quality * (2 * y_true - 1) + rng.normal(size=(batch_size, 1))
            y_pred = 1.0 / (1.0 + np.exp(-logits))
        elif task == "multiclass":
            weights = rng.dirichlet(np.full(num_classes, 0.7))
            classes = rng.choice(num_classes, size=batch_size, p=weights)
            onehot = np.eye(num_classes)[classes]
            logits = quality * onehot + rng.normal(size=(batch_size, num_classes))
            y_pred = np.exp(logits) / np.exp(logits).sum(axis=1, keepdims=True)
            y_true = classes.astype("float32") if labels == "sparse" else onehot
        else:
            y_true = rng.normal(rng.normal(0, 2), rng.uniform(0.5, 3), size=(batch_size, 1))
            y_pred = y_true + rng.normal(0, rng.uniform(0.1, 2.0), size=(batch_size, 1))
        out.append((np.asarray(y_true, "float32"), np.asarray(y_pred, "float32")))
    return out


def edge_batches(task: str, batch_size: int, num_classes: int = 3,
                 labels: str = "onehot") -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """Return the edge-case batches for ``task`` by name: no positives, all zeros, constant..."""
    _check_task(task)
    n = batch_size
    rng = np.random.default_rng(7)
    if task == "binary":
        mixed = (np.arange(n) % 3 == 0).astype("float32").reshape(n, 1)
        low = rng.uniform(0.0, 0.4, size=(n, 1))
        cases = {
            "a batch with no positive labels and no positive predictions": (np.zeros((n, 1)), low),
            "a batch with positives but no positive predictions": (mixed, low),
            "a batch of all zeros (labels and predictions)": (np.zeros((n, 1)), np.zeros((n, 1))),
            "a batch of perfect predictions": (mixed, mixed),
            "a batch of predictions exactly at 0.25, 0.5 and 0.75": (
                mixed, np.resize(np.array([0.25, 0.5, 0.75, 0.1]), (n, 1))),
        }
    elif task == "multiclass":
        classes = np.arange(n) % 2  # the last class(es) never appear
        onehot = np.eye(num_classes)[classes]
        y_true = classes.astype("float32") if labels == "sparse" else onehot
        zeros_true = np.zeros(n) if labels == "sparse" else np.eye(num_classes)[np.zeros(n, int)]
        cases = {
            "a batch where one class never appears": (y_true, rng.dirichlet(np.ones(num_classes), n)),
            "a batch where every prediction is class 0": (y_true, np.eye(num_classes)[np.zeros(n, int)]),
            "a batch of all zeros (predictions)": (zeros_true, np.zeros((n, num_classes))),
            "a batch of perfect predictions": (y_true, onehot),
        }
    else:
        y_true = rng.normal(size=(n, 1))
        cases = {
            "a batch of perfect predictions": (y_true, y_true),
            "a batch of constant targets": (np.ones((n, 1)), rng.normal(size=(n, 1))),
            "a batch of all zeros": (np.zeros((n, 1)), np.zeros((n, 1))),
            "a batch of errors of exactly 0.5, 0.25 and 0.75": (
                np.resize(np.arange(-8, 9) * 0.25, (n, 1)),
                np.resize(np.arange(-8, 9) * 0.25, (n, 1)) + np.resize(np.array([0.5, -0.5, 0.25, 0.75, -0.75]), (n, 1))),
        }
    return {k: (np.asarray(t, "float32"), np.asarray(p, "float32")) for k, (t, p) in cases.items()}


def sample_weights(seed: int, chunks: list[tuple[np.ndarray, np.ndarray]]) -> list[np.ndarray]:
    """Return one weight per example for each chunk: shape ``(batch,)``, in [0, 2), some exactly 0."""
    rng = np.random.default_rng(seed + 1)
    out = []
    for y_true, _ in chunks:
        weights = rng.uniform(0.0, 2.0, size=len(y_true))
        weights[rng.uniform(size=len(y_true)) < 0.15] = 0.0
        out.append(weights.astype("float32"))
    return out


def _check_task(task: str) -> None:
    if task not in TASKS:
        raise ValueError(f"task must be one of {', '.join(TASKS)}, got {task!r}")


# ------------------------------------------------------------------------------ student objects
def required_positional(function: Callable) -> int:
    """Return how many positional parameters ``function`` requires (-1 when unknown)."""
    try:
        parameters = inspect.signature(function).parameters.values()
    except (TypeError, ValueError):
        return -1
    return sum(1 for p in parameters
               if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD) and p.default is p.empty)


def _name(obj: Any) -> str:
    return getattr(obj, "__name__", None) or type(obj).__name__


def as_metric(obj: Any, what: str = "your metric") -> tuple[keras.metrics.Metric, str, str]:
    """Return ``(metric, kind, name)`` for a metric function, Metric class/instance or builder.

    ``kind`` is ``"metric"`` for a ``keras.metrics.Metric`` and ``"function"`` for a function
    ``fn(y_true, y_pred)``, which is wrapped in ``keras.metrics.MeanMetricWrapper`` exactly as
    ``model.compile(metrics=[fn])`` does. Builders (zero-argument callables) are called.
    """
    for _ in range(2):  # a builder may return the metric or its class
        if isinstance(obj, type) and issubclass(obj, keras.metrics.Metric):
            obj = call_student(obj, f"{obj.__name__}()")
        if isinstance(obj, keras.metrics.Metric):
            return obj, "metric", obj.name
        if isinstance(obj, type) or not callable(obj):
            break
        if required_positional(obj) == 0:
            obj = call_student(obj, f"{_name(obj)}()")
            continue
        name = _name(obj)
        return keras.metrics.MeanMetricWrapper(obj, name=name), "function", name
    raise CheckFailed(f"{what}: expected a metric function fn(y_true, y_pred) or a "
                      f"keras.metrics.Metric subclass, found {type(obj).__name__}")


def to_array(value: Any) -> np.ndarray:
    """Return a tensor, number or array as a float64 NumPy array."""
    if hasattr(value, "numpy"):
        value = value.numpy()
    return np.asarray(value, dtype="float64")


# ----------------------------------------------------------------------------------- reference
def reference_values(reference: Any, chunks: list[tuple[np.ndarray, np.ndarray]],
                     weights: list[np.ndarray] | None = None) -> list[np.ndarray]:
    """Return the reference value after each chunk, of all chunks so far (trusted code).

    With ``weights`` (one array per chunk), a Metric reference gets them as ``sample_weight`` and a
    function reference is called as ``reference(y_true, y_pred, sample_weight=w)``.
    """
    with quiet():
        if isinstance(reference, type) and issubclass(reference, keras.metrics.Metric):
            reference = reference()
        if isinstance(reference, keras.metrics.Metric):
            metric = reference.__class__.from_config(reference.get_config())
            values = []
            for i, (y_true, y_pred) in enumerate(chunks):
                extra = {} if weights is None else {"sample_weight": tf.constant(weights[i])}
                metric.update_state(tf.constant(y_true), tf.constant(y_pred), **extra)
                values.append(to_array(metric.result()))
            return values
        values = []
        for i in range(1, len(chunks) + 1):
            y_true = np.concatenate([c[0] for c in chunks[:i]])
            y_pred = np.concatenate([c[1] for c in chunks[:i]])
            extra = {} if weights is None else {"sample_weight": np.concatenate(weights[:i])}
            values.append(np.asarray(np.mean(to_array(reference(y_true, y_pred, **extra))), "float64"))
        return values


def single_value(reference: Any, chunk: tuple[np.ndarray, np.ndarray]) -> np.ndarray:
    """Return the reference value of one batch alone."""
    return reference_values(reference, [chunk])[0]


# ------------------------------------------------------------------------------------- observe
def _update_and_read(metric, y_true, y_pred, what: str, weights: np.ndarray | None = None) -> np.ndarray:
    extra = {} if weights is None else {"sample_weight": tf.constant(weights)}
    call_student(metric.update_state, f"{what}: update_state", tf.constant(y_true), tf.constant(y_pred),
                 **extra)
    return to_array(call_student(metric.result, f"{what}: result()"))


def _identity_evaluate(metric_arg: Any, data: list[tuple[np.ndarray, np.ndarray]], batch_size: int,
                       name: str) -> np.ndarray:
    """Evaluate ``metric_arg`` inside ``model.compile(metrics=[...])`` on a model whose output is
    its input, so that ``y_pred`` is exactly the generated predictions."""
    y_true = np.concatenate([d[0] for d in data])
    y_pred = np.concatenate([d[1] for d in data])
    model = keras.Sequential([keras.Input(y_pred.shape[1:]), keras.layers.Identity()])
    model.compile(loss=lambda t, p: keras.ops.mean(p, axis=-1), metrics=[metric_arg],
                  jit_compile=False)
    logs = model.evaluate(y_pred, y_true, batch_size=batch_size, verbose=0, return_dict=True)
    if name in logs:
        return to_array(logs[name])
    others = [k for k in logs if k != "loss"]
    if len(others) == 1:
        return to_array(logs[others[0]])
    raise CheckFailed(f"model.evaluate did not report your metric {name!r}; it reported {sorted(logs)}")


def observe_metric(student: Any, data: list, edges: dict, batch_size: int,
                   weights: list[np.ndarray] | None = None) -> dict:
    """Run the student's metric on ``data`` batch by batch, reset, edge cases, with ``weights`` as
    ``sample_weight`` (when given), config, evaluate."""
    metric, kind, name = as_metric(student)
    prefix = [_update_and_read(metric, t, p, f"after batch {i + 1}") for i, (t, p) in enumerate(data)]
    observation: dict[str, Any] = {"kind": kind, "name": name, "class": type(metric).__name__,
                                   "prefix": np.stack([np.asarray(v) for v in prefix]),
                                   "returns_shape": None}
    function = getattr(metric, "_fn", None) if kind == "function" else None
    if function is not None:
        returned = call_student(function, f"{name}(y_true, y_pred)", tf.constant(data[0][0]),
                                tf.constant(data[0][1]))
        observation["returns_shape"] = list(np.shape(to_array(returned)))
    call_student(metric.reset_state, "reset_state()")
    observation["reset"] = _update_and_read(metric, *data[0], "after reset_state()")
    observation["edges"] = {}
    for case, (y_true, y_pred) in edges.items():
        call_student(metric.reset_state, "reset_state()")
        observation["edges"][case] = _update_and_read(metric, y_true, y_pred, f"on {case}")
    observation["weighted"] = None
    if weights is not None and observation["returns_shape"] != []:  # Keras cannot weight one number
        call_student(metric.reset_state, "reset_state()")
        observation["weighted"] = np.stack([
            np.asarray(_update_and_read(metric, t, p, f"with sample_weight, after batch {i + 1}", w))
            for i, ((t, p), w) in enumerate(zip(data, weights))])
    observation["config"] = _observe_config(metric, data[0]) if kind == "metric" else None
    try:
        with quiet():
            metric.reset_state()
            observation["evaluate"] = _identity_evaluate(metric, data, batch_size, name)
        observation["evaluate_error"] = None
    except CheckFailed:
        raise
    except Exception as exc:  # graph-mode failure of student code
        observation["evaluate"] = None
        observation["evaluate_error"] = f"{type(exc).__name__}: {_first_line(exc)}"
    return observation


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0][:300] if text else ""


def _observe_config(metric, batch) -> dict:
    """Round-trip the metric through get_config/from_config and compare one batch's value."""
    result: dict[str, Any] = {"error": None, "json": True, "value": None, "roundtrip": None}
    try:
        config = metric.get_config()
    except Exception as exc:
        result["error"] = f"get_config() raised {type(exc).__name__}: {_first_line(exc)}"
        return result
    try:
        json.dumps(config)
    except (TypeError, ValueError) as exc:
        result["json"] = False
        result["error"] = f"get_config() returned something that is not JSON-able ({_first_line(exc)})"
        return result
    try:
        clone = type(metric).from_config(config)
    except Exception as exc:
        result["error"] = (f"{type(metric).__name__}.from_config(get_config()) raised "
                           f"{type(exc).__name__}: {_first_line(exc)}")
        return result
    metric.reset_state()
    result["value"] = _update_and_read(metric, *batch, "before the config round trip")
    result["roundtrip"] = _update_and_read(clone, *batch, "after from_config(get_config())")
    return result


# --------------------------------------------------------------------------------------- judge
def close(found, expected, rtol: float, atol: float) -> bool:
    """True when ``found`` equals ``expected`` within tolerance (same shape, NaN equals NaN)."""
    found, expected = np.asarray(found, "float64"), np.asarray(expected, "float64")
    if found.shape != expected.shape:
        if found.size == expected.size == 1:
            found, expected = found.reshape(()), expected.reshape(())
        else:
            return False
    return bool(np.allclose(found, expected, rtol=rtol, atol=atol, equal_nan=True))


def fmt(value) -> str:
    """Format a number or small array for a message."""
    array = np.asarray(value, "float64")
    if array.size == 1:
        return f"{float(array.reshape(())):.4g}"
    return np.array2string(array, precision=4, separator=", ")


@register_judge(CHECK)
def judge_metric(observation: dict, expectation: dict, points: float) -> float:
    """Return ``points`` when the observed metric matches the expectation, else raise CheckFailed."""
    rtol, atol = expectation["rtol"], expectation["atol"]
    name = observation["name"]
    kind = observation["kind"]
    stateful = expectation.get("stateful")
    if stateful is True and kind != "metric":
        raise CheckFailed(
            f"Expected a keras.metrics.Metric subclass, found the function {name}(): Keras averages "
            "a function metric over batches, which is not the metric of the epoch for F1, precision "
            "or recall. Subclass keras.metrics.Metric: accumulate counts in update_state (add_weight + "
            "assign_add), compute the metric in result(), zero the counts in reset_state.")
    if stateful is False and kind != "function":
        raise CheckFailed(f"Expected a metric function fn(y_true, y_pred), found the Metric class "
                          f"{observation['class']}.")
    found, expected = np.asarray(observation["prefix"]), np.asarray(expectation["prefix"])
    singles = np.asarray(expectation["single"])
    for i in range(len(expected)):
        if close(found[i], expected[i], rtol, atol):
            continue
        if i == 0:
            raise CheckFailed(
                f"{name}: on the first batch it gives {fmt(found[0])}, expected {fmt(expected[0])}. "
                "Check the formula (thresholds, which axis you reduce, casting y_true/y_pred to float).")
        head = (f"{name}: after batch 1 it matched, but after {i + 1} batches it reports "
                f"{fmt(found[i])} while the {expectation['task']} metric of those {i + 1} batches "
                f"together is {fmt(expected[i])}.")
        if kind == "function" and _only_weighting_differs(found, expected, expectation, rtol, atol):
            raise CheckFailed(
                head + f" {name} returns one number per batch (shape ()), and Keras's Mean counts a "
                "number as one sample, so the last, smaller batch weighs as much as a full one. Return "
                "one value per example (shape (batch,)) and let Keras average them.")
        if kind == "function":
            raise CheckFailed(
                head + " Keras averages a function metric over batches, and this metric of an epoch "
                "is not the mean of its per-batch values (a batch-wise F1 is not the epoch F1). "
                "Write a keras.metrics.Metric subclass that accumulates counts across batches.")
        if close(found[i], singles[i], rtol, atol):
            raise CheckFailed(
                head + " It equals the value of the last batch alone: update_state replaces the state "
                "instead of adding to it (use assign_add, not assign).")
        raise CheckFailed(
            head + " update_state must accumulate the counts of every batch (assign_add) and result() "
            "must compute the metric from the totals, not average per-batch values.")
    if not close(observation["reset"], expectation["reset"], rtol, atol):
        raise CheckFailed(
            f"{name}: after reset_state() and one new batch it reports {fmt(observation['reset'])}, "
            f"expected {fmt(expectation['reset'])}: reset_state must set every state variable back "
            "to zero.")
    for case, want in expectation["edges"].items():
        got = np.asarray(observation["edges"][case])
        want = np.asarray(want)
        if not np.all(np.isfinite(want)):
            continue
        if not np.all(np.isfinite(got)):
            raise CheckFailed(
                f"{name}: on {case} it returns {fmt(got)}, expected {fmt(want)}: guard the division "
                "by zero (keras.ops.divide_no_nan, or add keras.config.epsilon() to the denominator).")
        if not close(got, want, rtol, atol):
            raise CheckFailed(f"{name}: on {case} it returns {fmt(got)}, expected {fmt(want)}.")
    _judge_weighted(observation, expectation, name, rtol, atol)
    config = observation.get("config")
    if config:
        if config["error"]:
            raise CheckFailed(
                f"{name}: {config['error']}. get_config() must return a dict of the constructor's "
                "arguments (start from super().get_config() and add yours) so that "
                "from_config(get_config()) rebuilds the metric.")
        if not close(config["roundtrip"], config["value"], rtol, atol):
            raise CheckFailed(
                f"{name}: a copy rebuilt with from_config(get_config()) gives "
                f"{fmt(config['roundtrip'])} instead of {fmt(config['value'])} on the same batch: "
                "put every constructor argument (e.g. threshold) in get_config().")
    if observation.get("evaluate_error"):
        error = observation["evaluate_error"]
        hint = ("update_state must accept sample_weight=None: "
                "def update_state(self, y_true, y_pred, sample_weight=None)."
                if "sample_weight" in error else
                "Keras runs metrics in graph mode: use tensor operations (keras.ops / tf), "
                "not .numpy() or Python if on tensors.")
        raise CheckFailed(f"{name}: inside model.compile(metrics=[...]) + model.evaluate it fails "
                          f"with {error}. {hint}")
    if observation.get("evaluate") is not None and not close(observation["evaluate"],
                                                              expected[-1], rtol, atol):
        raise CheckFailed(
            f"{name}: model.evaluate reports {fmt(observation['evaluate'])}, expected "
            f"{fmt(expected[-1])}. In graph mode only TensorFlow state (add_weight variables "
            "updated with assign_add) persists between batches, not Python attributes.")
    return float(points)


def _only_weighting_differs(found: np.ndarray, expected: np.ndarray, expectation: dict,
                            rtol: float, atol: float) -> bool:
    """True when a function metric's per-batch numbers, weighted by batch size, give the expected
    values: it returns the batch mean (one number, counted by Keras as one sample) of a metric that
    is a mean over examples."""
    sizes = np.asarray(expectation.get("batch_sizes") or [], "float64")
    if len(sizes) != len(found) or np.all(sizes == sizes[0]):
        return False
    steps = np.arange(1, len(found) + 1, dtype="float64")
    totals = np.asarray(found, "float64").reshape(len(found)) * steps
    per_batch = np.diff(np.concatenate([[0.0], totals]))
    weighted = np.cumsum(per_batch * sizes) / np.cumsum(sizes)
    return close(weighted, np.asarray(expected, "float64").reshape(len(found)), rtol, max(atol, 1e-4))


def _judge_weighted(observation: dict, expectation: dict, name: str, rtol: float, atol: float) -> None:
    """Raise CheckFailed when the sample-weighted values differ from the weighted reference."""
    want = expectation.get("weighted")
    if want is None:
        return
    want = np.asarray(want)
    found = observation.get("weighted")
    if found is None and observation.get("returns_shape") == []:
        raise CheckFailed(
            f"{name} returns one number per batch (shape ()): Keras cannot weight it by sample_weight, "
            "which has one weight per example. Return one value per example (shape (batch,)).")
    if found is None:
        raise CheckFailed(f"{name}: it was not run with sample_weight (malformed observation).")
    found = np.asarray(found)
    unweighted = np.asarray(expectation["prefix"])
    for i in range(len(want)):
        if close(found[i], want[i], rtol, atol):
            continue
        head = (f"{name}: with sample_weight (one weight per example, shape (batch,)), after "
                f"{i + 1} batch{'es' if i else ''} it reports {fmt(found[i])}, expected {fmt(want[i])}.")
        if close(found[i], unweighted[i], rtol, atol):
            raise CheckFailed(head + " That is the unweighted value: update_state ignores sample_weight, "
                              "or multiplies (batch, 1) values by the (batch,) weights, which broadcasts "
                              "to (batch, batch) and scales every count alike. Reshape both to (batch,) "
                              "and multiply each example's contribution by its weight.")
        raise CheckFailed(head + " Weight each example's contribution: reshape y_true, y_pred and "
                          "sample_weight to (batch,) before multiplying, so that nothing broadcasts "
                          "to (batch, batch).")


# --------------------------------------------------------------------------------------- check
def check_metric(student: Any, reference: Any, *, task: str, seed: int | None = None,
                 batches: int = 20, batch_size: int = 32, stateful: bool | None = None,
                 points: float = 1.0, num_classes: int = 3, labels: str = "onehot",
                 rtol: float = 1e-3, atol: float = 1e-4, sample_weight: bool = False,
                 uneven: bool = True) -> float:
    """Check a metric function or ``keras.metrics.Metric`` subclass against a reference.

    Args:
        student: a metric function ``fn(y_true, y_pred)``, a ``keras.metrics.Metric`` subclass
            or instance, or a zero-argument builder of one of those.
        reference: a ``keras.metrics.Metric`` (class or instance) or a function applied to all
            the data seen so far (its mean is the expected value).
        task: ``"binary"``, ``"multiclass"`` or ``"regression"`` (what batches look like, see
            :func:`random_batches`).
        seed: the seed of the random batches (``None``: the public seed).
        batches: number of batches; the value is compared after each of them.
        batch_size: examples per batch.
        stateful: ``True`` requires a Metric subclass, ``False`` a function, ``None`` either.
        points: the points of a correct metric.
        num_classes: classes of the ``multiclass`` task.
        labels: ``"onehot"`` or ``"sparse"`` (class indices) ``y_true`` for ``multiclass``.
        rtol: relative tolerance of every comparison.
        atol: absolute tolerance of every comparison.
        sample_weight: also feed the batches again with one weight per example (shape
            ``(batch,)``, some 0) and compare with the reference given the same weights (a function
            reference must then accept ``sample_weight=``).
        uneven: make the last batch smaller (``batch_size // 3 + 1``), as ``fit`` does when the
            data does not divide into full batches; a function returning a batch mean then differs
            from the value of the epoch.

    Returns:
        ``points`` when the metric matches everywhere.

    Raises:
        CheckFailed: the first difference found, with the expected and found values.
    """
    _check_task(task)
    seed = PUBLIC_SEED if seed is None else seed
    data = random_batches(task, seed, batches, batch_size, num_classes, labels,
                          last_size=batch_size // 3 + 1 if uneven else None)
    edges = edge_batches(task, batch_size, num_classes, labels)
    weights = sample_weights(seed, data) if sample_weight else None
    expectation = {
        "task": task,
        "stateful": stateful,
        "rtol": rtol,
        "atol": atol,
        "prefix": np.stack(reference_values(reference, data)),
        "batch_sizes": [len(y_true) for y_true, _ in data],
        "single": np.stack([single_value(reference, chunk) for chunk in data]),
        "reset": single_value(reference, data[0]),
        "edges": {case: single_value(reference, chunk) for case, chunk in edges.items()},
        "weighted": None if weights is None else np.stack(reference_values(reference, data, weights)),
    }
    return run_check(CHECK, lambda: observe_metric(student, data, edges, batch_size, weights),
                     expectation, points)
