"""check_keras_file: a ``.keras`` round trip (the file written, and the model loaded back).

The check builds the test's compiled, trained model, calls the student's
``save_and_reload(model, path)`` with a path in a fresh folder, and observes two things:

* the **file** at ``path``: its bytes, exported as data. The judge (in the kernel and in the
  trusted process alike) opens it with :func:`autograder.verdict.load_keras_model`: a plain
  ``.keras`` zip, no Lambda layer or custom layer, loaded in safe mode without compiling, so no
  code from the submission runs; the compile settings (``compile_config``: optimizer, loss,
  metrics, where a custom metric lives) are read as JSON only. The loaded model's predictions on
  the probe inputs must equal the original's, and the compile settings must name the expected
  optimizer, learning rate and metric (class and settings, such as a threshold);
* the **returned model**, observed in the kernel: a compiled Keras model whose predictions, compile
  settings and optimizer step count (``optimizer.iterations``: the optimizer's state came back)
  equal the original's.
"""

from __future__ import annotations

import json
import tempfile
import zipfile
from pathlib import Path
from typing import Any, Callable

import numpy as np

from autograder.checks.failure import CheckFailed
from autograder.checks.observation import call_student, register_judge, run_check
from autograder.determinism import seed_everything
from autograder.quiet import quiet

with quiet():
    import keras

MODEL_SEED = 60605
MAX_FILE_BYTES = 16 * 1024 * 1024


def _compile_facts(compile_config: Any) -> dict:
    """Optimizer class and rate, and the metrics (class name + settings), from a compile config."""
    config = compile_config if isinstance(compile_config, dict) else {}
    optimizer = config.get("optimizer")
    facts: dict = {"optimizer": None, "learning_rate": None, "metrics": []}
    if isinstance(optimizer, dict):
        facts["optimizer"] = optimizer.get("class_name")
        rate = (optimizer.get("config") or {}).get("learning_rate")
        facts["learning_rate"] = float(rate) if isinstance(rate, (int, float)) else None
    elif isinstance(optimizer, str):
        facts["optimizer"] = optimizer
    metrics = config.get("metrics") or []
    if isinstance(metrics, dict):
        metrics = list(metrics.values())
    for metric in metrics if isinstance(metrics, list) else [metrics]:
        if isinstance(metric, dict):
            settings = metric.get("config") if isinstance(metric.get("config"), dict) else {}
            facts["metrics"].append({"class_name": str(metric.get("class_name")),
                                     "settings": {k: v for k, v in settings.items()
                                                  if isinstance(v, (bool, int, float, str))}})
        else:
            facts["metrics"].append({"class_name": str(metric), "settings": {}})
    return facts


def _has_metric(facts: dict, wanted: dict) -> bool:
    return any(m["class_name"] == wanted["class_name"] and
               all(m["settings"].get(k) == v for k, v in wanted["settings"].items())
               for m in facts["metrics"])


def _shown_metric(wanted: dict) -> str:
    settings = ", ".join(f"{k}={v!r}" for k, v in wanted["settings"].items())
    return f"{wanted['class_name']}({settings})"


def _judge_compile(facts: dict, expectation: dict, where: str) -> None:
    if facts["optimizer"] != expectation["optimizer"]:
        raise CheckFailed(f"{where}: expected the optimizer {expectation['optimizer']}, found "
                          f"{facts['optimizer'] or 'none'} (was the model saved compiled?)")
    if facts["learning_rate"] is None or not np.isclose(facts["learning_rate"], expectation["learning_rate"]):
        raise CheckFailed(f"{where}: expected learning rate {expectation['learning_rate']:g}, found "
                          f"{facts['learning_rate']}")
    for wanted in expectation["metrics"]:
        if not _has_metric(facts, wanted):
            found = ", ".join(_shown_metric(m) for m in facts["metrics"]) or "none"
            raise CheckFailed(f"{where}: expected the metric {_shown_metric(wanted)} in the compile "
                              f"settings, found {found}")


def _judge_file(observation: dict, expectation: dict) -> None:
    from autograder.verdict.keras_files import RefusedModel, load_keras_model

    data = observation.get("file")
    if data is None:
        raise CheckFailed(f"no file at the path given ({expectation['file_name']}): save the model there "
                          "with model.save(path)")
    with tempfile.TemporaryDirectory(prefix="kc-keras-file-", ignore_cleanup_errors=True) as scratch:
        folder = Path(scratch)
        path = folder / expectation["file_name"]
        path.write_bytes(np.asarray(data, dtype=np.uint8).tobytes())
        try:
            loaded = load_keras_model(path, compile_config_as_data=True)
        except RefusedModel as refused:
            raise CheckFailed(f"the saved file: {refused}") from None
        with zipfile.ZipFile(path) as archive:
            config = json.loads(archive.read("config.json").decode("utf-8"))
        with quiet():
            predictions = np.asarray(keras.ops.convert_to_numpy(loaded(np.asarray(expectation["probe"], dtype="float32"), training=False)))
    expected = np.asarray(expectation["predictions"])
    if predictions.shape != expected.shape or not np.allclose(predictions, expected, atol=1e-5):
        raise CheckFailed("the saved file: the model it holds predicts other values than the model you were "
                          "given (were its weights saved?)")
    _judge_compile(_compile_facts(config.get("compile_config")), expectation, "the saved file")


@register_judge("check_keras_file")
def judge_keras_file(observation: dict, expectation: dict, points: float) -> float:
    """Full points when the file and the returned model both hold the original model, compiled."""
    _judge_file(observation, expectation)
    returned = observation["returned"]
    if not returned["is_model"]:
        raise CheckFailed(f"the function should return the loaded keras Model, it returned {returned['type']}")
    if returned.get("is_given"):
        raise CheckFailed("the function returned the model it was given: return the model loaded back "
                          "from the file (keras.saving.load_model(path))")
    if not returned["compiled"]:
        raise CheckFailed("the returned model is not compiled: load it with its compile settings "
                          "(keras.saving.load_model(path), compile=True is the default)")
    found = np.asarray(returned["predictions"])
    expected = np.asarray(expectation["predictions"])
    if found.shape != expected.shape or not np.allclose(found, expected, atol=1e-5):
        raise CheckFailed("the returned model predicts other values than the model you were given: "
                          "return the model loaded from the file")
    _judge_compile(returned["compile"], expectation, "the returned model")
    if returned["iterations"] != expectation["iterations"]:
        raise CheckFailed(f"the returned model's optimizer has taken {returned['iterations']} steps, the "
                          f"original's {expectation['iterations']}: the optimizer's state did not come back "
                          "(save the whole model with model.save, not only its weights)")
    return float(points)


def _observe_returned(loaded: Any, probe: np.ndarray) -> dict:
    if not isinstance(loaded, keras.Model):
        return {"is_model": False, "type": type(loaded).__name__, "compiled": False}
    compiled = bool(getattr(loaded, "compiled", False)) and getattr(loaded, "optimizer", None) is not None
    result = {"is_model": True, "type": type(loaded).__name__, "compiled": compiled}
    if compiled:
        result["compile"] = _compile_facts(keras.saving.serialize_keras_object(loaded.get_compile_config()))
        result["iterations"] = int(keras.ops.convert_to_numpy(loaded.optimizer.iterations))
    result["predictions"] = np.asarray(keras.ops.convert_to_numpy(loaded(probe, training=False)), dtype="float32")
    return result


def check_keras_file(save_and_reload: Callable, *, model: Callable, probe: Any, file_name: str = "model.keras",
                     points: float = 1.0) -> float:
    """Judge a ``.keras`` round trip: the file the student wrote and the model they loaded back.

    Args:
        save_and_reload: the student's function ``(model, path) -> loaded model``.
        model: zero-argument builder of the compiled (and trained) model to save; called once,
            after seeding: the expectation is read from the model before the student's function
            gets it.
        probe: inputs the models predict (hidden tests pass their own).
        file_name: the name of the file in the fresh folder (its path is what the function gets).
        points: full points.

    Raises:
        CheckFailed: no file, a file refused or holding other weights or compile settings, a
            returned object that is not the compiled model with its optimizer state.
    """
    probe = np.asarray(probe, dtype="float32")
    with quiet():
        seed_everything(MODEL_SEED)
        original = model()
        facts = _compile_facts(keras.saving.serialize_keras_object(original.get_compile_config()))
        expectation = {
            "probe": probe, "file_name": file_name,
            "predictions": np.asarray(keras.ops.convert_to_numpy(original(probe, training=False)), dtype="float32"),
            "optimizer": facts["optimizer"], "learning_rate": facts["learning_rate"],
            "metrics": [m for m in facts["metrics"] if m["settings"]],
            "iterations": int(keras.ops.convert_to_numpy(original.optimizer.iterations)),
        }

    def observe() -> dict:
        with tempfile.TemporaryDirectory(prefix="kc-save-", ignore_cleanup_errors=True) as scratch:
            folder = Path(scratch)
            given = original
            path = folder / file_name
            loaded = call_student(save_and_reload, "save_and_reload(model, path)", given, str(path))
            size = path.stat().st_size if path.is_file() else 0
            if size > MAX_FILE_BYTES:
                raise CheckFailed(f"the saved file is {size} bytes, more than the model can need")
            data = np.frombuffer(path.read_bytes(), dtype=np.uint8).copy() if path.is_file() else None
            returned = _observe_returned(loaded, probe)
            returned["is_given"] = loaded is given
            return {"file": data, "returned": returned}

    return run_check("check_keras_file", observe, expectation, points)
