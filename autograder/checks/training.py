"""check_training: retrain the student's compiled model from fresh seeded weights and score it.

The student's weights never count: the model is cloned (``keras.models.clone_model``) or rebuilt
by the student's builder after seeding, recompiled with the same loss, a fresh optimizer of the same
configuration and the same metrics, and trained on the reference train split for exactly ``epochs``
epochs (the budget is counted in steps, never in seconds, so a busy machine gives the same points).
A wall-clock guard (``runaway_seconds``) only stops a runaway: when it fires, the check exports a
grader error (:data:`autograder.checks.failure.GRADER_ERROR`), never partial credit.
What is exported is the trained model itself: its architecture (the Keras configuration, JSON,
without compile settings) and its weights (arrays, in the ``.npz``), plus ``from_logits`` and how
training went. The judge, in the kernel and in the trusted process alike, refuses an architecture
that would run code the course does not provide (:mod:`autograder.checks.model_config`: Lambda
layers, custom objects), rebuilds the model in safe mode with those weights, predicts the
evaluation split it loads itself (hidden split drawn from ``seed``, or the public test split when
``seed`` is None; ``preprocess`` is named by import path and must come from the ``course``
package), and scores with NumPy. So a re-judge trusts no number computed next to student code: a
forged export earns what its weights earn on data the student never saw.

A subclassed model (``subclassed=True``: its ``call`` is the student's code) cannot be rebuilt
outside the kernel; the check then exports its predictions on the evaluation inputs, loaded in the
kernel without their labels, and the judge scores them against the labels it loads itself (a forged
export then earns what its predictions earn: the weaker guarantee of any check comparing values).
"""

from __future__ import annotations

import copy
import hashlib
import importlib
import json
import re
import time
from typing import Any, Callable

import numpy as np

from autograder.checks.compile import loss_name
from autograder.checks.failure import GRADER_ERROR, CheckFailed
from autograder.checks.keras_errors import described_error
from autograder.checks.model_config import (architecture, exported_architecture, predict, rebuild_model,
                                            refuse_unsafe_objects)
from autograder.checks.observation import call_student, register_judge, run_check
from autograder.determinism import seed_everything
from autograder.quiet import quiet

with quiet():
    import keras

TRAINING_SEED = 20240
LOWER_IS_BETTER = {"mse", "mae", "loss"}
METRICS = ("accuracy", "precision", "recall", "f1", "mse", "mae")


class _RunawayGuard(keras.callbacks.Callback):
    """Stop a runaway training after ``seconds`` of wall time (checked after every execution).

    It never decides points: a stop by the guard makes the observation a grader error.
    """

    def __init__(self, seconds: float):
        super().__init__()
        self.seconds = seconds
        self.start = time.perf_counter()
        self.stopped = False
        self.epochs_done = 0

    def on_train_batch_end(self, batch, logs=None):
        if time.perf_counter() - self.start > self.seconds:
            self.model.stop_training = True
            self.stopped = True

    def on_epoch_end(self, epoch, logs=None):
        self.epochs_done = epoch + 1


def _fresh_copy(model: Any, builder: Callable | None) -> Any:
    """Return a compiled copy of ``model`` with freshly initialised (seeded) weights."""
    if builder is not None:
        fresh = call_student(builder, f"{getattr(builder, '__name__', 'builder')}()")
        if not isinstance(fresh, keras.Model) or not fresh.compiled:
            raise CheckFailed("the builder must return a compiled keras Model (call model.compile(...) before returning)")
        return fresh
    config = model._compile_config.config
    try:
        clone = keras.models.clone_model(model)
    except Exception as exc:  # subclassed models that cannot be cloned
        raise CheckFailed(
            f"the model cannot be cloned ({type(exc).__name__}: {exc}); pass the function that builds it instead"
        ) from exc
    optimizer = model.optimizer
    fresh_optimizer = type(optimizer).from_config(optimizer.get_config())
    metrics = config.get("metrics")
    if isinstance(metrics, (list, tuple)):
        metrics = [type(m).from_config(m.get_config()) if isinstance(m, keras.metrics.Metric) else m for m in metrics]
    clone.compile(optimizer=fresh_optimizer, loss=config.get("loss"), metrics=metrics,
                  loss_weights=config.get("loss_weights"))
    return clone


ONE_HOT_LOSSES = ("categorical_crossentropy", "categorical_focal_crossentropy")


def _output_count(model: Any) -> int:
    """How many outputs the model has; 1 for a model not built yet (a Sequential has one)."""
    try:
        return len(model.outputs or [None])
    except (AttributeError, ValueError):  # a Sequential without an input: built by fit
        return 1


def _classes(model: Any, y: np.ndarray) -> int:
    """The number of classes: the output width, or the largest label + 1 before the model is built."""
    try:
        width = model.outputs[0].shape[-1]
    except (AttributeError, ValueError, IndexError, TypeError):
        width = None
    return int(width) if width is not None else int(np.max(y)) + 1


def _targets_for(model: Any, y: np.ndarray, one_hot_for_categorical: bool) -> np.ndarray:
    """The labels to train on: the dataset's, or one-hot ones for a (non-sparse) categorical loss.

    Raises:
        CheckFailed: ``one_hot_for_categorical`` is False and the loss expects one-hot labels while
            the dataset's labels are integers (the model could not be trained on them).
    """
    name = loss_name(model._compile_config.config.get("loss"))
    if name not in ONE_HOT_LOSSES or np.ndim(y) != 1:
        return y
    if one_hot_for_categorical:
        return keras.utils.to_categorical(y, _classes(model, y))
    raise CheckFailed(
        f"the grader trains on the dataset's integer class labels (y of shape {tuple(np.shape(y))}, values "
        f"{int(np.min(y))}..{int(np.max(y))}), but the loss {name} expects one-hot labels: compile with "
        f"sparse_{name} (the loss for integer labels)")


def _from_logits(model: Any) -> bool:
    loss = model._compile_config.config.get("loss")
    return bool(isinstance(loss, keras.losses.Loss) and loss.get_config().get("from_logits", False))


def observe_training(model: Any, builder: Callable | None, dataset: str, epochs: int, batch_size: int,
                     runaway_seconds: float, preprocess: Callable | None,
                     one_hot_for_categorical: bool = True, evaluation: Any = None) -> dict:
    """Train a fresh copy of the model for ``epochs`` epochs; return its architecture and weights.

    The evaluation split is left to the judge. An architecture the judge would refuse (a Lambda
    layer, a custom object) fails here already, before any training time is spent. When the
    runaway guard stops training, the observation is ``{GRADER_ERROR: why, ...}``: the grader
    could not judge the work on this machine, which is no score for the student. A model not built
    yet (a Sequential without an input) is built by the training itself.

    ``evaluation`` (the evaluation inputs, never their labels) marks a subclassed model: its
    ``call`` is the student's code, which no trusted process may rebuild, so the observation holds
    its predictions on those inputs instead of its architecture and weights, and the training is
    never reused from another check (two classes of one name may differ only in ``call``).
    """
    from course.datasets import load

    if not isinstance(model, keras.Model):
        raise CheckFailed(f"expected a compiled keras Model (or a function building one), got {type(model).__name__}")
    if not model.compiled:
        raise CheckFailed("the model is not compiled: call model.compile(optimizer=..., loss=..., metrics=[...])")
    if _output_count(model) > 1:
        raise CheckFailed("check_training grades single-output models; this model has several outputs")
    x_train, y_train = load(dataset, "train")
    if preprocess is not None:
        x_train = preprocess(x_train)
    seed_everything(TRAINING_SEED)
    fresh = _fresh_copy(model, builder)
    if evaluation is None:
        refuse_unsafe_objects(_architecture(fresh, architecture))
    # Several steps per tf.function call: the same updates in the same order, less Python overhead
    # (about 1.25x faster on a 2-core CPU). The guard is then checked every few steps. The steps
    # are counted from the labels: a preprocessed input may be a dict of columns.
    fresh.steps_per_execution = max(1, min(32, -(-len(y_train) // batch_size)))
    targets = _targets_for(fresh, y_train, one_hot_for_categorical)
    key = None if evaluation is not None else \
        _training_key(fresh, dataset, epochs, batch_size, preprocess, one_hot_for_categorical)
    if key is not None and key in _TRAINED:
        return copy.deepcopy(_TRAINED[key])
    guard = _RunawayGuard(runaway_seconds)
    started = time.perf_counter()
    try:
        fresh.fit(x_train, targets, epochs=epochs, batch_size=batch_size, verbose=0, callbacks=[guard])
    except Exception as exc:  # the student's model cannot train on the reference data
        raise CheckFailed(f"training on the reference data (x: {_described(x_train)}; y: {_described(targets)}) "
                          f"failed{_output_shape_text(fresh)}: model.fit raised {described_error(exc)}") from exc
    seconds = round(time.perf_counter() - started, 3)
    if guard.stopped:
        return {GRADER_ERROR: (f"check_training: the runaway guard stopped training after {seconds:g} s "
                               f"({guard.epochs_done} of {epochs} epochs done, limit {runaway_seconds:g} s); "
                               "the grading machine was too slow or overloaded to judge this work: grade it "
                               "again (on a quiet machine, a model this slow is far larger than the exercise asks)"),
                "epochs_run": guard.epochs_done, "seconds": seconds}
    observation = {
        "from_logits": _from_logits(fresh),
        "epochs_run": guard.epochs_done,
        "seconds": seconds,
    }
    if evaluation is None:
        observation["model"] = _architecture(fresh, exported_architecture)
        observation["weights"] = [np.asarray(weight) for weight in fresh.get_weights()]
    else:
        observation["predictions"] = predict(fresh, evaluation)
    _remember(key, observation)
    return copy.deepcopy(observation)


# Trainings already done in this process, by what decides their result (see _training_key). A test
# cell's visible and hidden checks train the same model on the same train split (only the judged
# split differs), so the second one reuses the first one's trained weights instead of training again.
_TRAINED: dict[str, dict] = {}
_TRAINED_MAX = 4


def _training_key(fresh: Any, dataset: str, epochs: int, batch_size: int, preprocess: Callable | None,
                  one_hot_for_categorical: bool) -> str | None:
    """A digest of everything that decides a training's result: the freshly seeded model (its
    configuration, compile configuration and initial weights) and the training settings.

    Training is deterministic (fixed seed, op determinism), so two trainings with the same key give
    the same weights. None when the model cannot describe itself (it is then never reused).
    """
    digest = hashlib.sha256()
    try:
        config, compile_config = fresh.get_config(), fresh.get_compile_config()
    except Exception:  # a subclassed model without get_config: train it every time
        return None
    settings = {"config": _without_generated_names({"class_name": type(fresh).__name__, "config": config}), "compile": _without_generated_names(compile_config),
                "class": f"{type(fresh).__module__}.{type(fresh).__qualname__}",
                "dataset": dataset, "epochs": int(epochs), "batch_size": int(batch_size),
                "steps_per_execution": fresh.steps_per_execution,
                "preprocess": None if preprocess is None else
                f"{getattr(preprocess, '__module__', '')}.{getattr(preprocess, '__qualname__', repr(preprocess))}",
                "one_hot_for_categorical": bool(one_hot_for_categorical)}
    digest.update(json.dumps(settings, sort_keys=True, default=repr).encode())
    for weight in fresh.get_weights():
        array = np.ascontiguousarray(weight)
        digest.update(f"{array.dtype}{array.shape}".encode())
        digest.update(array.tobytes())
    return digest.hexdigest()


def _generated_names(config: Any, found: list[str]) -> list[str]:
    """The names Keras generated in a configuration (``dense_3`` for a Dense layer), in order."""
    if isinstance(config, dict):
        inner = config.get("config")
        if isinstance(config.get("class_name"), str) and isinstance(inner, dict) and isinstance(inner.get("name"), str):
            base = re.sub(r"_\d+$", "", inner["name"]).replace("_", "")
            if base == config["class_name"].lower() and inner["name"] not in found:
                found.append(inner["name"])
        for value in config.values():
            _generated_names(value, found)
    elif isinstance(config, list):
        for value in config:
            _generated_names(value, found)
    return found


def _without_generated_names(config: Any) -> str:
    """The configuration as JSON with Keras's generated names numbered from the start.

    Each build of the same model gets new names (``dense_3``, then ``dense_5``); names a student
    chose (an Input named after a column) are kept, since they decide which data a layer gets.
    """
    text = json.dumps(config, sort_keys=True, default=repr)
    for number, name in enumerate(_generated_names(config, [])):
        text = text.replace(json.dumps(name), json.dumps(f"<generated {number}>"))
    return text


def _remember(key: str | None, observation: dict) -> None:
    """Keep a finished training's observation (only the last few: weights can be large)."""
    if key is None:
        return
    _TRAINED[key] = copy.deepcopy(observation)
    while len(_TRAINED) > _TRAINED_MAX:
        _TRAINED.pop(next(iter(_TRAINED)))


def _output_shape_text(model: Any) -> str:
    """`` for a model whose output per example has shape (3, 26)``, or nothing when unknown."""
    try:
        shape = tuple(model.outputs[0].shape[1:])
    except (AttributeError, ValueError, IndexError, TypeError):
        return ""
    return f" for a model whose output per example has shape {shape}"


def _described(data: Any) -> str:
    """``x of shape (923, 10) float32``, or the columns of a dict of arrays, for a message."""
    if isinstance(data, dict):
        return "inputs " + ", ".join(f"{key}: {tuple(np.shape(value))}" for key, value in data.items())
    if isinstance(data, np.ndarray) and data.ndim == 1 and data.dtype.kind in "iu" and data.size:
        return f"integer class labels of shape {data.shape}, values {int(data.min())}..{int(data.max())}"
    return f"shape {tuple(np.shape(data))} {getattr(data, 'dtype', type(data).__name__)}"


def _architecture(model: Any, serialize: Callable[[Any], dict]) -> dict:
    try:
        return serialize(model)
    except Exception as exc:  # a subclassed model without get_config, an unserializable setting
        raise CheckFailed(f"the model's architecture cannot be exported ({type(exc).__name__}: {exc}); "
                          "build it with keras.Sequential or the functional API from built-in layers") from exc


def preprocess_path(preprocess: Callable | str) -> str:
    """The ``"module:qualname"`` of a preprocessing function of the ``course`` package.

    A trusted process applies it by import, so it must be importable from ``course``: a function
    defined in a notebook is refused.

    Raises:
        ValueError: for the instructor, when ``preprocess`` is not importable from ``course``.
    """
    path = preprocess if isinstance(preprocess, str) else \
        f"{getattr(preprocess, '__module__', '')}:{getattr(preprocess, '__qualname__', '')}"
    try:
        found = load_preprocess(path)
    except (ImportError, AttributeError, ValueError) as error:
        raise ValueError(f"preprocess must be a function of the course package (e.g. "
                         f"course.preprocessing.to_model_inputs), so that the trusted verdict can import "
                         f"it; {path!r} is not ({error})") from None
    if not isinstance(preprocess, str) and found is not preprocess:
        raise ValueError(f"preprocess {path!r} is not the function the course package defines under that name")
    return path


def load_preprocess(path: str) -> Callable:
    """Import the preprocessing function named ``"module:qualname"``; only ``course`` modules."""
    module_name, _, qualname = path.partition(":")
    if not (module_name == "course" or module_name.startswith("course.")) or not qualname:
        raise ValueError(f"{path!r} does not name a function of the course package as 'module:name'")
    found: Any = importlib.import_module(module_name)
    for part in qualname.split("."):
        found = getattr(found, part)
    if not callable(found):
        raise ValueError(f"{path!r} is not a function")
    return found


def evaluation_split(expectation: dict) -> tuple[Any, np.ndarray]:
    """The inputs (preprocessed) and labels the expectation scores on, loaded in this process."""
    from course.datasets import load

    seed = expectation["seed"]
    x, y = load(expectation["dataset"], "hidden", seed=seed) if seed is not None else \
        load(expectation["dataset"], "test")
    if expectation.get("preprocess"):
        x = load_preprocess(expectation["preprocess"])(x)
    return x, np.asarray(y)


def score(metric: str, predictions: np.ndarray, y_true: np.ndarray, from_logits: bool) -> float:
    """Compute ``metric`` of predictions against integer (or float, for regression) labels."""
    y_true = np.asarray(y_true)
    predictions = np.asarray(predictions, dtype=np.float64)
    if metric in ("mse", "mae"):
        errors = predictions.reshape(len(y_true), -1)[:, 0] - y_true.reshape(len(y_true))
        return float(np.mean(errors**2) if metric == "mse" else np.mean(np.abs(errors)))
    flat = predictions.reshape(len(y_true), -1)
    if flat.shape[1] > 1:
        labels = flat.argmax(axis=1)
        truth = y_true.argmax(axis=1) if y_true.ndim == 2 else y_true.reshape(-1)
    else:
        labels = (flat[:, 0] > (0.0 if from_logits else 0.5)).astype(int)
        truth = y_true.reshape(-1).astype(int)
    if metric == "accuracy":
        return float(np.mean(labels == truth))
    tp = float(np.sum((labels == 1) & (truth == 1)))
    fp = float(np.sum((labels == 1) & (truth == 0)))
    fn = float(np.sum((labels == 0) & (truth == 1)))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    if metric == "precision":
        return precision
    if metric == "recall":
        return recall
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def credit(metric: str, value: float, thresholds: list[list[float]]) -> float:
    """Return the fraction earned: the best fraction whose threshold ``value`` reaches."""
    if metric in LOWER_IS_BETTER:
        reached = [fraction for threshold, fraction in thresholds if value <= threshold]
    else:
        reached = [fraction for threshold, fraction in thresholds if value >= threshold]
    return max(reached, default=0.0)


@register_judge("check_training")
def judge_training(observation: dict, expectation: dict, points: float) -> float:
    """Rebuild the exported model safely, predict the evaluation split loaded here, apply the thresholds.

    Raises:
        CheckFailed: the architecture is refused (Lambda, custom objects), the export is malformed
            (weights that do not fit), or the score reaches no threshold.
    """
    x_eval, y_true = evaluation_split(expectation)
    if expectation.get("subclassed"):
        predictions = np.asarray(observation["predictions"], dtype="float64")
        if len(predictions) != len(y_true) or not np.all(np.isfinite(predictions)):
            raise CheckFailed(f"malformed export: {len(predictions)} predictions (finite: "
                              f"{bool(np.all(np.isfinite(predictions)))}) for {len(y_true)} examples")
    else:
        predictions = predict(rebuild_model(observation["model"], observation["weights"]), x_eval)
    metric = expectation["metric"]
    value = score(metric, predictions, y_true, bool(observation["from_logits"]))
    fraction = credit(metric, value, expectation["thresholds"])
    if fraction <= 0:
        split = "hidden" if expectation["seed"] is not None else "test"
        comparison = "at most" if metric in LOWER_IS_BETTER else "at least"
        easiest = (max if metric in LOWER_IS_BETTER else min)(t for t, _ in expectation["thresholds"])
        raise CheckFailed(
            f"{metric} on the {split} split after retraining from fresh weights: {value:.3f}, needs {comparison} "
            f"{easiest:g} for credit. Check the architecture, activations, loss and learning rate."
        )
    return points * fraction


def check_training(
    model: Any,
    *,
    dataset: str,
    seed: int | None = None,
    metric: str = "accuracy",
    thresholds: dict,
    epochs: int,
    batch_size: int = 32,
    runaway_seconds: float = 120.0,
    preprocess: Callable | str | None = None,
    one_hot_for_categorical: bool = True,
    subclassed: bool = False,
    points: float = 1.0,
) -> float:
    """Retrain the model from fresh seeded weights and grade its score; return points (partial credit).

    Args:
        model: a compiled Keras model, or a zero-argument function returning one (called again
            after seeding, so it must build fresh layers each call).
        dataset: a ``course.datasets`` name (``"fizzbuzz"``, ``"shapes"``...).
        seed: the hidden split's seed (only hidden tests know it); ``None`` scores on the public
            test split.
        metric: ``"accuracy"``, ``"precision"``, ``"recall"``, ``"f1"`` (binary, threshold 0.5, or 0
            with ``from_logits=True``), or ``"mse"`` / ``"mae"`` (lower is better: thresholds are maxima).
        thresholds: ``{score: fraction of points}``, e.g. ``{0.9: 1.0, 0.75: 0.5}``; the best
            fraction reached counts; none reached raises CheckFailed.
        epochs, batch_size: training settings of the retraining; ``epochs`` is the whole budget
            (counted in steps, never in seconds).
        runaway_seconds: a wall-clock guard against a runaway, never a budget: when training
            takes longer, the check records a grader error (the keras-course grade status
            ``error``, no grade) instead of points, and raises :class:`GraderError` in the kernel.
        preprocess: optional function applied to the train and evaluation inputs (e.g.
            ``course.preprocessing.to_model_inputs``, the tabular DataFrame as a dict of arrays).
            It must be importable from the ``course`` package (a function, or its
            ``"module:qualname"``): the trusted verdict imports it by that path.
        one_hot_for_categorical: ``True``: a model compiled with (non-sparse) categorical
            cross-entropy trains on one-hot labels; ``False``: it trains on the dataset's integer
            labels as they are, as the exercise says, and fails with a message naming the sparse loss.
        subclassed: ``True`` for a subclassed ``keras.Model`` (its own ``call``): no trusted
            process may rebuild the student's class, so the check exports the retrained model's
            predictions on the evaluation inputs (loaded in the kernel without their labels) and the
            judge scores them against the labels it loads itself. Give a builder (a function
            returning the compiled model): a subclassed model is not cloned.
        points: full points.

    Raises:
        ValueError: a bad argument (unknown metric, no thresholds, a preprocess outside ``course``).
        CheckFailed: the score reaches no threshold, or the model cannot be trained or exported
            (a Lambda layer, a custom object: see :mod:`autograder.checks.model_config`).
        GraderError: the runaway guard stopped training (a grader failure, not a score).

    Deterministic: seeds and op determinism make three runs give the same points.
    """
    if metric not in METRICS:
        raise ValueError(f"unknown metric {metric!r}; use one of {', '.join(METRICS)}")
    if not thresholds:
        raise ValueError("thresholds must map at least one score to a fraction, e.g. {0.9: 1.0}")
    preprocess_name = preprocess_path(preprocess) if preprocess is not None else None
    transform = load_preprocess(preprocess_name) if preprocess_name else None
    expectation = {
        "dataset": dataset, "seed": seed, "metric": metric,
        "thresholds": sorted([float(t), float(f)] for t, f in thresholds.items()),
        "epochs": int(epochs), "batch_size": int(batch_size),
        "preprocess": preprocess_name,
        "one_hot_for_categorical": bool(one_hot_for_categorical),
        "subclassed": bool(subclassed),
    }

    def observe() -> dict:
        builder = None if isinstance(model, keras.Model) else model
        built = call_student(model, f"{getattr(model, '__name__', 'builder')}()") if builder else model
        evaluation = evaluation_split(expectation)[0] if subclassed else None
        return observe_training(built, builder, dataset, epochs, batch_size, runaway_seconds, transform,
                                one_hot_for_categorical, evaluation)

    return run_check("check_training", observe, expectation, points)
