"""Graded or error: what the grader could not judge never becomes a student's grade.

Every submission ends *graded* (the student's work decided every point; an unusable notebook is
the student's and scores 0 as ``failed``) or with status ``error``: the grader failed, for example

* the sandboxed kernel did not start (no sandbox, the course packages not importable at start);
* a test cell could not import the course packages (``No module named 'autograder'``);
* a check's runaway guard fired (``grader_error`` in its export, see
  :mod:`autograder.checks.failure`);
* the chapter's reference does not match the notebook's cells in the gradebook;
* the worker process died, or ran past the per-submission ``--timeout`` (the student's own limits
  are the sandbox's, which stop a notebook before that).

An error is never written to the gradebook (it keeps what it had), its log and the table say why,
``keras-course grade`` exits non-zero, and ``keras-course grade CHAPTER --errors`` grades just the
submissions whose last run ended in error again.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

ERROR = "error"
# statuses the pool gives when a worker gave no result: never the student's doing once the
# kernel is sandboxed (the sandbox's limits stop a student's notebook first)
WORKER_LOST = ("crashed", "timeout")
PACKAGE_IMPORT = re.compile(r"No module named '(autograder|course)(\.[\w.]+)?'")


def as_grader_error(result: dict) -> dict:
    """Turn a lost worker's result (``crashed``/``timeout``) into an ``error``; others unchanged."""
    if result.get("status") in WORKER_LOST:
        how = "the worker process died" if result["status"] == "crashed" else "the grader's wall-clock guard fired"
        reason = result.get("reason") or how
        result = dict(result, status=ERROR, reason=f"grader error ({result['status']}): {reason}",
                      grades=[], comments=[], files={})
    return result


def errored(result: dict, reason: str) -> None:
    """Make ``result`` an ``error`` with ``reason``: no grades, no comments, no files to place."""
    result.update(status=ERROR, reason=f"grader error: {reason}", grades=[], comments=[], files={})


def package_import_error(autograded: Path) -> str:
    """Why a cell of the autograded notebooks could not import the course packages ('' if none)."""
    for path in sorted(Path(autograded).glob("*.ipynb")):
        try:
            cells = json.loads(path.read_text()).get("cells", [])
        except (OSError, ValueError):
            continue
        for cell in cells:
            for output in cell.get("outputs", []):
                if output.get("output_type") == "error" and \
                        output.get("ename") in ("ModuleNotFoundError", "ImportError"):
                    found = PACKAGE_IMPORT.search(str(output.get("evalue", "")))
                    if found:
                        return (f"the kernel could not import the course packages ({output['ename']}: "
                                f"{found.group(0)} in {path.stem}); check the course's installation")
    return ""


def errored_students(log_dir: Path) -> list[str]:
    """Students of a chapter whose last ``keras-course grade`` run ended in ``error`` (from their logs)."""
    found = []
    for log in sorted(Path(log_dir).glob("*.log")):
        try:
            with open(log, encoding="utf-8") as handle:
                head = [handle.readline() for _ in range(3)]
        except OSError:
            continue
        if f"status: {ERROR}\n" in head and head[0].startswith("student: "):
            found.append(head[0][len("student: "):].strip())
    return found
