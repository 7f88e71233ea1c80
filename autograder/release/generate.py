"""Regenerating ``release/`` from ``source/`` through nbgrader, atomically, with proof of no leaks."""

from __future__ import annotations

import filecmp
import io
import logging
import re
import tempfile
from pathlib import Path

from autograder.errors import CourseError
from autograder.release.course_root import CourseRoot
from autograder.release.leaks import find_leaks
from autograder.release.validate import validate_notebook

_TRACEBACK_END = re.compile(r"^[A-Za-z_][\w.]*(Error|Exception|Exit)\b.*")


def failure_reason(log: str) -> str:
    """The line of an nbgrader log that says why it failed ('' for an empty log).

    nbgrader ends a failure with "Please see the above traceback for details", which says nothing:
    the last line of the traceback (``SomeError: message``) is preferred, else the last other line.
    """
    lines = [line.strip() for line in log.splitlines() if line.strip()]
    lines = [line for line in lines if not line.startswith("Please see the above traceback")]
    raised = [line for line in lines if _TRACEBACK_END.match(line)]
    return (raised or lines or [""])[-1]


def _nbgrader_config(root: CourseRoot, release_dir: Path, db_url: str | None):
    """Load the course's nbgrader config with the release folder (and database) redirected."""
    from traitlets.config.loader import PyFileConfigLoader

    config = PyFileConfigLoader("nbgrader_config.py", path=str(root.path)).load_config()
    config.CourseDirectory.root = str(root.path)
    config.CourseDirectory.release_directory = str(release_dir)
    if db_url is not None:
        config.CourseDirectory.db_url = db_url
    return config


def run_generate_assignment(root: CourseRoot, chapter: str, release_dir: Path, db_url: str | None) -> None:
    """Run nbgrader's GenerateAssignment for ``chapter`` into ``release_dir/<chapter>``.

    ``db_url`` None records the source cells in the course's own gradebook (as plain
    ``nbgrader generate_assignment`` does); a URL sends them elsewhere (used by ``--check``).

    Raises:
        CourseError: when nbgrader fails, with the line of its log that says why.
    """
    from nbgrader.converters import GenerateAssignment
    from nbgrader.converters.base import NbGraderException
    from nbgrader.coursedir import CourseDirectory

    config = _nbgrader_config(root, release_dir, db_url)
    buffer = io.StringIO()
    handler = logging.StreamHandler(buffer)
    handler.setLevel(logging.WARNING)
    coursedir = CourseDirectory(config=config)
    coursedir.assignment_id = chapter
    converter = GenerateAssignment(coursedir=coursedir, config=config)
    converter.force = True
    converter.create_assignment = True
    converter.log.addHandler(handler)
    converter.log.propagate = False
    try:
        converter.start()
    except (NbGraderException, Exception) as error:  # nbgrader reports details through its log
        reason = failure_reason(buffer.getvalue()) or f"{type(error).__name__}: {error}"
        raise CourseError(f"source/{chapter}: nbgrader generate_assignment failed: {reason}") from error
    finally:
        converter.log.removeHandler(handler)


def generate_release(root: CourseRoot, chapter: str, workdir: Path, db_url: str | None) -> Path:
    """Validate the chapter's source, generate its release under ``workdir`` and prove no leaks.

    Returns the generated ``workdir/<chapter>`` folder. Nothing outside ``workdir`` is written except
    the gradebook named by ``db_url`` (the course's own when None).
    """
    notebook = root.source_notebook(chapter)
    if not notebook.is_file():
        raise CourseError(f"source/{chapter}/{chapter}.ipynb does not exist: each chapter folder holds a notebook of its name")
    for path in sorted((root.source / chapter).glob("*.ipynb")):
        validate_notebook(path, str(path.relative_to(root.path)))
    run_generate_assignment(root, chapter, workdir, db_url)
    generated = workdir / chapter
    leaks = []
    for path in sorted((root.source / chapter).glob("*.ipynb")):
        leaks += find_leaks(path, generated, shown_root=workdir.parent)
    if leaks:
        raise CourseError(f"{leaks[0]} (and {len(leaks) - 1} more); release/ left unchanged" if len(leaks) > 1
                          else f"{leaks[0]}; release/ left unchanged")
    return generated


def write_release(root: CourseRoot, chapters: list[str]) -> list[str]:
    """Regenerate ``release/<chapter>`` for each chapter, all or nothing per chapter.

    Each chapter is generated into a temporary folder inside the course root, checked, then swapped
    into place, so a failure leaves the committed ``release/`` as it was. Returns the chapters written.
    """
    root.release.mkdir(exist_ok=True)
    written = []
    for chapter in chapters:
        with tempfile.TemporaryDirectory(prefix=".release-", dir=root.path) as tmp:
            generated = generate_release(root, chapter, Path(tmp) / "release", db_url=None)
            target = root.release / chapter
            old = Path(tmp) / "previous"
            if target.exists():
                target.rename(old)
            generated.rename(target)
        written.append(chapter)
    return written


def _relative_files(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file()} if folder.is_dir() else set()


def stale_files(root: CourseRoot, chapters: list[str]) -> list[str]:
    """Return the release files (relative to the course root) that differ from what source/ generates.

    Generates into a temporary folder with a throwaway gradebook: nothing in the course changes.
    """
    stale: list[str] = []
    with tempfile.TemporaryDirectory(prefix="keras-course-check-") as tmp:
        db_url = f"sqlite:///{Path(tmp) / 'gradebook.db'}"
        for chapter in chapters:
            generated = generate_release(root, chapter, Path(tmp) / "release", db_url=db_url)
            committed = root.release / chapter
            for name in sorted(_relative_files(generated) | _relative_files(committed)):
                a, b = generated / name, committed / name
                if not (a.is_file() and b.is_file() and filecmp.cmp(a, b, shallow=False)):
                    stale.append(f"release/{chapter}/{name}")
    return stale
