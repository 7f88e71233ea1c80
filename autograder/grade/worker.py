"""Grade one submission with nbgrader's own Autograde converter in a private course copy.

:func:`grade_submission` is the whole of a worker's job and the one function a sandbox wraps
(issue 7): it takes a plain-data job (see :mod:`autograder.grade.discover`) and returns plain data
(grades, comments, the autograded files, a log), never touching the real course or gradebook.

Run as ``python -m autograder.grade.worker`` it serves jobs as JSON lines on stdin and answers
one JSON line each on stdout (``--once``: one job, then exit). The kernel's own output never reaches
the protocol: file descriptors 0 and 1 are moved away before any kernel starts.
"""

from __future__ import annotations

import io
import json
import logging
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

from autograder.grade.payload import pack_folder, unpack_folder

PRIVATE_DB = "gradebook.db"


def assigned_device() -> str:
    """Return the device this worker was given: ``GPU <id>`` from CUDA_VISIBLE_DEVICES, else ``CPU``."""
    visible = os.environ.get("CUDA_VISIBLE_DEVICES", "").strip()
    if visible and visible != "-1":
        return f"GPU {visible}"
    return "CPU"


def _reason(error: BaseException) -> str:
    """One line naming what went wrong with a submission."""
    name = type(error).__name__
    if name == "NotJSONError" or "NotJSONError" in repr(error):
        return "unreadable notebook: not valid JSON"
    if name == "DeadKernelError":
        return "the kernel died (killed, crashed or out of memory)"
    if name == "UnresponsiveKernelError":
        return "the kernel stopped responding and could not be interrupted (endless loop?)"
    text = " ".join(str(error).split())
    return f"{name}: {text}"[:300] if text else name


def _cell_timeouts(autograded: Path) -> list[str]:
    """Names of the cells that hit nbgrader's per-cell timeout in the autograded notebooks."""
    notes = []
    for path in sorted(autograded.glob("*.ipynb")):
        try:
            nb = json.loads(path.read_text())
        except (OSError, ValueError):
            continue
        for index, cell in enumerate(nb.get("cells", [])):
            for output in cell.get("outputs", []):
                if output.get("ename") == "CellTimeoutError":
                    grade_id = cell.get("metadata", {}).get("nbgrader", {}).get("grade_id", f"cell {index}")
                    notes.append(f"{path.stem}:{grade_id} timed out")
    return notes


def grade_submission(job: dict, workdir: str | Path | None = None) -> dict:
    """Autograde one student's submission of one chapter and return the outcome as plain data.

    Args:
        job: ``student``, ``chapter``, ``course_id``, ``config`` (plain nbgrader config),
            ``gradebook`` (base64 template SQLite), ``submission`` and ``source_files``
            (packed folders).
        workdir: where to build the private course (a new temporary folder when None); it is
            removed afterwards.

    Returns:
        ``status`` (``graded`` or ``failed``), ``reason``, ``grades`` and ``comments`` (lists of
        dicts keyed by notebook and cell), ``late_penalty``, ``timestamp``, ``files`` (the packed
        autograded folder), ``notes``, ``log``, ``seconds`` and ``device``.
    """
    import base64

    from nbgrader.api import Gradebook, MissingEntry
    from nbgrader.converters import Autograde
    from nbgrader.coursedir import CourseDirectory
    from traitlets.config import Config

    from autograder.tool_path import ensure_tools_on_path

    ensure_tools_on_path()
    started = time.monotonic()
    student, chapter = job["student"], job["chapter"]
    owned = workdir is None
    root = Path(tempfile.mkdtemp(prefix="kc-grade-")) if owned else Path(workdir)
    buffer = io.StringIO()
    logger = logging.getLogger(f"keras-course.worker.{os.getpid()}.{student}")
    logger.handlers[:] = []
    handler = logging.StreamHandler(buffer)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False
    result = {"student": student, "chapter": chapter, "status": "graded", "reason": "",
              "grades": [], "comments": [], "late_penalty": {}, "timestamp": None, "files": {},
              "notes": [], "device": assigned_device(), "worker_pid": os.getpid()}
    try:
        config = Config(job["config"])
        config.CourseDirectory.root = str(root)
        config.CourseDirectory.db_url = "sqlite:///" + str(root / PRIVATE_DB)
        config.CourseDirectory.assignment_id = chapter
        config.CourseDirectory.student_id = student
        config.CourseDirectory.course_id = job["course_id"]
        config.Autograde.create_student = True
        coursedir = CourseDirectory(config=config)
        (root / PRIVATE_DB).write_bytes(base64.b64decode(job["gradebook"]))
        unpack_folder(job["submission"], Path(coursedir.format_path(coursedir.submitted_directory, student, chapter)))
        unpack_folder(job["source_files"], Path(coursedir.format_path(coursedir.source_directory, ".", chapter)))

        failures: list[BaseException] = []

        class OneSubmission(Autograde):
            """nbgrader's Autograde, remembering the exception that failed the submission."""

            def init_destination(self, assignment_id: str, student_id: str) -> bool:
                return True  # a fresh private copy: never skip

            def init_assignment(self, assignment_id: str, student_id: str) -> None:
                try:
                    super().init_assignment(assignment_id, student_id)
                except BaseException as error:
                    failures.append(error)
                    raise

            def convert_single_notebook(self, notebook_filename: str) -> None:
                try:
                    super().convert_single_notebook(notebook_filename)
                except BaseException as error:
                    failures.append(error)
                    raise

        converter = OneSubmission(coursedir=coursedir, config=config, log=logger)
        try:
            converter.start()
        except Exception as error:  # NbGraderException after nbgrader logged the real cause
            result["status"] = "failed"
            result["reason"] = _reason(failures[0] if failures else error)
        if result["status"] == "graded":
            with Gradebook(config.CourseDirectory.db_url, job["course_id"]) as gb:
                try:
                    submission = gb.find_submission(chapter, student)
                except MissingEntry:
                    submission = None
                if submission is not None:
                    result["timestamp"] = submission.timestamp.isoformat() if submission.timestamp else None
                    for notebook in submission.notebooks:
                        name = notebook.name
                        result["late_penalty"][name] = notebook.late_submission_penalty
                        for grade in notebook.grades:
                            result["grades"].append({"notebook": name, "cell": grade.name,
                                                     "auto_score": grade.auto_score,
                                                     "max_score": grade.max_score})
                        for comment in notebook.comments:
                            result["comments"].append({"notebook": name, "cell": comment.name,
                                                       "auto_comment": comment.auto_comment})
            autograded = Path(coursedir.format_path(coursedir.autograded_directory, student, chapter))
            result["files"] = pack_folder(autograded)
            result["notes"] = _cell_timeouts(autograded)
    except Exception as error:  # anything else is this submission's failure, never the batch's
        logger.exception("grading failed")
        result["status"] = "failed"
        result["reason"] = _reason(error)
    finally:
        handler.flush()
        logger.removeHandler(handler)
        if owned:
            shutil.rmtree(root, ignore_errors=True)
    result["log"] = buffer.getvalue()
    result["seconds"] = round(time.monotonic() - started, 3)
    return result


def _protocol_streams() -> tuple[io.TextIOBase, io.TextIOBase]:
    """Take fds 0 and 1 for the JSON-lines protocol; kernels inherit /dev/null and stderr instead."""
    proto_in = os.fdopen(os.dup(0), "r", encoding="utf-8")
    proto_out = os.fdopen(os.dup(1), "w", encoding="utf-8")
    devnull = os.open(os.devnull, os.O_RDONLY)
    os.dup2(devnull, 0)
    os.close(devnull)
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    return proto_in, proto_out


def serve(once: bool = False) -> int:
    """Answer jobs read as JSON lines on stdin with result JSON lines on stdout until EOF."""
    proto_in, proto_out = _protocol_streams()
    proto_out.write(json.dumps({"ready": os.getpid()}) + "\n")
    proto_out.flush()
    for line in proto_in:
        if not line.strip():
            continue
        job = json.loads(line)
        result = grade_submission(job)
        proto_out.write(json.dumps(result) + "\n")
        proto_out.flush()
        if once:
            break
    return 0


if __name__ == "__main__":
    sys.exit(serve(once="--once" in sys.argv[1:]))
