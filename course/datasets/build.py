"""Regenerate the shipped data files and MANIFEST.json: ``python -m course.datasets.build [DIR]``.

Every file is a function of the generator code and fixed seeds, so rebuilding gives the same
bytes; tests compare a rebuild with the shipped files.
"""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import numpy as np

from course.datasets.registry import DATASETS, file_name
from course.datasets.storage import DATA_DIR


def npz_bytes(arrays: dict[str, np.ndarray]) -> bytes:
    """Return the bytes of a compressed .npz of ``arrays`` (deterministic: fixed zip timestamps)."""
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for key in sorted(arrays):
            array_buffer = io.BytesIO()
            np.lib.format.write_array(array_buffer, np.asarray(arrays[key]), allow_pickle=False)
            info = zipfile.ZipInfo(f"{key}.npy", date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, array_buffer.getvalue())
    return buffer.getvalue()


def build_all(directory: Path = DATA_DIR) -> dict[str, str]:
    """Write every dataset file and MANIFEST.json into ``directory``; return the manifest."""
    import hashlib

    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    manifest = {}
    for name, module in DATASETS.items():
        data = npz_bytes(module.build())
        (directory / file_name(name)).write_bytes(data)
        manifest[file_name(name)] = hashlib.sha256(data).hexdigest()
    (directory / "MANIFEST.json").write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n")
    return manifest


def main(argv: list[str] | None = None) -> int:
    """Command-line entry: build into DIR (default: the package's data folder) and list the files."""
    argv = sys.argv[1:] if argv is None else argv
    directory = Path(argv[0]) if argv else DATA_DIR
    for name, digest in build_all(directory).items():
        size = (directory / name).stat().st_size
        print(f"{name:18s} {size:8d} bytes  sha256 {digest[:16]}...")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
