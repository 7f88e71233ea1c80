"""Open a student's Keras model file in the trusted process, safely.

A ``.keras`` file is a zip of ``config.json`` (what to build), ``metadata.json`` and the weights
(HDF5, no pickles). Before Keras reads it, :func:`inspect_keras_file` walks the configuration and
refuses, with a message a student can act on:

* ``Lambda`` layers and serialized Python functions (``__lambda__``): they carry bytecode that
  runs when the model is built;
* objects that are neither Keras built-ins nor provided by the course (custom layers, losses,
  metrics registered by the student's code);
* archives that are not plain ``.keras`` zips (HDF5 ``.h5`` models, pickles, SavedModel folders),
  too large, or with too many members.

Then :func:`load_keras_model` loads it with ``safe_mode=True`` and ``compile=False``, passing only
the course's own custom objects. Nothing is ever unpickled.
"""

from __future__ import annotations

import json
import os
import stat
import zipfile
from pathlib import Path
from typing import Any

MAX_MEMBERS = 16
MAX_UNCOMPRESSED = 512 * 1024 * 1024
MAX_CONFIG = 16 * 1024 * 1024
KERAS_MODULES = ("keras", "keras.")
ARBITRARY_CODE = {"Lambda", "__lambda__", "TFOpLambda"}


class RefusedModel(ValueError):
    """A model file the grader will not load; the message says why and what to do instead."""


def _objects(config: Any, path: str = "model"):
    """Yield ``(where, serialized object dict)`` for every serialized Keras object in ``config``."""
    if isinstance(config, dict):
        if "class_name" in config:
            yield path, config
        for key, value in config.items():
            yield from _objects(value, f"{path}.{key}")
    elif isinstance(config, list):
        for index, value in enumerate(config):
            yield from _objects(value, f"{path}[{index}]")


def _allowed(entry: dict, allowed_modules: tuple[str, ...]) -> bool:
    module = entry.get("module")
    if module is None:
        return entry.get("class_name") in ("__tensor__", "__numpy__", "__bytes__", "__typespec__",
                                           "__slice__", "__ellipsis__", "__tuple__")
    module = str(module)
    return module == "keras" or module.startswith(KERAS_MODULES) or \
        any(module == m or module.startswith(m + ".") for m in allowed_modules)


def inspect_keras_file(path: str | os.PathLike, allowed_modules: tuple[str, ...] = ("course",)) -> dict:
    """Check a ``.keras`` file without building anything; return its configuration.

    Args:
        path: the file.
        allowed_modules: modules whose custom objects the course provides.

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
        except (UnicodeDecodeError, json.JSONDecodeError) as error:
            raise RefusedModel(f"{path.name}: config.json is not valid JSON") from error
    for where, entry in _objects(config):
        name = str(entry.get("class_name"))
        if name in ARBITRARY_CODE or "lambda" in name.lower():
            raise RefusedModel(
                f"{path.name}: {where} is a {name} layer or function, which runs arbitrary Python "
                "code when loaded and is not accepted. Write the computation with built-in Keras "
                "layers (e.g. Rescaling, Activation, Reshape) instead of Lambda.")
        if not _allowed(entry, allowed_modules):
            raise RefusedModel(
                f"{path.name}: {where} uses the custom object {name!r} "
                f"(module {entry.get('module')!r}), which the course does not provide. Use "
                "built-in Keras layers, losses and metrics, or the ones in the course package.")
    return config


def load_keras_model(path: str | os.PathLike, custom_objects: dict | None = None,
                     allowed_modules: tuple[str, ...] = ("course",)):
    """Inspect, then load a ``.keras`` model with ``safe_mode=True`` and without compiling it.

    Args:
        path: the model file.
        custom_objects: the course's own custom objects (never the student's).
        allowed_modules: modules whose objects the course provides.

    Raises:
        RefusedModel: the file is refused, or Keras refuses it in safe mode.
    """
    inspect_keras_file(path, allowed_modules)
    from autograder.quiet import quiet

    with quiet():
        import keras

        try:
            return keras.saving.load_model(path, custom_objects=custom_objects or {}, compile=False,
                                           safe_mode=True)
        except Exception as error:  # Keras's own refusal (safe mode, unknown object, bad weights)
            raise RefusedModel(f"{Path(path).name} could not be loaded safely: "
                               f"{type(error).__name__}: {str(error)[:300]}") from error
