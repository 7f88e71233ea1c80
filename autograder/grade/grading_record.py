"""One submission's grading record as JSON, beside its log: what ``keras-course report`` reads.

``logs/<chapter>/<student>.json`` holds the plain fields of the worker's result (status, reason,
seconds, device, timestamp, notes, structure problems and the trusted verdict of every re-judged
test cell with its checks' messages), never the packed files nor nbgrader's log. It is written to
a temporary file and renamed, so a reader never sees half a record.
"""

from __future__ import annotations

import json
from pathlib import Path

from autograder.atomic_file import write_text_atomically

RECORD_FIELDS = ("student", "chapter", "status", "reason", "seconds", "device", "timestamp", "notes",
                 "problems", "verdicts")


def grading_record(result: dict) -> dict:
    """The JSON-able record of a worker's ``result`` (the fields of :data:`RECORD_FIELDS`)."""
    record = {name: result.get(name) for name in RECORD_FIELDS}
    record["seconds"] = float(record["seconds"] or 0.0)
    for name in ("notes", "problems", "verdicts"):
        record[name] = list(record[name] or [])
    return record


def write_grading_record(path: Path, result: dict) -> None:
    """Write ``result``'s record to ``path`` (JSON) atomically: a temporary file, then a rename."""
    write_text_atomically(path, json.dumps(grading_record(result), indent=1, sort_keys=True))
