"""check_saved_model and check_litert: exported artefacts judged by what they compute.

A SavedModel is a TensorFlow graph and a LiteRT flatbuffer a program for the LiteRT interpreter:
loading either runs ops the submission chose. So both are loaded **only here, in the notebook's
kernel** (which ``keras-course grade`` runs sandboxed), and what they compute is exported as
numbers: the serving signatures (names, input keys, shapes, dtypes) and the outputs of each
expected signature on the test's inputs; for a flatbuffer its size and its outputs. The judges
(and so the trusted verdict) compare those numbers with the expectation read from the Keras
model before the student's function got it; they never open an artefact.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any, Callable

import numpy as np

from autograder.checks.failure import CheckFailed
from autograder.checks.keras_errors import described_error
from autograder.checks.observation import call_student, register_judge, run_check
from autograder.quiet import quiet

with quiet():
    import keras
    import tensorflow as tf

MAX_EXPORT_BYTES = 32 * 1024 * 1024
# Outputs are compared within 1e-5: computed on the CPU, where float32 matmuls are float32 (a GPU may
# use TF32, about 1e-3 apart) and the LiteRT interpreter runs.
CPU = "/CPU:0"
SHOWN = 3  # values shown when outputs differ


def _built(build: Callable) -> tuple:
    built = build()
    return built if isinstance(built, tuple) else (built,)


def _spec(shape: Any, dtype: Any) -> list:
    return [[None if d is None else int(d) for d in shape], tf.as_dtype(dtype).name]


def _shown_spec(spec: list) -> str:
    return f"{tuple(spec[0])} {spec[1]}"


def _shown_inputs(inputs: dict) -> str:
    return ", ".join(f"{key}: {_shown_spec(spec)}" for key, spec in sorted(inputs.items())) or "none"


def _plain_outputs(value: Any) -> np.ndarray:
    if isinstance(value, dict):
        if len(value) != 1:
            raise CheckFailed(f"it returns {len(value)} outputs ({', '.join(sorted(value))}), expected one")
        value = next(iter(value.values()))
    array = np.asarray(keras.ops.convert_to_numpy(value))
    if not (np.issubdtype(array.dtype, np.number) or array.dtype == np.bool_):
        raise CheckFailed(f"it returns values of dtype {array.dtype}, expected numbers")
    return array


def _close(found: np.ndarray, expected: np.ndarray, atol: float) -> str:
    """'' when ``found`` equals ``expected`` within ``atol`` (same shape), else what differs."""
    if found.shape != expected.shape:
        return f"outputs of shape {tuple(found.shape)}, expected {tuple(expected.shape)}"
    if np.issubdtype(expected.dtype, np.integer) and not np.issubdtype(found.dtype, np.integer):
        return f"outputs of dtype {found.dtype}, expected integers ({expected.dtype})"
    difference = np.abs(found.astype("float64") - expected.astype("float64"))
    if np.all(difference <= atol):
        return ""
    index = int(np.argmax(difference.reshape(len(difference), -1).max(axis=1))) if difference.ndim else 0
    return (f"for example #{index + 1} expected {np.round(expected[index], 6).tolist()}, found "
            f"{np.round(found[index], 6).tolist()} (largest difference {difference.max():.3g}, "
            f"tolerance {atol:g})")


def _folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def _signature_inputs(function: Any) -> dict:
    _, keywords = function.structured_input_signature
    return {key: _spec(spec.shape, spec.dtype) for key, spec in keywords.items()}


def _call_signature(function: Any, inputs: dict, probe: Any) -> np.ndarray:
    if isinstance(probe, dict):
        feed = {key: tf.constant(value) for key, value in probe.items()}
    else:
        feed = {key: tf.constant(probe) for key in inputs}
    if set(feed) != set(inputs):
        raise CheckFailed(f"its inputs are {_shown_inputs(inputs)}, so the test's inputs "
                          f"({', '.join(sorted(feed))}) cannot be fed to it")
    try:
        return _plain_outputs(function(**feed))
    except CheckFailed:
        raise
    except Exception as error:  # the student's graph refused the inputs
        raise CheckFailed(f"calling it on {len(next(iter(feed.values())))} examples raised "
                          f"{described_error(error)}") from None


@register_judge("check_saved_model")
def judge_saved_model(observation: dict, expectation: dict, points: float) -> float:
    """Full points when every expected signature exists with its inputs and computes the model's outputs."""
    found = observation["signatures"]
    for name, wanted in expectation["signatures"].items():
        if name not in found:
            raise CheckFailed(f"the SavedModel has no signature '{name}' (found: "
                              f"{', '.join(sorted(found)) or 'none'})")
        inputs = found[name]["inputs"]
        if inputs != wanted["inputs"]:
            raise CheckFailed(f"signature '{name}': expected the inputs {_shown_inputs(wanted['inputs'])}, "
                              f"found {_shown_inputs(inputs)}")
        if "outputs" not in wanted:
            continue
        result = observation["outputs"].get(name)
        if isinstance(result, str) or result is None:
            raise CheckFailed(f"signature '{name}': {result or 'not called'}")
        problem = _close(np.asarray(result), np.asarray(wanted["outputs"]), expectation["atol"])
        if problem:
            raise CheckFailed(f"signature '{name}' computes other values than the model: {problem}")
    return float(points)


def check_saved_model(export: Callable, *, build: Callable, probe: Any, signatures: dict,
                      atol: float = 1e-5, points: float = 1.0) -> float:
    """Judge a SavedModel the student's ``export(*built, directory)`` writes, by its signatures.

    The check calls ``build()`` (seeded by the test), computes what each signature must return on
    ``probe``, then calls the student's function with what ``build`` returned and a fresh folder.
    In the kernel it loads the folder with ``tf.saved_model.load`` and observes every signature's
    input keys, shapes and dtypes, and the outputs of the expected ones on ``probe``.

    Args:
        export: the student's function ``(*built, directory) -> None``.
        build: zero-argument function returning the object(s) given to ``export`` (a model or a
            tuple such as ``(preprocess, classifier)``).
        probe: the inputs: one array (fed to a signature's only input) or a dict of arrays by input
            key (strings for string inputs).
        signatures: ``{name: {"inputs": {key: (shape, dtype)}, "outputs": function(*built, probe)}}``;
            ``"outputs"`` may be left out for a signature whose outputs are not compared.
        atol: absolute tolerance of the outputs (integer outputs must be exact: pass 0).
        points: full points.

    Raises:
        CheckFailed: no SavedModel, a missing signature, other input keys/shapes/dtypes, outputs
            that differ, or the student's function raised.
    """
    with quiet():
        built = _built(build)
        expectation = {"atol": float(atol), "signatures": {}}
        for name, wanted in signatures.items():
            entry = {"inputs": {key: _spec(*spec) for key, spec in wanted["inputs"].items()}}
            if "outputs" in wanted:
                with tf.device(CPU):
                    entry["outputs"] = np.asarray(keras.ops.convert_to_numpy(wanted["outputs"](*built, probe)))
            expectation["signatures"][name] = entry
    what = f"{getattr(export, '__name__', 'export')}(..., directory)"

    def observe() -> dict:
        with tempfile.TemporaryDirectory(prefix="kc-saved-model-", ignore_cleanup_errors=True) as scratch:
            directory = Path(scratch) / "exported"
            call_student(export, what, *built, str(directory))
            if not (directory / "saved_model.pb").is_file():
                raise CheckFailed(f"no SavedModel in the directory given ({what} wrote "
                                  f"{'nothing' if not directory.exists() else 'no saved_model.pb'} there): "
                                  "write it with model.export(directory) or an ExportArchive")
            if _folder_bytes(directory) > MAX_EXPORT_BYTES:
                raise CheckFailed("the SavedModel is larger than the model can need")
            try:
                loaded = tf.saved_model.load(str(directory))
            except Exception as error:  # not a loadable SavedModel
                raise CheckFailed(f"tf.saved_model.load could not load it: {described_error(error)}") from None
            found, outputs = {}, {}
            for name, function in loaded.signatures.items():
                found[name] = {"inputs": _signature_inputs(function)}
            for name, wanted in expectation["signatures"].items():
                if name in found and "outputs" in wanted:
                    try:
                        with tf.device(CPU):
                            outputs[name] = _call_signature(loaded.signatures[name], found[name]["inputs"], probe)
                    except CheckFailed as failure:
                        outputs[name] = failure.message
            return {"signatures": found, "outputs": outputs}

    return run_check("check_saved_model", observe, expectation, points)


def run_flatbuffer(model_content: bytes, x: np.ndarray) -> tuple[np.ndarray, dict]:
    """Run a one-input, one-output LiteRT model on the float32 batch ``x`` (resized to its length).

    Returns the outputs and the dtypes of the model's input and output (``{"input": ..., "output": ...}``);
    a model whose input is not float32 is not run (its dtypes say why).
    """
    from course.litert import new_interpreter

    interpreter = new_interpreter(model_content)
    inputs, outputs = interpreter.get_input_details(), interpreter.get_output_details()
    if len(inputs) != 1 or len(outputs) != 1:
        raise CheckFailed(f"the LiteRT model has {len(inputs)} inputs and {len(outputs)} outputs, "
                          "expected one of each")
    dtypes = {"input": np.dtype(inputs[0]["dtype"]).name, "output": np.dtype(outputs[0]["dtype"]).name}
    if dtypes["input"] != "float32":
        return np.zeros((0,), dtype="float32"), dtypes
    interpreter.resize_tensor_input(inputs[0]["index"], list(x.shape))
    interpreter.allocate_tensors()
    interpreter.set_tensor(inputs[0]["index"], np.asarray(x, dtype="float32"))
    interpreter.invoke()
    return np.array(interpreter.get_tensor(outputs[0]["index"])), dtypes


def float_flatbuffer(model: Any) -> bytes:
    """The model converted to LiteRT without optimizations (the size a quantized model is compared to)."""
    with quiet():
        return tf.lite.TFLiteConverter.from_keras_model(model).convert()


def _accuracy(probabilities: np.ndarray, labels: np.ndarray) -> float:
    return float(np.mean((probabilities.reshape(len(labels)) > 0.5).astype("int32") == labels))


@register_judge("check_litert")
def judge_litert(observation: dict, expectation: dict, points: float) -> float:
    """Full points when the flatbuffer's outputs, size and accuracy meet the expectation."""
    for side in ("input", "output"):
        if observation["dtypes"][side] != "float32":
            raise CheckFailed(f"the LiteRT model's {side} is {observation['dtypes'][side]}, expected float32 "
                              "(keep float inputs and outputs: no inference_input_type/inference_output_type)")
    found = np.asarray(observation["outputs"])
    expected = np.asarray(expectation["outputs"])
    if found.shape != expected.shape:
        raise CheckFailed(f"the LiteRT model returns outputs of shape {tuple(found.shape)}, expected "
                          f"{tuple(expected.shape)}")
    if expectation.get("atol") is not None:
        problem = _close(found, expected, expectation["atol"])
        if problem:
            raise CheckFailed(f"the LiteRT model computes other values than the Keras model: {problem}")
    ratio = expectation.get("max_size_ratio")
    if ratio is not None:
        share = observation["size"] / expectation["float_size"]
        if share > ratio:
            raise CheckFailed(f"the LiteRT model is {observation['size']} bytes, {share:.0%} of the "
                              f"unoptimized model's {expectation['float_size']} bytes: expected at most "
                              f"{ratio:.0%} (dynamic-range quantization stores the weights as int8)")
    drop = expectation.get("max_accuracy_drop")
    if drop is not None:
        labels = np.asarray(expectation["labels"])
        keras_accuracy = _accuracy(expected, labels)
        litert_accuracy = _accuracy(found, labels)
        if keras_accuracy - litert_accuracy > drop:
            raise CheckFailed(f"the LiteRT model's accuracy is {litert_accuracy:.3f}, the Keras model's "
                              f"{keras_accuracy:.3f}: it may lose at most {drop:g}")
    return float(points)


def check_litert(convert: Callable, *, model: Callable, probe: Any, atol: float | None = None,
                 labels: Any = None, max_size_ratio: float | None = None,
                 max_accuracy_drop: float | None = None, points: float = 1.0) -> float:
    """Judge the LiteRT flatbuffer the student's ``convert(model)`` returns, by running it.

    The check builds the model (``model()``, seeded by the test), computes its predictions on
    ``probe`` (and, for a size limit, the size of its unoptimized conversion), then calls the
    student's function. In the kernel it runs the returned bytes in the LiteRT interpreter
    (:mod:`course.litert`) on ``probe`` as one batch and observes the outputs and the size.

    Args:
        convert: the student's function ``(model) -> bytes``.
        model: zero-argument builder of the (trained) Keras model.
        probe: float inputs, one batch.
        atol: absolute tolerance of the outputs against the Keras model's (None: not compared).
        labels: 0/1 labels of ``probe``, for ``max_accuracy_drop`` (a sigmoid output, cut at 0.5).
        max_size_ratio: the largest allowed size as a share of the unoptimized conversion's size.
        max_accuracy_drop: how much accuracy the LiteRT model may lose against the Keras model.
        points: full points.

    Raises:
        CheckFailed: not bytes, a flatbuffer the interpreter refuses (custom or TensorFlow ops),
            inputs or outputs that are not float32, outputs off by more than ``atol``, too large, or too inaccurate.
    """
    probe = np.asarray(probe, dtype="float32")
    with quiet():
        built = model()
        with tf.device(CPU):  # the interpreter runs on the CPU: no TF32 matmuls in the expectation
            outputs = np.asarray(keras.ops.convert_to_numpy(built(probe, training=False)))
        expectation = {"outputs": outputs,
                       "atol": None if atol is None else float(atol)}
        if max_size_ratio is not None:
            expectation["max_size_ratio"] = float(max_size_ratio)
            expectation["float_size"] = len(float_flatbuffer(built))
        if max_accuracy_drop is not None:
            expectation["max_accuracy_drop"] = float(max_accuracy_drop)
            expectation["labels"] = np.asarray(labels, dtype="int32")
    what = f"{getattr(convert, '__name__', 'convert')}(model)"

    def observe() -> dict:
        content = call_student(convert, what, built)
        if not isinstance(content, (bytes, bytearray)):
            raise CheckFailed(f"{what} should return the flatbuffer as bytes (what converter.convert() "
                              f"returns), it returned {type(content).__name__}")
        if len(content) > MAX_EXPORT_BYTES:
            raise CheckFailed("the LiteRT model is larger than the model can need")
        try:
            outputs, dtypes = run_flatbuffer(bytes(content), probe)
        except (CheckFailed, ImportError):
            raise
        except Exception as error:  # the interpreter refused the flatbuffer (custom ops, TF ops...)
            raise CheckFailed(f"the LiteRT interpreter could not run the model: {described_error(error)}") from None
        return {"outputs": outputs, "dtypes": dtypes, "size": len(content)}

    return run_check("check_litert", observe, expectation, points)
