"""``keras-course reference``: build a chapter's grading reference ahead of ``keras-course grade``.

``grade`` builds the chapter's reference itself (beside the first submissions) when its cache
holds none for the current key; building it once right after releasing the chapter, or before
a deadline, makes every grading run of that chapter start with it. The key (source files,
grading code, limits, sandbox mode) is the one ``grade`` computes with the same ``--timeout``
and ``--sandbox``: see :mod:`autograder.grade.chapter_reference`.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from autograder.errors import CourseError
from autograder.grade.chapter_reference import CACHE, cached_references, chapter_references
from autograder.grade.course_config import load_course_config


@dataclass
class Prepared:
    """One chapter's reference: where it is cached, and whether this call built it (and how long)."""

    chapter: str
    cache: Path
    built: bool
    seconds: float

    def line(self) -> str:
        """One line for the instructor's terminal."""
        if self.built:
            return f"{self.chapter}: reference built in {self.seconds:.1f} s ({self.cache})"
        return f"{self.chapter}: reference already up to date ({self.cache})"


def source_chapters(root: Path, source_directory: str) -> list[str]:
    """The chapters that have a source folder with at least one notebook, sorted."""
    folder = root / source_directory
    return sorted(p.name for p in folder.iterdir() if p.is_dir() and any(p.glob("*.ipynb"))) \
        if folder.is_dir() else []


def prepare_references(chapters: list[str] | tuple[str, ...] = (), *, root: str | Path = ".",
                       timeout: float | None = None, sandbox: str = "auto") -> list[Prepared]:
    """Build (or find up to date) the grading reference of each chapter, all source chapters by default.

    ``timeout`` and ``sandbox`` must be what ``grade`` will be given: they are part of the key.

    Raises:
        CourseError: no course root, an unknown chapter, a bad ``sandbox`` value, or an
            instructor's notebook that does not run or does not earn its own points.
    """
    from autograder.grade.run import DEFAULT_TIMEOUT, check_sandbox_mode, default_limits

    check_sandbox_mode(sandbox)
    course = load_course_config(root)
    coursedir = course.coursedir
    limits = default_limits(course, DEFAULT_TIMEOUT if timeout is None else timeout)
    names = list(chapters) or source_chapters(course.root, coursedir.source_directory)
    if not names:
        raise CourseError(f"no chapter in {course.root / coursedir.source_directory}: nothing to prepare")
    done = []
    for chapter in names:
        source_dir = Path(coursedir.format_path(coursedir.source_directory, ".", chapter))
        if not source_dir.is_dir():
            raise CourseError(f"unknown chapter {chapter!r}: no folder {source_dir}")
        cache = course.root / CACHE / chapter
        started = time.monotonic()
        if cached_references(course.root, source_dir, chapter, limits, sandbox) is not None:
            done.append(Prepared(chapter, cache, False, 0.0))
            continue
        chapter_references(course.root, source_dir, chapter, limits, sandbox)
        done.append(Prepared(chapter, cache, True, time.monotonic() - started))
    return done
