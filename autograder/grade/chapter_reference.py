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


REFERENCE_JOB = "(the chapter's reference)"


def reference_job(root: Path, source_dir: Path, chapter: str, limits: Limits, mode: str) -> dict:
    """Return the pool job that builds ``chapter``'s reference into the cache (see :func:`run_reference_job`).

    ``keras-course grade`` queues it first, so a worker builds the reference beside the first
    submissions, in exactly the set-up every worker grades in.
    """
    return {"kind": "reference", "student": REFERENCE_JOB, "chapter": chapter, "root": str(root),
            "source_dir": str(source_dir), "limits": limits.as_dict(), "mode": mode}


def is_reference_result(result: dict) -> bool:
    """Whether a pool result answers :func:`reference_job` (also a crashed or timed-out one)."""
    return result.get("kind") == "reference" or result.get("student") == REFERENCE_JOB


def run_reference_job(job: dict) -> dict:
    """In a worker: build the reference of a :func:`reference_job` into the course's cache.

    Returns ``{"kind": "reference", "student", "chapter", "status": "built"}``, or ``"status":
    "error"`` with ``reason`` (one line: the instructor's notebook does not run or does not earn its
    own points, or the set-up failed). The references themselves stay in the cache, where the
    parent reads them (:func:`cached_references`): nothing large crosses the pipe.
    """
    import time

    started = time.monotonic()
    answer = {"kind": "reference", "student": job["student"], "chapter": job["chapter"], "status": "built",
              "reason": ""}
    try:
        chapter_references(Path(job["root"]), Path(job["source_dir"]), job["chapter"], Limits(**job["limits"]),
                           job["mode"])
    except CourseError as error:
        answer.update(status="error", reason=str(error))
    except Exception as error:  # the set-up itself: said in one line, never a traceback
        answer.update(status="error", reason=f"cannot grade {job['chapter']}: the reference build failed: "
                                             f"{type(error).__name__}: {' '.join(str(error).split())[:300]}")
    answer["seconds"] = round(time.monotonic() - started, 3)
    return answer
