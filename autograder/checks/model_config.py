"""Keras model configurations from a student: refuse what runs code, rebuild the rest safely.

A Keras model's serialized configuration (``model.to_json()``, or ``config.json`` inside a
``.keras`` file) says which classes and functions to build. Building it must never run code the
course did not write, so before anything is deserialized :func:`refuse_unsafe_objects` walks the
configuration and refuses, with a message a student can act on (which layer, what to use
instead):

* ``Lambda`` / ``TFOpLambda`` layers and serialized Python lambdas (``__lambda__``, or the
  ``{"value": [bytecode, ...]}`` Keras writes for a lambda activation): they carry bytecode;
* layers that load code or files from outside the model (``TFSMLayer``, the JAX/Flax and Torch
  wrappers);
* any class whose module is neither Keras nor the course's own ``course`` package (custom layers,
  subclassed models), any function that is not a Keras built-in (``activation=my_function``), and
  any registered name from another package. TensorFlow's spellings of Keras activations
  (``tf.nn.softmax``, written ``softmax_v2``) are Keras built-ins: :func:`with_keras_names`.

:func:`rebuild_model` then deserializes in Keras safe mode, forced on by :func:`safe_mode` even
where the student's code called ``keras.config.enable_unsafe_deserialization()``, without
compiling, and sets the exported weights after checking their count, shapes and dtypes.
:func:`exported_architecture` writes the configuration a check exports (:func:`architecture`, with
what adapted lookup layers learnt, their vocabulary, written into it); :func:`predict` runs the
rebuilt model on evaluation data.

Used by :mod:`autograder.checks.training` (exports judged in and outside the kernel) and by
:mod:`autograder.verdict.keras_files` (student ``.keras`` files).
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator, Sequence
from typing import Any

import numpy as np

from autograder.checks.failure import CheckFailed
from autograder.quiet import quiet

with quiet():
    import keras
    import tensorflow as tf
    from keras.src.saving.serialization_lib import SafeModeScope

COURSE_MODULES = ("course",)
ARBITRARY_CODE = {"Lambda", "TFOpLambda", "__lambda__"}
OUTSIDE_CODE = {"TFSMLayer", "TorchModuleWrapper", "JaxLayer", "FlaxLayer"}
PLAIN_DATA = {"__tensor__", "__keras_tensor__", "__numpy__", "__bytes__", "__slice__", "__ellipsis__",
              "__tuple__"}
LAYER_KEYS = ("layers", "layer", "forward_layer", "backward_layer", "cell")
BUILTIN_FUNCTION_MODULES = ("activations", "losses", "metrics", "initializers", "regularizers", "constraints")
# TensorFlow functions that are Keras activations under another name. Keras writes a function it
# does not export by its Python name (``tf.nn.softmax`` is ``softmax_v2``, ``tf.nn.swish`` is
# ``swish``), as a ``builtins`` function it cannot load back; these names are read as the Keras
# activation they compute, by the name Keras loads it under.
TF_ACTIVATION_NAMES = {"softmax_v2": "softmax", "log_softmax_v2": "log_softmax", "swish": "silu",
                       "hard_swish": "hard_silu"}
WHAT_TO_USE = ("Build the model from built-in Keras layers (keras.Sequential or the functional API), with "
               "activations, losses and initializers given by name (e.g. activation=\"relu\"), or use "
               "the ones in the course package.")


class RefusedConfig(CheckFailed):
    """A model configuration that will not be built; the message says where and what to use instead.

    A :class:`CheckFailed`, so that a check meeting one fails with the message as it stands.
    """


def _label(entry: dict, where: str, key: str) -> str:
    inner = entry.get("config")
    name = inner.get("name") if isinstance(inner, dict) else None
    kind = entry.get("class_name")
    if isinstance(name, str) and name and key in LAYER_KEYS:
        return f"layer {name!r} ({kind})"
    if not key:
        return f"the model {name!r} ({kind})" if isinstance(name, str) and name else where
    return f"the {key} of {where}"


def _is_lambda_payload(value: dict) -> bool:
    """Keras writes a lambda activation as ``{"value": [base64 bytecode, defaults, closure]}``."""
    payload = value.get("value")
    return set(value) == {"value"} and isinstance(payload, list) and len(payload) == 3 and \
        isinstance(payload[0], str)


def serialized_objects(config: Any, where: str = "the model", key: str = "") -> Iterator[tuple[str, dict]]:
    """Yield ``(where, entry)`` for every serialized Keras object in ``config``, outermost first.

    ``where`` names the object for a student: ``"layer 'dense' (Dense)"``, or
    ``"the activation of layer 'dense' (Dense)"`` for an object nested in a layer's settings. A
    serialized lambda without a class name is yielded as ``{"class_name": "__lambda__"}``.
    """
    if isinstance(config, dict):
        if "class_name" in config:
            where = _label(config, where, key)
            yield where, config
        elif _is_lambda_payload(config):
            yield (f"the {key} of {where}" if key else where), {"class_name": "__lambda__"}
            return
        for child_key, value in config.items():
            yield from serialized_objects(value, where, key if child_key == "config" else child_key)
    elif isinstance(config, list):
        for value in config:
            yield from serialized_objects(value, where, key)


def keras_function_name(name: Any) -> Any:
    """The Keras name of a function a configuration names: ``"softmax_v2"`` (``tf.nn.softmax``) is
    ``"softmax"``; any other name is returned as it is."""
    return TF_ACTIVATION_NAMES.get(name, name) if isinstance(name, str) else name


def _keras_builtin_function(name: Any) -> bool:
    name = keras_function_name(name)
    return isinstance(name, str) and name.isidentifier() and not name.startswith("_") and any(
        callable(getattr(getattr(keras, module), name, None)) for module in BUILTIN_FUNCTION_MODULES)


def with_keras_names(config: Any) -> Any:
    """A copy of ``config`` in which the TensorFlow spellings of Keras activations name the Keras one.

    ``Dense(4, activation=tf.nn.softmax)`` is written ``{"module": "builtins", "class_name":
    "function", "config": "softmax_v2"}``, which Keras cannot load; the copy says ``"softmax"``, the
    same function, so that the model rebuilds. Other entries are copied unchanged.
    """
    if isinstance(config, dict):
        if config.get("class_name") == "function" and config.get("module") == "builtins" \
                and config.get("config") in TF_ACTIVATION_NAMES:
            return dict(config, config=keras_function_name(config["config"]))
        return {key: with_keras_names(value) for key, value in config.items()}
    if isinstance(config, list):
        return [with_keras_names(value) for value in config]
    return copy.deepcopy(config)


def _in_modules(module: str, modules: Sequence[str]) -> bool:
    return any(module == m or module.startswith(m + ".") for m in modules)


def _provided(entry: dict, allowed_modules: Sequence[str]) -> bool:
    """True when ``entry`` is a Keras built-in, plain data, or an object of an allowed module."""
    name, module, registered = entry.get("class_name"), entry.get("module"), entry.get("registered_name")
    if module is None:
        return name in PLAIN_DATA
    if not isinstance(module, str):
        return False
    if name == "function" and module == "builtins":  # how Keras writes any plain function
        return _keras_builtin_function(entry.get("config"))
    package = registered.split(">", 1)[0] if isinstance(registered, str) and ">" in registered else None
    if package is not None and not _in_modules(package, ("keras", *allowed_modules)):
        return False
    return _in_modules(module, ("keras",)) or _in_modules(module, allowed_modules)


def refuse_unsafe_objects(config: Any, allowed_modules: Sequence[str] = COURSE_MODULES) -> None:
    """Raise :class:`RefusedConfig` for the first object of ``config`` that could run foreign code.

    Args:
        config: a serialized Keras object (plain JSON data), e.g. ``json.loads(model.to_json())``.
        allowed_modules: packages whose classes the course provides (``("course",)``).

    Raises:
        RefusedConfig: a Lambda layer or Python function, a layer that loads outside code, or a
            custom object; the message names it and says what to use instead.
    """
    try:
        entries = list(serialized_objects(config))
    except RecursionError:
        raise RefusedConfig("the model configuration is nested too deeply to be a Keras model") from None
    for where, entry in entries:
        name = str(entry.get("class_name"))
        if name in ARBITRARY_CODE or "lambda" in name.lower():
            what = "a Lambda layer" if name != "__lambda__" else "a Python lambda"
            raise RefusedConfig(
                f"{where} is {what}, which runs arbitrary Python code when the model is built and is "
                "not accepted. Write the computation with built-in Keras layers (e.g. Rescaling, "
                "Normalization, Activation, Reshape) and activations by name instead of a Lambda.")
        if name in OUTSIDE_CODE:
            raise RefusedConfig(
                f"{where} is a {name}, which loads code or files from outside the model and is not "
                f"accepted. {WHAT_TO_USE}")
        if not _provided(entry, allowed_modules):
            shown = entry.get("config") if name == "function" else name
            raise RefusedConfig(
                f"{where} uses the custom object {shown!r} (module {entry.get('module')!r}), which "
                f"the course does not provide. {WHAT_TO_USE}")


def architecture(model: Any) -> dict:
    """The serialized configuration of a model as plain JSON data, without compile settings."""
    config = json.loads(model.to_json())
    config.pop("compile_config", None)
    return config


def exported_architecture(model: Any) -> dict:
    """:func:`architecture` of a trained model, with what its lookup layers learnt written in.

    What adapted lookup layers learnt (``StringLookup``/``IntegerLookup`` vocabularies, which are
    neither configuration nor weights) is written into their configuration, so that
    :func:`rebuild_model` with ``model.get_weights()`` gives back the same function. Changes those
    layers' serialization settings in place: call it on a model about to be discarded.
    """
    for layer in model._flatten_layers(include_self=False):
        if getattr(layer, "input_vocabulary", False) is None and hasattr(layer, "get_vocabulary"):
            vocabulary = layer.get_vocabulary(include_special_tokens=True)
            if vocabulary:
                layer.input_vocabulary = [v.decode() if isinstance(v, bytes) else v for v in vocabulary]
                if getattr(layer, "output_mode", None) == "tf_idf":
                    layer.input_idf_weights = np.asarray(layer.idf_weights_const).tolist()
    return architecture(model)


def _assign_weights(model: Any, weights: Any) -> None:
    variables = model.weights
    if not isinstance(weights, (list, tuple)) or len(weights) != len(variables):
        count = len(weights) if isinstance(weights, (list, tuple)) else type(weights).__name__
        raise CheckFailed(f"malformed export: {count} weight arrays for a model that has {len(variables)}")
    for variable, value in zip(variables, weights):
        value = np.asarray(value)
        if value.dtype.kind not in "fiub" or tuple(value.shape) != tuple(variable.shape):
            raise CheckFailed(f"malformed export: the weight {variable.path} should be a number array of "
                              f"shape {tuple(variable.shape)}, found {value.dtype} {tuple(value.shape)}")
        variable.assign(value.astype(variable.dtype))
    for layer in model._flatten_layers(include_self=False):
        if isinstance(layer, keras.layers.Normalization):
            layer.finalize_state()  # its mean and variance are read from the variables here


def safe_mode() -> SafeModeScope:
    """A scope in which Keras deserializes in safe mode, even after ``enable_unsafe_deserialization()``.

    Keras lets the process-wide flag override ``safe_mode=True`` arguments; this scope does not.
    """
    return SafeModeScope(True)


def rebuild_model(config: Any, weights: Any, allowed_modules: Sequence[str] = COURSE_MODULES) -> Any:
    """Build a model from an exported configuration and weights, refusing anything unsafe.

    Args:
        config: what :func:`exported_architecture` returned (untrusted plain data).
        weights: the list of arrays ``model.get_weights()`` returned (untrusted).
        allowed_modules: packages whose classes the course provides.

    Returns:
        An uncompiled ``keras.Model`` holding the weights.

    Raises:
        CheckFailed: the configuration holds a Lambda or a custom object (the student's message),
            cannot be built in safe mode, is not a model, or the weights do not fit it
            (``"malformed export: ..."``).
    """
    if not isinstance(config, dict):
        raise CheckFailed("malformed export: the model architecture is not a serialized Keras object")
    refuse_unsafe_objects(config, allowed_modules)
    config = with_keras_names({key: value for key, value in config.items() if key != "compile_config"})
    try:
        with safe_mode():
            model = keras.saving.deserialize_keras_object(config, safe_mode=True)
    except Exception as error:  # Keras's own refusal, an unknown class, a broken configuration
        raise CheckFailed(f"malformed export: the model could not be rebuilt safely "
                          f"({type(error).__name__}: {str(error)[:300]})") from error
    if not isinstance(model, keras.Model):
        raise CheckFailed(f"malformed export: the architecture builds a {type(model).__name__}, not a model")
    _assign_weights(model, weights)
    return model


def predict(model: Any, inputs: Any, batch_size: int = 1024) -> np.ndarray:
    """The model's outputs on ``inputs`` (an array, or a dict/list of arrays or tensors), eagerly.

    A plain call per batch, without ``model.predict``'s tracing: the same numbers every call. A
    single output given as a dict or list of one tensor counts as that tensor.

    Raises:
        CheckFailed: the model cannot take these inputs, or has several outputs.
    """
    leaves = tf.nest.flatten(inputs)
    count = len(leaves[0]) if leaves else 0
    outputs = []
    try:
        for start in range(0, count, batch_size):
            batch = tf.nest.map_structure(lambda value: tf.convert_to_tensor(value[start:start + batch_size]),
                                          inputs)
            outputs.append(tf.nest.flatten(model(batch, training=False)))
    except Exception as error:  # inputs of the wrong shape or kind for this model
        raise CheckFailed(f"the rebuilt model could not predict the evaluation data "
                          f"({type(error).__name__}: {str(error)[:300]})") from error
    if any(len(output) != 1 for output in outputs):
        raise CheckFailed(f"the rebuilt model has {len(outputs[0])} outputs; a single output is graded")
    outputs = [np.asarray(output[0]) for output in outputs]
    if not outputs:
        raise CheckFailed("malformed export: no evaluation data to predict")
    return np.concatenate(outputs)
