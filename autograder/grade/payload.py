"""Folders as plain data: the job a worker receives and the files it sends back cross processes
and machines as JSON (base64 file contents), never as pickles."""

from __future__ import annotations

import base64
import fnmatch
from pathlib import Path


def pack_folder(folder: Path, ignore: list[str] | tuple[str, ...] = ()) -> dict[str, str]:
    """Return ``{relative posix path: base64 bytes}`` for every file under ``folder``.

    Files and folders whose name matches a pattern in ``ignore`` (nbgrader's ``CourseDirectory.ignore``
    style) are skipped; a missing folder packs to an empty dict.
    """
    packed: dict[str, str] = {}
    folder = Path(folder)
    if not folder.is_dir():
        return packed
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder)
        if any(fnmatch.fnmatch(part, pattern) for part in relative.parts for pattern in ignore):
            continue
        if path.is_file() and not path.is_symlink():
            packed[relative.as_posix()] = base64.b64encode(path.read_bytes()).decode("ascii")
    return packed


def unpack_folder(packed: dict[str, str], folder: Path) -> None:
    """Write the files of ``packed`` (from :func:`pack_folder`) under ``folder``.

    Raises:
        ValueError: when a path would land outside ``folder`` (absolute or ``..``).
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    base = folder.resolve()
    for relative, data in packed.items():
        target = (folder / relative).resolve()
        if base != target and base not in target.parents:
            raise ValueError(f"refusing to write {relative!r} outside {folder}")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(base64.b64decode(data))
