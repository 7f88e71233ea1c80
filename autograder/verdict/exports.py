"""Read one submission's check exports without trusting them.

The exports were written inside the sandbox, by code the student could change. They are read as
data only: regular files (never links), named like ``0000-check_name.json`` + ``.npz``, of bounded
size, JSON parsed with the standard library and arrays loaded with ``allow_pickle=False``. Any
deviation raises :class:`MalformedExport` with a reason that is recorded with the 0 it earns.
"""

from __future__ import annotations

import json
import os
import re
import stat
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

JSON_NAME = re.compile(r"^(\d{4})-([A-Za-z0-9_]{1,64})(~*)\.json$")
MAX_JSON_BYTES = 8 * 1024 * 1024
MAX_NPZ_BYTES = 256 * 1024 * 1024
MAX_FILES = 200
MAX_DEPTH = 40


class MalformedExport(ValueError):
    """An export folder or file that cannot be trusted as data; the message is the reason."""


@dataclass
class Export:
    """One exported check: its name, the observation (data), the points it was called with."""

    check: str
    observation: dict
    points: float
    source: str


def _regular_size(path: Path) -> int:
    info = os.lstat(path)
    if not stat.S_ISREG(info.st_mode):
        raise MalformedExport(f"{path.name} is not a regular file")
    return info.st_size


def _read_bytes(path: Path, limit: int) -> bytes:
    size = _regular_size(path)
    if size > limit:
        raise MalformedExport(f"{path.name} is {size} bytes, over the {limit}-byte limit")
    fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW)
    with os.fdopen(fd, "rb") as handle:
        return handle.read(limit + 1)


def _load_arrays(path: Path) -> dict[str, np.ndarray]:
    if not os.path.lexists(path):
        return {}
    data = _read_bytes(path, MAX_NPZ_BYTES)
    import io

    try:
        with np.load(io.BytesIO(data), allow_pickle=False) as npz:
            arrays = {key: npz[key] for key in npz.files}
    except (ValueError, OSError, zipfile.BadZipFile, KeyError, EOFError) as error:
        raise MalformedExport(f"{path.name} is not a NumPy archive without pickles: {error}") from error
    for key, array in arrays.items():
        if array.dtype.hasobject:
            raise MalformedExport(f"{path.name}: array {key} holds Python objects")
    return arrays


def decode(value: Any, arrays: dict[str, np.ndarray], depth: int = 0) -> Any:
    """Turn exported plain data back into values, ``{"__npz__": key}`` into its array."""
    if depth > MAX_DEPTH:
        raise MalformedExport("the observation is nested too deeply")
    if isinstance(value, dict):
        if set(value) == {"__npz__"}:
            key = value["__npz__"]
            if not isinstance(key, str) or key not in arrays:
                raise MalformedExport(f"the observation refers to a missing array {key!r}")
            return np.asarray(arrays[key])
        return {str(k): decode(v, arrays, depth + 1) for k, v in value.items()}
    if isinstance(value, list):
        return [decode(v, arrays, depth + 1) for v in value]
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    raise MalformedExport(f"unexpected value of type {type(value).__name__}")


def read_export(path: Path) -> Export:
    """Read one ``NNNN-check.json`` (+ its ``.npz``); raise :class:`MalformedExport` when unusable."""
    match = JSON_NAME.match(path.name)
    if not match:
        raise MalformedExport(f"unexpected file name {path.name!r}")
    try:
        payload = json.loads(_read_bytes(path, MAX_JSON_BYTES).decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as error:
        raise MalformedExport(f"{path.name} is not valid JSON: {error}") from error
    if not isinstance(payload, dict):
        raise MalformedExport(f"{path.name} does not hold a JSON object")
    check, observation, points = payload.get("check"), payload.get("observation"), payload.get("points")
    if not isinstance(check, str) or check != match.group(2):
        raise MalformedExport(f"{path.name} names the check {check!r}, not {match.group(2)!r}")
    if not isinstance(observation, dict):
        raise MalformedExport(f"{path.name} has no observation object")
    if isinstance(points, bool) or not isinstance(points, (int, float)):
        raise MalformedExport(f"{path.name} has no number of points")
    arrays = _load_arrays(path.with_suffix(".npz"))
    return Export(check, decode(observation, arrays), float(points), path.name)


def read_raw_payload(path: Path) -> tuple[dict, dict[str, np.ndarray]]:
    """The whole JSON payload and arrays of a *trusted* export (the reference run's)."""
    payload = json.loads(_read_bytes(path, MAX_JSON_BYTES).decode("utf-8"))
    return payload, _load_arrays(path.with_suffix(".npz"))


def read_cell_exports(folder: Path) -> list[Export]:
    """Every export of one test cell, in the order they were written.

    Raises:
        MalformedExport: the folder is missing or a link, holds too many or unexpected files, or
            any file is unusable.
    """
    try:
        info = os.lstat(folder)
    except FileNotFoundError as error:
        raise MalformedExport("no export: the hidden test did not reach its check "
                              "(an error, a timeout or a dead kernel before it)") from error
    if not stat.S_ISDIR(info.st_mode):
        raise MalformedExport(f"the export folder {folder.name} is not a folder")
    names = sorted(os.listdir(folder))
    if len(names) > MAX_FILES:
        raise MalformedExport(f"{len(names)} files in the export folder (at most {MAX_FILES})")
    exports = []
    for name in names:
        if name.endswith(".npz"):
            continue
        exports.append(read_export(folder / name))
    if not exports:
        raise MalformedExport("no export: the hidden test did not reach its check")
    return exports
