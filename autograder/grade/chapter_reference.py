"""The trusted reference of a chapter, built once in the grader and reused while nothing changed.

The verdict (:mod:`autograder.verdict`) judges a submission's exports against expectations taken
from a run of the instructor's own ``source/<chapter>/*.ipynb`` (solutions and hidden tests),
executed in a sandboxed kernel like a submission. That run costs as much as grading one
submission, so its result is kept in ``<course root>/.keras-course/references/<chapter>/`` with a
key: the sha256 of the chapter's source files, of the grading and course code the run depends on,
and of the limits. A changed notebook, data file, check or limit builds it again.

Jobs carry the reference as a packed folder per notebook (``{notebook name: packed folder}``), so
local and Dask workers judge against the same files.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import tempfile
from pathlib import Path

from autograder.errors import CourseError
from autograder.grade.payload import pack_folder
from autograder.sandbox.limits import Limits

CACHE = Path(".keras-course") / "references"
KEY_FILE = "key.json"
CODE_PACKAGES = ("autograder.checks", "autograder.verdict", "autograder.sandbox", "course")


SKIPPED_FOLDERS = (".ipynb_checkpoints", "__pycache__")


def _add_files(digest, folder: Path, pattern: str) -> None:
    """Feed the relative path and bytes of every file matching ``pattern`` under ``folder``."""
    folder = Path(folder)
    for path in sorted(folder.rglob(pattern)):
        if path.is_file() and not any(part in SKIPPED_FOLDERS for part in path.parts):
            digest.update(str(path.relative_to(folder)).encode())
            digest.update(path.read_bytes())


def _code_digest() -> str:
    """sha256 of the Python files of the packages a reference run and its verdict depend on."""
    import importlib

    digest = hashlib.sha256()
    for name in CODE_PACKAGES:
        for folder in importlib.import_module(name).__path__:
            _add_files(digest, Path(folder), "*.py")
    return digest.hexdigest()


def reference_key(source_dir: Path, limits: Limits, mode: str) -> dict:
    """What a cached reference was built from: source files, code and limits (JSON-able)."""
    files = hashlib.sha256()
    _add_files(files, Path(source_dir), "*")
    return {"source": files.hexdigest(), "code": _code_digest(), "limits": limits.as_dict(), "mode": mode}


def _source_notebooks(source_dir: Path) -> list[Path]:
    notebooks = sorted(Path(source_dir).glob("*.ipynb"))
    if not notebooks:
        raise CourseError(f"no source notebook in {source_dir}: the verdict needs the instructor's notebook")
    return notebooks


def _cached(cache: Path, key: dict, notebooks: list[Path]) -> bool:
    key_path = cache / KEY_FILE
    return (key_path.is_file() and json.loads(key_path.read_text()) == key
            and all((cache / nb.stem / "reference.json").is_file() for nb in notebooks))


def cached_references(root: Path, source_dir: Path, chapter: str, limits: Limits,
                      mode: str) -> dict[str, dict] | None:
    """The chapter's references when the cache holds them for this key, else None (nothing is built).

    Raises:
        CourseError: the chapter has no source notebook.
    """
    notebooks = _source_notebooks(source_dir)
    cache = Path(root) / CACHE / chapter
    if not _cached(cache, reference_key(Path(source_dir), limits, mode), notebooks):
        return None
    return {nb.stem: pack_folder(cache / nb.stem) for nb in notebooks}


def chapter_references(root: Path, source_dir: Path, chapter: str, limits: Limits,
                       mode: str) -> dict[str, dict]:
    """Return ``{notebook name: packed reference folder}`` for every notebook of ``chapter``.

    Builds the references (one sandboxed run of each source notebook) unless the cache under
    ``root/.keras-course/references/<chapter>/`` was built from the same key.

    Raises:
        CourseError: the chapter has no source notebook, or the instructor's notebook does not run
            or does not earn its own points (nothing could be judged fairly against it).
    """
    from autograder.verdict.reference import BrokenReference, build_reference

    notebooks = _source_notebooks(source_dir)
    cache = Path(root) / CACHE / chapter
    key = reference_key(Path(source_dir), limits, mode)
    if not _cached(cache, key, notebooks):
        scratch = Path(tempfile.mkdtemp(prefix=f"kc-ref-{chapter}-"))
        try:
            for notebook in notebooks:
                try:
                    build_reference(notebook, scratch / notebook.stem, limits, mode=mode)
                except BrokenReference as error:
                    raise CourseError(f"cannot grade {chapter}: {error}") from None
            (scratch / KEY_FILE).write_text(json.dumps(key, indent=1))
            if cache.exists():
                shutil.rmtree(cache)
            cache.parent.mkdir(parents=True, exist_ok=True)
            shutil.move(str(scratch), str(cache))
        finally:
            shutil.rmtree(scratch, ignore_errors=True)
    return {nb.stem: pack_folder(cache / nb.stem) for nb in notebooks}


class ReferenceBuild:
    """:func:`chapter_references` run in a thread, so the chapter's reference is built beside the
    first submissions instead of before them; :meth:`result` waits for it.

    ``finished`` is set once the build ended (built or failed): a local pool keeps one of its
    slots free until then (``LocalPool(busy_until=...)``), so the build runs as work of the pool.
    """

    def __init__(self, root: Path, source_dir: Path, chapter: str, limits: Limits, mode: str):
        """Start building the references of ``chapter`` now."""
        import threading

        self._result: dict[str, dict] | None = None
        self._error: BaseException | None = None
        self.finished = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(root, source_dir, chapter, limits, mode),
                                        name=f"reference-{chapter}", daemon=True)
        self._thread.start()

    def _run(self, *args) -> None:
        try:
            self._result = chapter_references(*args)
        except BaseException as error:  # handed to the thread that waits in result()
            self._error = error
        finally:
            self.finished.set()

    def result(self, poll=None) -> dict[str, dict]:
        """Wait for the references (calling ``poll()`` every half second, e.g. to notice Ctrl-C).

        Raises:
            CourseError: what :func:`chapter_references` raised.
        """
        while not self.finished.wait(0.5):
            if poll is not None:
                poll()
        if self._error is not None:
            raise self._error
        return self._result or {}
