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
EXPORTS = "exports"
MAX_AUTOGRADED_BYTES = 64 * 1024 * 1024  # what a submission's autograded folder may send back


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


class _GraderFailed(Exception):
    """The grader could not judge the submission (see :mod:`autograder.grade.grader_errors`)."""


class _Unusable(Exception):
    """The submitted notebook cannot be graded at all (unreadable, too large, not a notebook)."""


def _configure_sandbox(config, settings: dict, export_root: Path) -> None:
    """Point nbgrader's config at the sandboxed kernel, its limits and the export folder.

    nbgrader's ``Execute`` is replaced by :class:`SandboxedExecute` in the autograde preprocessors
    (wherever the course's configuration put it; names given as strings count too).
    """
    from nbgrader.converters import Autograde
    from nbgrader.preprocessors import Execute

    from autograder.grade.sandboxed_execute import SandboxedExecute
    from autograder.sandbox.execute import execute_notebook_path_config
    from autograder.sandbox.limits import Limits

    configured = config.Autograde.get("autograde_preprocessors") or \
        list(Autograde.class_traits()["autograde_preprocessors"].default())
    config.Autograde.autograde_preprocessors = [
        SandboxedExecute if pp is Execute or (isinstance(pp, str) and pp.rsplit(".", 1)[-1] == "Execute")
        else pp for pp in configured]

    limits = Limits(**settings.get("limits", {}))
    paths = execute_notebook_path_config(export_root)
    config.SandboxedKernelManager.writable = paths["writable"]
    config.SandboxedKernelManager.sandbox_env = paths["sandbox_env"]
    config.SandboxedKernelManager.limits = limits.as_dict()
    config.SandboxedKernelManager.mode = settings.get("mode", "auto")
    config.SandboxedKernelManager.private_workdir = True  # nothing the kernel writes reaches the disk
    config.SandboxedExecute.export_root = str(export_root)
    config.SandboxedExecute.output_bytes = limits.output_bytes
    config.SandboxedExecute.notebook_seconds = limits.notebook_seconds
    config.Execute.timeout = int(limits.cell_seconds)


def _structure_problems(root: Path, chapter: str, submitted: Path, result: dict) -> str:
    """Check each submitted notebook's graded structure (no code runs); return why it is unusable.

    Problems that nbgrader repairs itself (changed points, edited locked cells...) or that cost
    only the affected cells are kept in ``result["problems"]``; a notebook that cannot be read at
    all makes the whole submission unusable (the returned reason, empty when there is none).
    """
    from autograder.integrity import check_submission, load_reference

    for notebook in sorted(submitted.glob("*.ipynb")):
        try:
            reference = load_reference(root, chapter, notebook.stem)
        except Exception:  # a notebook the gradebook does not know: nbgrader skips it
            continue
        problems = check_submission(notebook, reference)
        if any(problem.kind == "duplicated" for problem in problems):
            _keep_first_copies(notebook)
        for problem in problems:
            message = problem.message.replace(str(notebook), f"{chapter}/{notebook.name}")
            if problem.unusable:
                return message
            result["problems"].append({"notebook": notebook.stem, "kind": problem.kind,
                                       "cell": problem.grade_id, "message": message})
    return ""


def _keep_first_copies(path: Path) -> None:
    """Make every later copy of a graded cell a plain cell (what nbgrader's DeduplicateIds intends).

    A cell copied in Jupyter keeps its nbgrader id; nbgrader would then refuse the whole notebook.
    The first copy stays graded (and is restored from the gradebook like any test cell).
    """
    notebook = json.loads(path.read_text(encoding="utf-8"))
    seen = set()
    for cell in notebook.get("cells", []):
        grade_id = cell.get("metadata", {}).get("nbgrader", {}).get("grade_id")
        if grade_id in seen:
            del cell["metadata"]["nbgrader"]
        elif grade_id:
            seen.add(grade_id)
    path.write_text(json.dumps(notebook), encoding="utf-8")


def _record_runs(result: dict, export_root: Path, autograded: Path, job: dict, root: Path) -> str:
    """Add what the sandboxed runs reported, then the trusted verdict of the exports.

    Returns why the grader could not judge the submission ('' when it could): a reference that
    does not match the gradebook's cells, or a check whose runaway guard fired. A job with
    ``defer_verdict`` (its chapter's reference is still being built) sends the exports back instead
    (``exports``, ``pending_verdict``); the parent judges them once the reference is there.
    """
    from autograder.grade.verdicts import judge_result, read_report

    for notebook in sorted({g["notebook"] for g in result["grades"]}):
        report = read_report(export_root, notebook)
        if report.get("protections") and not result["protections"]:
            result["protections"] = report["protections"]
        if report.get("stopped"):
            result["notes"].append(f"{notebook}: {report['stopped']}; the cells after it were not run")
            result["reason"] = report["stopped"]
        for index, size in sorted((report.get("cut_bytes") or {}).items()):
            result["notes"].append(f"{notebook}: cell {int(index) + 1}: {size} bytes of output cut")
    if job.get("defer_verdict"):
        result["exports"] = pack_folder(export_root, max_bytes=MAX_AUTOGRADED_BYTES) if export_root.is_dir() else {}
        result["pending_verdict"] = True
        return ""
    return judge_result(result, job.get("references") or {}, export_root, autograded, root)


def grade_submission(job: dict, workdir: str | Path | None = None) -> dict:
    """Autograde one student's submission of one chapter and return the outcome as plain data.

    Args:
        job: ``student``, ``chapter``, ``course_id``, ``config`` (plain nbgrader config),
            ``gradebook`` (base64 template SQLite), ``submission`` and ``source_files``
            (packed folders); optionally ``sandbox`` (``{"mode", "limits"}``: run the kernel in a
            sandbox, see :mod:`autograder.grade.sandboxed_execute`), ``references``
            (``{notebook: packed reference}``: re-judge the exports, see
            :mod:`autograder.grade.verdicts`) and ``refused`` (a reason not to grade at all).
        workdir: where to build the private course (a new temporary folder when None); it is
            removed afterwards.

    Returns:
        ``status`` (``graded``, ``failed``: the notebook is unusable, or ``error``: the grader
        could not judge it, see :mod:`autograder.grade.grader_errors`; no grades then), ``reason``, ``grades`` and ``comments`` (lists of
        dicts keyed by notebook and cell), ``late_penalty``, ``timestamp``, ``files`` (the packed
        autograded folder), ``notes``, ``log``, ``seconds``, ``device``, and with a sandbox
        ``protections`` (records) and ``verdicts`` (the re-judged cells), ``problems`` (what the
        structure check found).
    """
    import base64

    from nbgrader.api import Gradebook, MissingEntry
    from nbgrader.converters import Autograde
    from nbgrader.coursedir import CourseDirectory
    from traitlets.config import Config

    from autograder.grade.grader_errors import errored, package_import_error
    from autograder.grade.sandboxed_execute import KernelStartFailed
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
              "notes": [], "device": assigned_device(), "worker_pid": os.getpid(),
              "protections": [], "verdicts": [], "problems": []}
    if job.get("refused"):
        result.update(status="failed", reason=str(job["refused"]), log="", seconds=0.0)
        return result
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
        submitted = Path(coursedir.format_path(coursedir.submitted_directory, student, chapter))
        unpack_folder(job["submission"], submitted)
        unpack_folder(job["source_files"], Path(coursedir.format_path(coursedir.source_directory, ".", chapter)))
        export_root = root / EXPORTS
        sandboxed = job.get("sandbox") is not None
        if sandboxed:
            _configure_sandbox(config, job["sandbox"], export_root)
        unusable = _structure_problems(root, chapter, submitted, result)
        if unusable:
            raise _Unusable(unusable)

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
            cause = failures[0] if failures else error
            if isinstance(cause, KernelStartFailed):
                raise _GraderFailed(str(cause)) from None
            result["status"] = "failed"
            result["reason"] = _reason(cause)
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
            why = _record_runs(result, export_root, autograded, job, root) if sandboxed else ""
            why = package_import_error(autograded) or why
            if why:
                raise _GraderFailed(why)
            left_out: list[str] = []
            result["files"] = pack_folder(autograded, max_bytes=MAX_AUTOGRADED_BYTES, left_out=left_out)
            result["notes"] = _cell_timeouts(autograded) + result["notes"] + [
                f"not kept (over the {MAX_AUTOGRADED_BYTES >> 20} MiB autograded folder limit): {name}"
                for name in left_out]
    except _GraderFailed as error:
        errored(result, str(error))
    except _Unusable as error:
        result["status"] = "failed"
        result["reason"] = str(error)
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
    from autograder.grade.lean_imports import skip_unused_grammars

    skip_unused_grammars()
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
