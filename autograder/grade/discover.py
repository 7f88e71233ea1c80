"""Find a chapter's submissions and turn each into a plain-data job for a worker."""

from __future__ import annotations

import base64
import json
from pathlib import Path

from autograder.errors import CourseError
from autograder.grade.course_config import CourseConfig, plain_config
from autograder.grade.payload import folder_bytes, pack_folder
from autograder.cell_source import cell_text

MAX_SUBMISSION_BYTES = 100 * 1024 * 1024
STUB = "raise NotImplementedError()"  # what an unanswered solution cell of the release still holds


def find_students(course: CourseConfig, chapter: str, students: list[str] | tuple[str, ...] = ()) -> list[str]:
    """Return the sorted ids of the students with a ``submitted/<id>/<chapter>`` folder.

    Args:
        course: the loaded course configuration.
        chapter: the assignment id.
        students: only these ids (each must have submitted); all when empty.

    Raises:
        CourseError: when a named student has no submission, or nobody submitted ``chapter``.
    """
    coursedir = course.coursedir
    submitted = Path(coursedir.format_path(coursedir.submitted_directory, ".", "."))
    if students:
        missing = [s for s in students
                   if not Path(coursedir.format_path(coursedir.submitted_directory, s, chapter)).is_dir()]
        if missing:
            raise CourseError(f"no submission of {chapter} for {', '.join(missing)} under {submitted}")
        return sorted(set(students))
    found = sorted(p.parent.name for p in submitted.glob(f"*/{chapter}") if p.is_dir())
    if not found:
        raise CourseError(f"nobody submitted {chapter}: no folder matches {submitted}/*/{chapter}")
    return found


def _stubs_left(folder: Path) -> int:
    """How many unanswered stubs the notebooks of a submission folder still hold (0 if unreadable)."""
    count = 0
    for path in folder.glob("*.ipynb"):
        try:
            cells = json.loads(path.read_text(encoding="utf-8")).get("cells", [])
            count += sum(STUB in cell_text(c) for c in cells if isinstance(c, dict))
        except (OSError, ValueError, AttributeError):
            continue  # the worker reports what is wrong with it
    return count


def most_answered_first(course: CourseConfig, chapter: str, students: list[str]) -> list[str]:
    """Return ``students`` ordered so that the submissions with the fewest stubs left come first.

    An answered exercise runs its training and its hidden tests; an untouched one stops at its
    stub. Starting the long submissions first leaves the short ones for the end of the run, where
    they fill the workers instead of one long submission keeping a single worker busy while the
    others wait. Ties keep the given order; only the order of work changes, never a grade.
    """
    coursedir = course.coursedir
    left = {s: _stubs_left(Path(coursedir.format_path(coursedir.submitted_directory, s, chapter)))
            for s in students}
    return sorted(students, key=lambda s: left[s])


def build_jobs(course: CourseConfig, chapter: str, students: list[str], template: bytes, *,
               sandbox: dict | None = None, references: dict | None = None,
               max_submission_bytes: int = MAX_SUBMISSION_BYTES) -> list[dict]:
    """Return one job per student: everything a worker needs, as JSON-able data.

    Args:
        course: the loaded course configuration.
        chapter: the assignment id.
        students: the student ids to grade.
        template: the private gradebook (see :func:`autograder.grade.gradebook_template.build_template`).
        sandbox: ``{"mode", "limits"}`` to run each kernel sandboxed (None: nbgrader's plain kernel).
        references: ``{notebook: packed reference}`` for the trusted verdict (None: no verdict).
        max_submission_bytes: a submission folder larger than this is not read at all; its job
            carries ``refused`` (the reason) and the worker scores it 0.
    """
    coursedir = course.coursedir
    ignore = list(coursedir.ignore)
    source = Path(coursedir.format_path(coursedir.source_directory, ".", chapter))
    source_files = pack_folder(source, ignore + ["*.ipynb"])
    config = plain_config(course.config)
    encoded = base64.b64encode(template).decode("ascii")
    jobs = []
    for student in students:
        folder = Path(coursedir.format_path(coursedir.submitted_directory, student, chapter))
        job = {"student": student, "chapter": chapter, "course_id": course.course_id,
               "config": config, "gradebook": encoded, "source_files": source_files,
               "sandbox": sandbox, "references": references or {}}
        size = folder_bytes(folder)
        if size > max_submission_bytes:
            job["submission"] = {}
            job["refused"] = (f"the submission is {size / 2**20:.1f} MiB, over the "
                              f"{max_submission_bytes / 2**20:.1f} MiB limit: nothing in it was run")
        else:
            job["submission"] = pack_folder(folder, ignore)
        jobs.append(job)
    return jobs
