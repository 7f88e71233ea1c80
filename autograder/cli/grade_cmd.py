"""``keras-course grade CHAPTER``: autograde a chapter's submissions in parallel."""

from __future__ import annotations

import click


@click.command("grade")
@click.argument("chapter")
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Local worker processes (default: the machine's cores).")
@click.option("--scheduler", metavar="ADDRESS", default=None,
              help="Grade on this Dask scheduler (tcp://host:port) instead of locally.")
@click.option("--db", "db_url", metavar="URL", default=None,
              help="Gradebook URL (any SQLAlchemy URL); default: nbgrader_config.py's db_url.")
@click.option("--student", "students", multiple=True, metavar="ID", help="Grade only this student (repeatable).")
@click.option("--timeout", type=click.FloatRange(min=1), default=900.0, show_default=True,
              help="The grader's wall-time guard per submission in seconds (above the sandbox's own limits); "
                   "past it the submission ends as error, nothing recorded.")
@click.option("--sandbox", type=click.Choice(["auto", "require", "off"]), envvar="KERAS_COURSE_SANDBOX",
              default="auto", show_default=True,
              help="auto: every protection this machine has, missing ones reported; require: refuse "
                   "to grade without all of them; off: nbgrader's plain kernel (trusted notebooks only).")
@click.option("--errors", "errors_only", is_flag=True,
              help="Grade again only the submissions whose last run ended in error (the grader failed).")
def grade(chapter: str, workers: int | None, scheduler: str | None, db_url: str | None,
          students: tuple[str, ...], timeout: float, sandbox: str, errors_only: bool) -> int:
    """Autograde every submission of CHAPTER exactly as nbgrader would, in parallel.

    Run from the course root. Each submission is graded by nbgrader's own Autograde in its own
    worker, its kernel in a sandbox; the points of every test that calls a check are decided
    again outside the student's process, from what the checks exported, against a reference run
    of the instructor's notebook. Only this process writes the gradebook, one transaction per
    submission. A submission the grader could not judge ends as ``error``: nothing is recorded
    for it, the table says why, and the command exits with status 3; ``--errors`` grades just
    those again.
    """
    from autograder.grade.lean_imports import skip_unused_grammars
    from autograder.grade.run import grade_chapter

    skip_unused_grammars()
    outcome = grade_chapter(chapter, workers=workers, scheduler=scheduler, db_url=db_url,
                            students=students, timeout=timeout, sandbox=sandbox, errors_only=errors_only)
    click.echo(outcome.table())
    click.echo(outcome.sandbox_summary(), err=True)
    if outcome.interrupted:
        click.echo(f"keras-course: interrupted: {len(outcome.rows)} submission(s) recorded, "
                   "the others untouched; run the command again to finish", err=True)
        return 130
    if outcome.errors:
        click.echo(f"keras-course: {len(outcome.errors)} submission(s) not graded: the grader failed (see the "
                   f"reason column and logs/{chapter}/); nothing was recorded for them. Fix the cause, then run "
                   f"'keras-course grade {chapter} --errors'", err=True)
        return 3
    return 0
