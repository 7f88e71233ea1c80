"""Regenerate the shipped data files and MANIFEST.json: ``python -m course.datasets.build [--check] [DIR]``.

Every file is a function of the generator code and fixed seeds, so rebuilding gives the same
bytes; tests compare a rebuild with the shipped files. ``--check`` rebuilds in memory and says
whether DIR's MANIFEST.json and files are what the code generates, writing nothing.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
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


def build_files() -> dict[str, bytes]:
    """Return ``{file name: .npz bytes}`` of every shipped dataset, generated in memory."""
    return {file_name(name): npz_bytes(module.build()) for name, module in DATASETS.items()}


def build_all(directory: Path = DATA_DIR) -> dict[str, str]:
    """Write every dataset file and MANIFEST.json into ``directory``; return the manifest."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    manifest = {}
    for name, data in build_files().items():
        (directory / name).write_bytes(data)
        manifest[name] = hashlib.sha256(data).hexdigest()
    (directory / "MANIFEST.json").write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n")
    return manifest


def stale_files(directory: Path = DATA_DIR) -> list[str]:
    """Return one line per way ``directory`` differs from a rebuild (empty when it is up to date).

    Compares the rebuilt files' sha256 with ``directory/MANIFEST.json`` (a changed or missing
    entry, or an entry no dataset builds any more) and with the files themselves (missing or
    changed). Writes nothing.
    """
    directory = Path(directory)
    manifest_path = directory / "MANIFEST.json"
    if not manifest_path.is_file():
        return [f"{manifest_path} is missing"]
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    built = build_files()
    problems = [f"{name}: listed in MANIFEST.json but no dataset builds it"
                for name in sorted(set(manifest) - set(built))]
    for name, data in built.items():
        digest = hashlib.sha256(data).hexdigest()
        path = directory / name
        if name not in manifest:
            problems.append(f"{name}: not listed in MANIFEST.json")
        elif manifest[name] != digest:
            problems.append(f"{name}: rebuilt sha256 {digest[:16]}..., MANIFEST.json lists {manifest[name][:16]}...")
        elif not path.is_file():
            problems.append(f"{name}: missing from {directory}")
        elif hashlib.sha256(path.read_bytes()).hexdigest() != digest:
            problems.append(f"{name}: the file differs from the rebuild")
    return problems


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m course.datasets.build",
        description="Regenerate the shipped reference datasets (.npz) and their MANIFEST.json of sha256 "
                    "checksums. The bytes depend only on the generator code and fixed seeds.")
    parser.add_argument("directory", nargs="?", type=Path, default=DATA_DIR, metavar="DIR",
                        help=f"folder to write into, or to compare with --check (default: the package's data "
                             f"folder, {DATA_DIR})")
    parser.add_argument("--check", action="store_true",
                        help="write nothing; exit 1 and name the files when DIR's MANIFEST.json or files "
                             "differ from a rebuild")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Command-line entry: build into DIR (default: the package's data folder) and list the files.

    Args:
        argv: the arguments (default ``sys.argv[1:]``): ``[--check] [DIR]``; ``--help`` prints the
            usage and exits 0 (``SystemExit``), writing nothing.

    Returns:
        0, or with ``--check`` 1 when DIR is stale (each difference printed on a line).
    """
    args = _parser().parse_args(argv)
    directory = args.directory
    if args.check:
        problems = stale_files(directory)
        for line in problems:
            print(line)
        if problems:
            where = "" if directory == DATA_DIR else f" {directory}"
            print(f"regenerate with: python -m course.datasets.build{where}")
            return 1
        print(f"{directory}: {len(DATASETS)} files match MANIFEST.json and a rebuild")
        return 0
    for name, digest in build_all(directory).items():
        size = (directory / name).stat().st_size
        print(f"{name:18s} {size:8d} bytes  sha256 {digest[:16]}...")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
