"""Put a worker's autograded files at ``autograded/<student>/<chapter>/``, as nbgrader lays them out."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from autograder.grade.payload import unpack_folder


def place_autograded(destination: Path, files: dict[str, str], permissions: int | None = 0o444) -> None:
    """Replace ``destination`` with ``files`` (packed), never leaving a half-written folder.

    The files are written beside it first, then swapped in with renames; an empty ``files``
    (a failed submission) removes the folder, as nbgrader does for a failed autograde.

    Args:
        destination: ``autograded/<student>/<chapter>``.
        files: from :func:`autograder.grade.payload.pack_folder`.
        permissions: file mode set on every file (nbgrader's default for autograde is 444).
    """
    destination = Path(destination)
    destination.parent.mkdir(parents=True, exist_ok=True)
    staging = None
    if files:
        staging = Path(tempfile.mkdtemp(prefix=f".{destination.name}.new-", dir=destination.parent))
        unpack_folder(files, staging)
        if permissions is not None:
            for dirpath, _, filenames in os.walk(staging):
                for filename in filenames:
                    os.chmod(os.path.join(dirpath, filename), permissions)
        os.chmod(staging, 0o755)
    old = None
    if destination.exists():
        old = Path(tempfile.mkdtemp(prefix=f".{destination.name}.old-", dir=destination.parent))
        os.rmdir(old)
        os.rename(destination, old)
    if staging is not None:
        os.rename(staging, destination)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
