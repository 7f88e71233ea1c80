"""check_callbacks: what a list of Keras callbacks does to training, epoch by epoch.

Callbacks are judged by what they do, never by how they are spelled. The check drives the
student's callbacks and the instructor's through the same **scripted** epochs: a tiny real model
(one ``Dense(1)`` compiled with SGD) whose kernel holds the epoch number (1, 2, ...) during each
epoch, and given logs (``{"loss": ..., "val_loss": ..., "val_accuracy": ...}``) passed to
``on_epoch_end``. For every epoch it records the learning rate the optimizer trains with (after
``on_epoch_begin``) and has after ``on_epoch_end``, when training was asked to stop
(``model.stop_training``), which epoch's weights the model holds at the end (restored best
weights), and, when the callbacks are built with a checkpoint path, after which epochs the file
changed and which epoch's weights it holds (read with :func:`autograder.verdict.load_keras_model`,
safe mode). With ``fit=`` it also runs a real ``model.fit`` on a course dataset from the same
seeded weights, with the student's callbacks and with the reference's, and records the epochs run,
the final learning rate and the history.

The judge compares the two recordings, run by run, and names the first difference (the run's
logs, the epoch, what was expected and what happened) and the callbacks it found.
"""

from __future__ import annotations

import hashlib
import inspect
import math
import tempfile
from pathlib import Path
from typing import Any, Callable, Sequence

import numpy as np

from autograder.checks.failure import CheckFailed
from autograder.checks.keras_errors import described_error
from autograder.checks.observation import register_judge, run_check
from autograder.determinism import seed_everything
from autograder.quiet import quiet

with quiet():
    import keras

CHECKPOINT_NAME = "checkpoint.keras"
FIT_SEED = 60601
SHOWN_ATTRIBUTES = ("monitor", "patience", "min_delta", "restore_best_weights", "save_best_only",
                    "factor", "min_lr", "target", "mode", "start_from_epoch")


def _driven_model(learning_rate: float):
    model = keras.Sequential([keras.Input(shape=(1,)),
                              keras.layers.Dense(1, kernel_initializer="zeros", bias_initializer="zeros")])
    model.compile(optimizer=keras.optimizers.SGD(learning_rate=learning_rate), loss="mse")
    return model


def _as_list(built: Any, what: str) -> list:
    if isinstance(built, keras.callbacks.Callback):
        return [built]
    if isinstance(built, (list, tuple)) and all(isinstance(c, keras.callbacks.Callback) for c in built):
        return list(built)
    raise CheckFailed(f"{what} must give a keras.callbacks.Callback or a list of them, "
                      f"found {type(built).__name__}")


def _build(callbacks: Any, folder: Path | None, what: str) -> list:
    """Call the builder (with the checkpoint path when it takes one) and return its callbacks."""
    if not callable(callbacks) or isinstance(callbacks, keras.callbacks.Callback):
        return _as_list(callbacks, what)
    try:
        takes_path = bool(inspect.signature(callbacks).parameters)
    except (TypeError, ValueError):
        takes_path = folder is not None
    from autograder.checks.observation import call_student

    if takes_path:
        if folder is None:
            raise CheckFailed(f"{what} takes an argument, but this test gives it none")
        return _as_list(call_student(callbacks, what, str(folder / CHECKPOINT_NAME)), what)
    return _as_list(call_student(callbacks, what), what)


def describe(callback: Any) -> str:
    """One line naming a callback and its settings (for messages)."""
    shown = []
    for name in SHOWN_ATTRIBUTES:
        value = getattr(callback, name, None)
        if isinstance(value, (bool, int, float, str)) and not (name == "mode" and value == "auto"):
            if name == "min_delta":  # stored negated when minimising
                value = abs(value)
            shown.append(f"{name}={value!r}")
    return f"{type(callback).__name__}({', '.join(shown)})"


def _learning_rate(model) -> float:
    return float(np.asarray(keras.ops.convert_to_numpy(model.optimizer.learning_rate)))


def _file_digest(path: Path) -> str | None:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else None


def _checkpoint_epoch(path: Path) -> float | None:
    """The epoch marker held by a checkpoint file, read safely; None when there is none."""
    if not path.is_file():
        return None
    from autograder.verdict.keras_files import RefusedModel, load_keras_model

    if path.suffix != ".keras":
        return None
    try:
        loaded = load_keras_model(path)
    except RefusedModel as refused:
        raise CheckFailed(f"the checkpoint file could not be read: {refused}") from None
    return float(np.ravel(loaded.get_weights()[0])[0])


def drive(callbacks: Any, logs: Sequence[dict], *, learning_rate: float, what: str) -> dict:
    """Run ``callbacks`` through scripted epochs; return what happened (plain data).

    Args:
        callbacks: a callback, a list of them, or a builder (called with a checkpoint path when it
            takes an argument).
        logs: one dict of logs per epoch, given to ``on_epoch_end``.
        learning_rate: the optimizer's starting rate.
        what: the name used in messages.
    """
    with tempfile.TemporaryDirectory(prefix="kc-callbacks-", ignore_cleanup_errors=True) as scratch:
        folder = Path(scratch)
        built = _build(callbacks, folder, what)
        model = _driven_model(learning_rate)
        model.stop_training = False
        callback_list = keras.callbacks.CallbackList(built, model=model)
        checkpoint = folder / CHECKPOINT_NAME
        rates, rates_after, saves = [], [], []
        stopped_after = None
        try:
            callback_list.on_train_begin()
            for epoch, epoch_logs in enumerate(logs):
                callback_list.on_epoch_begin(epoch)
                rates.append(_learning_rate(model))
                model.set_weights([np.full((1, 1), epoch + 1.0, "float32"), np.zeros(1, "float32")])
                before = _file_digest(checkpoint)
                callback_list.on_epoch_end(epoch, {k: float(v) for k, v in epoch_logs.items()})
                rates_after.append(_learning_rate(model))
                if _file_digest(checkpoint) != before:
                    saves.append(epoch + 1)
                if model.stop_training:
                    stopped_after = epoch + 1
                    break
            callback_list.on_train_end()
        except CheckFailed:
            raise
        except Exception as error:  # the student's callback raised
            raise CheckFailed(f"{what}: a callback raised {described_error(error)}") from None
        return {
            "callbacks": [describe(c) for c in built],
            "rates": rates,
            "rates_after": rates_after,
            "stopped_after": stopped_after,
            "final_weights_epoch": float(np.ravel(model.get_weights()[0])[0]),
            "checkpoint_saves": saves,
            "checkpoint_epoch": _checkpoint_epoch(checkpoint),
        }


def fit_run(callbacks: Any, model: Callable, *, dataset: str, epochs: int, batch_size: int,
            validation_split: float, examples: int | None, what: str) -> dict:
    """Fit a fresh seeded ``model()`` on a course dataset with ``callbacks``; return the run.

    Returns ``{"epochs_run", "final_rate", "history"}``: the number of epochs fit ran, the
    optimizer's learning rate at the end and the history (``{name: [value per epoch]}``).
    """
    from course import datasets

    with tempfile.TemporaryDirectory(prefix="kc-callbacks-fit-", ignore_cleanup_errors=True) as scratch:
        folder = Path(scratch)
        built = _build(callbacks, folder, what)
        seed_everything(FIT_SEED)
        fitted = model()
        x, y = datasets.load(dataset, "train")
        x, y = x[:examples], y[:examples]
        try:
            history = fitted.fit(x, y, epochs=epochs, batch_size=batch_size, shuffle=False,
                                 validation_split=validation_split, verbose=0, callbacks=built)
        except CheckFailed:
            raise
        except Exception as error:
            raise CheckFailed(f"{what}: model.fit with your callbacks raised {described_error(error)}") from None
        values = {str(k): [float(v) for v in np.ravel(vals)] for k, vals in history.history.items()}
        return {"epochs_run": len(history.epoch), "final_rate": _learning_rate(fitted),
                "history": {k: v for k, v in values.items() if k != "learning_rate"}}


def _epoch(value: Any) -> str:
    return "never stopped" if value is None else f"stopped after epoch {value}"


def _logs_shown(logs: Sequence[dict]) -> str:
    keys = list(logs[0]) if logs else []
    return ", ".join(f"{k} " + " ".join(f"{float(e[k]):g}" for e in logs) for k in keys)


def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-5, abs_tol=1e-9)


def _judge_run(found: dict, expected: dict, label: str, hint: str) -> None:
    """Compare one run's recording with the expected one; keys the expectation omits are free."""
    for index, (want, got) in enumerate(zip(expected.get("rates", []), found["rates"])):
        if not _close(want, got):
            raise CheckFailed(f"{label}: in epoch {index + 1} the optimizer should train with learning rate "
                              f"{want:g}, it trained with {got:g}{hint}")
    if "stopped_after" in expected and found["stopped_after"] != expected["stopped_after"]:
        raise CheckFailed(f"{label}: training should have {_epoch(expected['stopped_after'])}, "
                          f"it {_epoch(found['stopped_after'])}{hint}")
    for index, (want, got) in enumerate(zip(expected.get("rates_after", []), found["rates_after"])):
        if not _close(want, got):
            raise CheckFailed(f"{label}: after epoch {index + 1} the learning rate should be {want:g}, "
                              f"it is {got:g}{hint}")
    if "final_weights_epoch" in expected and not _close(expected["final_weights_epoch"], found["final_weights_epoch"]):
        raise CheckFailed(f"{label}: when training ends the model should hold the weights of epoch "
                          f"{expected['final_weights_epoch']:g}, it holds those of epoch "
                          f"{found['final_weights_epoch']:g}{hint}")
    if "checkpoint_saves" in expected and expected["checkpoint_saves"] != found["checkpoint_saves"]:
        if not found["checkpoint_saves"]:
            raise CheckFailed(f"{label}: the checkpoint file should be written after epochs "
                              f"{expected['checkpoint_saves']}, it was never written (save it to the path "
                              f"given, as a .keras file){hint}")
        raise CheckFailed(f"{label}: the checkpoint file should be written after epochs "
                          f"{expected['checkpoint_saves']}, it was written after epochs "
                          f"{found['checkpoint_saves']}{hint}")
    if "checkpoint_epoch" in expected and expected["checkpoint_epoch"] != found["checkpoint_epoch"]:
        raise CheckFailed(f"{label}: the checkpoint file should hold the weights of epoch "
                          f"{expected['checkpoint_epoch']}, it holds {found['checkpoint_epoch']}{hint}")


@register_judge("check_callbacks")
def judge_callbacks(observation: dict, expectation: dict, points: float) -> float:
    """Full points when every scripted run (and the fit) goes as the reference's, else CheckFailed."""
    found_text = ", ".join(observation["callbacks"]) or "no callback"
    hint = f" (your callbacks: {found_text})"
    runs = expectation["runs"]
    if len(observation["runs"]) != len(runs):
        raise CheckFailed("malformed observation: not one recording per scripted run")
    for index, (found, expected) in enumerate(zip(observation["runs"], runs)):
        label = f"scripted run {index + 1} ({_logs_shown(expectation['logs'][index])})"
        _judge_run(found, expected, label, hint)
    if expectation.get("fit") is not None:
        found, expected = observation["fit"], expectation["fit"]
        label = f"model.fit for up to {expectation['fit_epochs']} epochs"
        if found["epochs_run"] != expected["epochs_run"]:
            shown = {k: [round(v, 4) for v in vals] for k, vals in found["history"].items() if k.startswith("val_")}
            raise CheckFailed(f"{label}: fit should have run {expected['epochs_run']} epochs, it ran "
                              f"{found['epochs_run']} (validation history {shown}){hint}")
        if not _close(expected["final_rate"], found["final_rate"]):
            raise CheckFailed(f"{label}: after training the optimizer's learning rate should be "
                              f"{expected['final_rate']:g}, it is {found['final_rate']:g}{hint}")
    return float(points)


def check_callbacks(callbacks: Any, *, reference: Any, logs: Sequence[Sequence[dict]],
                    learning_rate: float = 0.1, fit: dict | None = None, model: Callable | None = None,
                    name: str | None = None, points: float = 1.0) -> float:
    """Drive the student's callbacks and the reference's through the same epochs; return points.

    Args:
        callbacks: the student's callback, list of callbacks, or a builder of them (a function of
            no argument, or of one: the checkpoint path, a ``.keras`` file in a fresh folder).
            Called once per run, so every run starts from new callbacks.
        reference: the instructor's, in the same form; or, where the instructor's callbacks must
            not be shown (a visible test), the expected recording of each run as data: a list
            with one dict per run holding any of ``rates`` (the rate in each epoch),
            ``rates_after``, ``stopped_after`` (1-based epoch, or None), ``final_weights_epoch``,
            ``checkpoint_saves`` (1-based epochs) and ``checkpoint_epoch``; omitted keys are free.
        logs: scripted runs, each a list of per-epoch logs dicts (``{"val_loss": 0.5, ...}``).
        learning_rate: the optimizer's starting rate in the scripted runs.
        fit: optional real fit: ``{"dataset": "fizzbuzz", "epochs": 8, "batch_size": 64,
            "validation_split": 0.25, "examples": 256}`` (the first ``examples`` of the train
            split, unshuffled); needs ``model``.
        model: zero-argument builder of a compiled model for ``fit`` (called after seeding).
        name: what to call the student's callbacks in messages.
        points: full points.

    Raises:
        CheckFailed: the first difference (run, epoch, expected, found), or the student's code raised.
    """
    label = name or getattr(callbacks, "__name__", "your callbacks")
    fit_settings = None
    if fit is not None:
        if model is None:
            raise ValueError("check_callbacks(fit=...) needs model=, a builder of a compiled model")
        fit_settings = {"dataset": fit["dataset"], "epochs": int(fit["epochs"]),
                        "batch_size": int(fit.get("batch_size", 32)),
                        "validation_split": float(fit.get("validation_split", 0.25)),
                        "examples": int(fit["examples"]) if fit.get("examples") else None}

    def record(target: Any, what: str) -> dict:
        runs = [drive(target, run, learning_rate=learning_rate, what=what) for run in logs]
        result = {"callbacks": runs[0]["callbacks"] if runs else [], "runs": runs}
        if fit_settings is not None:
            result["fit"] = fit_run(target, model, what=what, **fit_settings)
        return result

    given = isinstance(reference, (list, tuple)) and all(isinstance(run, dict) for run in reference) \
        and not isinstance(reference, keras.callbacks.Callback)
    if given and (fit_settings is not None or len(reference) != len(logs)):
        raise ValueError("check_callbacks: an expected recording needs one dict per scripted run and no fit")
    with quiet():
        expected = {"runs": [dict(run) for run in reference]} if given else record(reference, "the reference callbacks")
    expectation = {"logs": [[{k: float(v) for k, v in e.items()} for e in run] for run in logs],
                   "runs": expected["runs"], "fit": expected.get("fit"),
                   "fit_epochs": fit_settings["epochs"] if fit_settings else None}

    def observe() -> dict:
        return record(callbacks, label)

    return run_check("check_callbacks", observe, expectation, points)
