"""Folders as plain data: the job a worker receives and the files it sends back cross processes
and machines as JSON (base64 file contents), never as pickles."""

from __future__ import annotations

import base64
import fnmatch
from pathlib import Path


def pack_folder(folder: Path, ignore: list[str] | tuple[str, ...] = (), max_bytes: int | None = None,
                left_out: list[str] | None = None) -> dict[str, str]:
    """Return ``{relative posix path: base64 bytes}`` for every file under ``folder``.

    Files and folders whose name matches a pattern in ``ignore`` (nbgrader's ``CourseDirectory.ignore``
    style) are skipped; a missing folder packs to an empty dict. With ``max_bytes``, notebooks are
    packed first, then the other files in name order while the total stays within ``max_bytes``;
    each file left out is named (with its size) in ``left_out``.
    """
    packed: dict[str, str] = {}
    folder = Path(folder)
    if not folder.is_dir():
        return packed
    files = []
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder)
        if any(fnmatch.fnmatch(part, pattern) for part in relative.parts for pattern in ignore):
            continue
        if path.is_file() and not path.is_symlink():
            files.append((relative, path))
    files.sort(key=lambda item: (item[0].suffix != ".ipynb", item[0].as_posix()))
    total = 0
    for relative, path in files:
        size = path.stat().st_size
        if max_bytes is not None and total + size > max_bytes:
            if left_out is not None:
                left_out.append(f"{relative.as_posix()} ({size} bytes)")
            continue
        total += size
        packed[relative.as_posix()] = base64.b64encode(path.read_bytes()).decode("ascii")
    return packed


def folder_bytes(folder: Path) -> int:
    """Total size of the regular files under ``folder`` (links are not followed)."""
    total = 0
    for path in Path(folder).rglob("*"):
        if path.is_file() and not path.is_symlink():
            total += path.stat().st_size
    return total


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
