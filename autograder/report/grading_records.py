"""The grading records of a chapter: ``logs/<chapter>/<student>.json``, written by ``keras-course grade``.

Each holds a submission's status (``graded``, ``failed``, ``error``), reason, seconds, device and
the trusted verdict of every re-judged test cell with each check's message
(:mod:`autograder.grade.grading_record`).
"""

from __future__ import annotations

import json
from pathlib import Path

from autograder.errors import CourseError


def read_grading_records(log_dir: Path, chapter: str, students: list[str]) -> dict[str, dict]:
    """Return ``{student: record}`` for every record in ``log_dir``, sorted by student.

    Args:
        log_dir: ``logs/<chapter>/`` of the course.
        chapter: the chapter (for the messages).
        students: the students the gradebook holds a submission of: each must have a record.

    Raises:
        CourseError: no record at all, an unreadable record, or gradebook students without one.
    """
    log_dir = Path(log_dir)
    paths = sorted(log_dir.glob("*.json"))
    if not paths:
        raise CourseError(f"no grading records in {log_dir}/ (the <student>.json files keras-course grade writes): "
                          f"grade the chapter with `keras-course grade {chapter}` first")
    records = {}
    for path in paths:
        try:
            record = json.loads(path.read_text(encoding="utf-8"))
            records[str(record["student"])] = record
        except (OSError, ValueError, KeyError, TypeError) as error:
            raise CourseError(f"{path} is not a grading record ({type(error).__name__}: {error}): delete it and "
                              f"grade that student again (keras-course grade {chapter} --student {path.stem})") from None
    missing = [student for student in students if student not in records]
    if missing:
        shown = ", ".join(missing[:5]) + (f" and {len(missing) - 5} more" if len(missing) > 5 else "")
        raise CourseError(f"{len(missing)} graded submission(s) of {chapter} have no grading record in {log_dir}/ "
                          f"({shown}): grade them again with `keras-course grade {chapter}`")
    return dict(sorted(records.items()))
