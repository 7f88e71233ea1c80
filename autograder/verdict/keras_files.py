"""Open a student's Keras model file in the trusted process, safely.

A ``.keras`` file is a zip of ``config.json`` (what to build), ``metadata.json`` and the weights
(HDF5, no pickles). Before Keras reads it, :func:`inspect_keras_file` refuses, with a message a
student can act on:

* archives that are not plain ``.keras`` zips (HDF5 ``.h5`` models, pickles, SavedModel folders),
  too large, or with too many members;
* configurations that would run code the course does not provide: ``Lambda`` layers, serialized
  Python functions, custom layers, losses and metrics. The walk over the configuration is the one
  ``check_training`` applies to the models it exports
  (:func:`autograder.checks.model_config.refuse_unsafe_objects`).

Then :func:`load_keras_model` loads it with ``safe_mode=True`` and ``compile=False``, passing only
the course's own custom objects. Nothing is ever unpickled.
"""

from __future__ import annotations

import json
import os
import stat
import zipfile
from pathlib import Path

MAX_MEMBERS = 16
MAX_UNCOMPRESSED = 512 * 1024 * 1024
MAX_CONFIG = 16 * 1024 * 1024


class RefusedModel(ValueError):
    """A model file the grader will not load; the message says why and what to do instead."""


def inspect_keras_file(path: str | os.PathLike, allowed_modules: tuple[str, ...] = ("course",),
                       compile_config_as_data: bool = False) -> dict:
    """Check a ``.keras`` file without building anything; return its configuration.

    Args:
        path: the file.
        allowed_modules: modules whose custom objects the course provides.
        compile_config_as_data: leave the top-level ``compile_config`` (loss, metrics, optimizer)
            out of the walk, for a caller that loads with ``compile=False`` (Keras then never
            deserializes it) and only reads it as JSON.

    Raises:
        RefusedModel: what is wrong, in words a student can act on.
    """
    path = Path(path)
    try:
        info = os.lstat(path)
    except OSError as error:
        raise RefusedModel(f"{path.name}: no such model file") from error
    if not stat.S_ISREG(info.st_mode):
        raise RefusedModel(f"{path.name} is not a regular file")
    if path.suffix != ".keras" or not zipfile.is_zipfile(path):
        raise RefusedModel(f"{path.name}: only the native Keras format is accepted; save with "
                           "model.save('model.keras') (no .h5, no pickle, no SavedModel)")
    with zipfile.ZipFile(path) as archive:
        members = archive.infolist()
        if len(members) > MAX_MEMBERS or sum(m.file_size for m in members) > MAX_UNCOMPRESSED:
            raise RefusedModel(f"{path.name} is too large or holds too many files")
        names = {m.filename for m in members}
        if "config.json" not in names:
            raise RefusedModel(f"{path.name} has no config.json: not a Keras model file")
        if next(m for m in members if m.filename == "config.json").file_size > MAX_CONFIG:
            raise RefusedModel(f"{path.name}: config.json is too large")
        try:
            config = json.loads(archive.read("config.json").decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as error:
            raise RefusedModel(f"{path.name}: config.json is not valid JSON") from error
    # Imported here: the checks package imports TensorFlow, which importing the verdict must not.
    from autograder.checks.model_config import RefusedConfig, refuse_unsafe_objects

    walked = config
    if compile_config_as_data and isinstance(config, dict):
        walked = {key: value for key, value in config.items() if key != "compile_config"}
    try:
        refuse_unsafe_objects(walked, allowed_modules)
    except RefusedConfig as refused:
        raise RefusedModel(f"{path.name}: {refused}") from refused
    return config


def load_keras_model(path: str | os.PathLike, custom_objects: dict | None = None,
                     allowed_modules: tuple[str, ...] = ("course",), compile_config_as_data: bool = False):
    """Inspect, then load a ``.keras`` model with ``safe_mode=True`` and without compiling it.

    Args:
        path: the model file.
        custom_objects: the course's own custom objects (never the student's).
        allowed_modules: modules whose objects the course provides.
        compile_config_as_data: see :func:`inspect_keras_file` (the model is never compiled, so
            a custom metric in the compile settings is never built).

    Raises:
        RefusedModel: the file is refused, or Keras refuses it in safe mode.
    """
    inspect_keras_file(path, allowed_modules, compile_config_as_data)
    from autograder.checks.model_config import safe_mode
    from autograder.quiet import quiet

    with quiet(), safe_mode():
        import keras

        try:
            return keras.saving.load_model(path, custom_objects=custom_objects or {}, compile=False,
                                           safe_mode=True)
        except Exception as error:  # Keras's own refusal (safe mode, unknown object, bad weights)
            raise RefusedModel(f"{Path(path).name} could not be loaded safely: "
                               f"{type(error).__name__}: {str(error)[:300]}") from error
