"""``keras-course grade``: grade a chapter's submissions in parallel into the real gradebook."""

from __future__ import annotations

import os
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from autograder.errors import CourseError
from autograder.grade.chapter_reference import ReferenceBuild, cached_references, chapter_references
from autograder.grade.course_config import CourseConfig, load_course_config
from autograder.grade.discover import build_jobs, find_students, most_answered_first
from autograder.grade.grader_errors import ERROR, as_grader_error, errored_students
from autograder.grade.gradebook_template import build_template
from autograder.grade.grading_record import write_grading_record
from autograder.grade.lifetime import deferred_interrupt, grading_run, raise_if_interrupted
from autograder.grade.progress import Progress, format_table
from autograder.sandbox.limits import Limits

DEFAULT_TIMEOUT = 900.0
SANDBOX_MODES = ("auto", "require", "off")


def check_sandbox_mode(sandbox: str) -> None:
    """Refuse a ``--sandbox`` value other than ``auto``, ``require`` or ``off`` (CourseError)."""
    if sandbox not in SANDBOX_MODES:
        raise CourseError(f"--sandbox must be one of {', '.join(SANDBOX_MODES)}, not {sandbox!r}")


def default_limits(course: CourseConfig, timeout: float) -> Limits:
    """The course's limits: nbgrader's ``Execute.timeout`` per cell, and a notebook time inside
    the per-submission ``timeout`` (so the sandbox stops a slow notebook, keeping the points of
    the cells it ran, before the worker would be killed for it)."""
    cell_seconds = float(course.config.Execute.get("timeout", None) or Limits.cell_seconds)
    notebook_seconds = max(1.0, min(Limits.notebook_seconds, timeout * 0.9 - 5))
    return Limits(cell_seconds=cell_seconds, notebook_seconds=notebook_seconds)


@dataclass
class GradeOutcome:
    """What ``grade`` did: one row per recorded submission, and whether it was interrupted."""

    chapter: str
    rows: list[dict] = field(default_factory=list)
    interrupted: bool = False
    protections: list[dict] = field(default_factory=list)

    def sandbox_summary(self) -> str:
        """One line when every sandbox protection was on, else each missing one and why."""
        from autograder.sandbox.protections import Protection, describe

        if not self.protections:
            return "sandbox: no submission reached a kernel, so no protection was reported"
        protections = [Protection(**p) for p in self.protections]
        return describe(protections) + bubblewrap_hint(protections)

    @property
    def errors(self) -> list[dict]:
        """The rows that ended in ``error``: the grader could not judge them, nothing was recorded."""
        return [row for row in self.rows if row["status"] == ERROR]

    def table(self) -> str:
        """The final table as text."""
        return format_table(self.rows)


def bubblewrap_hint(protections: list) -> str:
    """A line naming the command that installs bubblewrap, when a protection is off for want of it."""
    import shutil

    if shutil.which("bwrap") or all(p.active for p in protections):
        return ""
    installers = (("apt-get", "sudo apt-get install bubblewrap"), ("dnf", "sudo dnf install bubblewrap"),
                  ("yum", "sudo yum install bubblewrap"), ("pacman", "sudo pacman -S bubblewrap"),
                  ("zypper", "sudo zypper install bubblewrap"), ("apk", "sudo apk add bubblewrap"))
    command = next((line for tool, line in installers if shutil.which(tool)),
                   "install the bubblewrap package of your distribution")
    return (f"\nsandbox: bubblewrap (bwrap) is not installed, so the protections marked missing are off; "
            f"install it with: {command}")


def _start_canary(chapter: str, settings: dict):
    """Start the canary in a process set up like pool worker 0 (see :mod:`autograder.grade.canary`)."""
    from autograder.grade.canary import Canary
    from autograder.grade.gpu_slots import visible_gpus, worker_environment
    from autograder.sandbox.packages import package_environment

    env = dict(os.environ, PYTHONUNBUFFERED="1", **worker_environment(0, visible_gpus()), **package_environment())
    return Canary(chapter, settings, env)


def _write_log(path: Path, result: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    head = [f"student: {result['student']}", f"chapter: {result['chapter']}", f"status: {result['status']}",
            f"reason: {result.get('reason', '')}", f"seconds: {result.get('seconds', 0)}",
            f"device: {result.get('device', '')}"]
    head += [f"note: {note}" for note in result.get("notes", [])]
    head += [f"structure: {p['message']}" for p in result.get("problems", [])]
    for verdict in result.get("verdicts", []):
        nbgrader = verdict["nbgrader_points"]
        head.append(f"verdict: {verdict['notebook']}:{verdict['cell']} {verdict['points']:g}/"
                    f"{verdict['max_points']:g} (the notebook's outputs said "
                    f"{'nothing' if nbgrader is None else format(nbgrader, 'g')})"
                    + (f": {verdict['reason']}" if verdict["reason"] else ""))
    head += [f"protection: [{'on' if p['active'] else 'MISSING'}] {p['name']}: {p['how']}"
             for p in result.get("protections", [])]
    path.write_text("\n".join(head) + "\n\n" + result.get("log", ""))


def _max_points(db_url: str, course_id: str, chapter: str) -> float:
    from nbgrader.api import Gradebook

    with Gradebook(db_url, course_id) as gb:
        return float(gb.find_assignment(chapter).max_score)


@grading_run(lambda chapter, *args, **kwargs: GradeOutcome(chapter, interrupted=True))
def grade_chapter(chapter: str, *, root: str | Path = ".", workers: int | None = None,
                  scheduler: str | None = None, db_url: str | None = None,
                  students: list[str] | tuple[str, ...] = (), timeout: float = DEFAULT_TIMEOUT,
                  stream: TextIO | None = None, sandbox: str = "auto",
                  limits: Limits | None = None, errors_only: bool = False, canary: bool = True) -> GradeOutcome:
    """Grade every submission of ``chapter`` (or those of ``students``) and record it in the gradebook.

    Args:
        chapter: the assignment id, e.g. ``ch01_sequential``.
        root: the course root (holds ``nbgrader_config.py``).
        workers: local worker processes (default: the machine's cores); ignored with ``scheduler``.
        scheduler: a Dask scheduler address; grade on that cluster instead of locally.
        db_url: a gradebook URL replacing the configured one (any SQLAlchemy URL).
        students: grade only these student ids.
        timeout: the grader's wall-time guard per submission in seconds, above the sandbox's own
            limits; past it the worker is stopped and the submission ends as ``error`` (nothing recorded).
        stream: where the progress bar goes (stderr by default).
        sandbox: ``auto`` (every protection this machine has, the missing ones reported),
            ``require`` (refuse to grade unless all are there) or ``off`` (nbgrader's plain kernel
            as the instructor: only for trusted notebooks).
        limits: what one submission's kernel may use (default: :func:`default_limits`).
        errors_only: grade again just the submissions whose last run ended in ``error`` (read
            from ``logs/<chapter>/``), with ``students`` narrowing them further.
        canary: first run one sandboxed kernel set up like every worker's (imports the course
            packages, runs one check; :mod:`autograder.grade.canary`), beside the reference build;
            when it fails, stop before anyone is graded. Local pools only.

    Every test cell whose hidden test calls a check is scored by the trusted verdict: its exports
    judged against a reference run of the instructor's notebook (built once and cached in
    ``.keras-course/references/``), never by what the student's process printed.

    Returns:
        A :class:`GradeOutcome` (``errors``: the submissions the grader could not judge, never
        written to the gradebook); on Ctrl-C, ``interrupted`` is True and ``rows`` lists what was
        recorded before it (every recorded submission is complete).

    Raises:
        CourseError: no course root, unknown chapter, nobody submitted, a bad ``sandbox`` value,
            a failed canary, or an instructor's notebook that does not earn its own points.
    """
    from nbgrader.api import Gradebook

    check_sandbox_mode(sandbox)
    course = load_course_config(root, db_url)
    if errors_only:
        errored = [name for name in errored_students(course.root / "logs" / chapter)
                   if not students or name in students]
        if not errored:
            raise CourseError(f"no submission of {chapter} ended in error in its last run "
                              f"(logs/{chapter}/): nothing to grade again")
        students = errored
    names = find_students(course, chapter, students)
    with tempfile.TemporaryDirectory(prefix="kc-template-") as scratch:
        template = build_template(course.db_url, course.course_id, chapter, Path(scratch) / "template.db")
    max_points = _max_points(course.db_url, course.course_id, chapter)
    limits = limits or default_limits(course, timeout)
    coursedir = course.coursedir
    settings = {"mode": sandbox, "limits": limits.as_dict()}
    source_dir = Path(coursedir.format_path(coursedir.source_directory, ".", chapter))
    references = cached_references(course.root, source_dir, chapter, limits, sandbox)
    probe = _start_canary(chapter, settings) if canary and not scheduler else None
    pending = None
    try:
        if references is None and not scheduler:  # built beside the first submissions
            pending = ReferenceBuild(course.root, source_dir, chapter, limits, sandbox)
        elif references is None:
            references = chapter_references(course.root, source_dir, chapter, limits, sandbox)
    except BaseException:
        if probe is not None:
            probe.stop()
        raise
    jobs = build_jobs(course, chapter, most_answered_first(course, chapter, names), template,
                      sandbox=settings, references=references or {})
    for job in jobs if pending is not None else ():
        job["defer_verdict"] = True  # judged here once the reference is built
    logs = course.root / "logs" / chapter
    if scheduler:
        from autograder.grade.dask_backend import DaskPool

        backend = DaskPool(scheduler, timeout)
        parallel = len(jobs)
    else:
        from autograder.grade.gpu_slots import visible_gpus
        from autograder.grade.pool import LocalPool

        parallel = workers or os.cpu_count() or 1
        backend = LocalPool(parallel, timeout, visible_gpus(), logs / "workers",
                            busy_until=pending.finished if pending is not None else None)
    permissions = 0o664 if coursedir.groupshared else 0o444
    outcome = GradeOutcome(chapter)
    progress = Progress(len(jobs), parallel, stream)
    from autograder.grade.place import place_autograded
    from autograder.grade.gradebook_writer import record_result

    results = backend.run(jobs)
    try:
        with Gradebook(course.db_url, course.course_id) as gb:
            for result in results:
                if probe is not None:  # nothing is recorded before the set-up is known to work
                    checking, probe = probe, None
                    try:
                        checking.check()  # a failed canary explains a failed reference: said first
                    finally:
                        checking.stop()
                if result.get("pending_verdict"):
                    from autograder.grade.verdicts import settle_pending_verdict  # nbformat, nbconvert: only then

                    references = pending.result(raise_if_interrupted)
                    result = settle_pending_verdict(result, references or {})
                result = as_grader_error(result)
                with deferred_interrupt():
                    if result["status"] != ERROR:  # an error keeps what the gradebook had
                        record_result(gb, result)
                        destination = Path(coursedir.format_path(coursedir.autograded_directory,
                                                                 result["student"], chapter))
                        place_autograded(destination, result.get("files", {}), permissions)
                    _write_log(logs / f"{result['student']}.log", result)
                    write_grading_record(logs / f"{result['student']}.json", result)
                if result.get("protections") and not outcome.protections:
                    outcome.protections = result["protections"]
                graded = result["status"] == "graded"
                points = sum(g["auto_score"] or 0.0 for g in result.get("grades", [])) if graded else 0.0
                points = None if result["status"] == ERROR else points
                row = {"student": result["student"], "points": points, "max_points": max_points,
                       "seconds": float(result.get("seconds", 0.0)), "status": result["status"],
                       "device": result.get("device", ""),
                       "reason": result.get("reason") or "; ".join(result.get("notes", []))}
                outcome.rows.append(row)
                progress.advance(f"{row['student']} {'-' if points is None else format(points, 'g')}/"
                                 f"{max_points:g} ({row['status']})")
    except KeyboardInterrupt:
        outcome.interrupted = True
    finally:
        results.close()
        if probe is not None:
            probe.stop()
    outcome.rows.sort(key=lambda row: row["student"])
    return outcome


if __name__ == "__main__":  # pragma: no cover - manual use
    print(grade_chapter(sys.argv[1]).table())
