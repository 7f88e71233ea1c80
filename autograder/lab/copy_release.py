"""Copying the release notebooks into a student's folder without ever overwriting their work."""

from __future__ import annotations

import shutil
from pathlib import Path

from autograder.errors import CourseError

SKIPPED = {".ipynb_checkpoints", "__pycache__"}


def copy_release(release: Path, workdir: Path) -> list[Path]:
    """Copy every chapter folder of ``release`` into ``workdir``, file by file, skipping existing files.

    A file the student already has (edited or not) is left exactly as it is; only missing files are
    added, so a new chapter released later appears without touching the others.

    Returns:
        The files copied (paths under ``workdir``).

    Raises:
        CourseError: when ``release`` holds no chapter folder.
    """
    chapters = sorted(p for p in release.iterdir() if p.is_dir() and p.name not in SKIPPED) if release.is_dir() else []
    if not chapters:
        raise CourseError(f"{release} holds no chapter folders: run from the course root, or run 'keras-course release'")
    copied = []
    for chapter in chapters:
        for source in sorted(chapter.rglob("*")):
            relative = source.relative_to(release)
            if not source.is_file() or SKIPPED & set(relative.parts):
                continue
            target = workdir / relative
            if target.exists():
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
            copied.append(target)
    return copied
