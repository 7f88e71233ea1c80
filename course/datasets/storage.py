"""The shipped data files: where they live, their sha256 manifest, verified loading."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import numpy as np

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
MANIFEST = DATA_DIR / "MANIFEST.json"


class DataIntegrityError(RuntimeError):
    """A shipped data file is missing or does not match its checksum in MANIFEST.json."""


def sha256_file(path: Path) -> str:
    """Return the hex sha256 of a file's bytes."""
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def read_manifest(directory: Path = DATA_DIR) -> dict[str, str]:
    """Return ``{file name: sha256}`` from ``MANIFEST.json`` in ``directory``."""
    return json.loads((Path(directory) / "MANIFEST.json").read_text(encoding="utf-8"))


def load_verified(file_name: str, directory: Path = DATA_DIR) -> dict[str, np.ndarray]:
    """Load ``file_name`` (an .npz) after checking its sha256 against the manifest.

    Raises:
        DataIntegrityError: the file is missing, unlisted, or its checksum differs.
    """
    path = Path(directory) / file_name
    manifest = read_manifest(directory)
    if file_name not in manifest:
        raise DataIntegrityError(f"{file_name} is not listed in {directory / 'MANIFEST.json'}")
    if not path.exists():
        raise DataIntegrityError(f"{path} is missing; reinstall keras-course or run course/datasets/build.py")
    data = path.read_bytes()
    if hashlib.sha256(data).hexdigest() != manifest[file_name]:
        raise DataIntegrityError(
            f"{path} does not match its sha256 in MANIFEST.json; regenerate it with "
            "python -m course.datasets.build"
        )
    with np.load(path, allow_pickle=False) as npz:
        return {key: npz[key] for key in npz.files}
