"""``keras-course feedback CHAPTER``: HTML feedback per student, hidden tests never shown."""

from __future__ import annotations

import click


@click.command("feedback")
@click.argument("chapter")
@click.option("--student", "students", multiple=True, metavar="ID", help="Only this student (repeatable).")
@click.option("--db", "db_url", metavar="URL", default=None, help="Gradebook URL (default: from nbgrader_config.py).")
def feedback(chapter: str, students: tuple[str, ...], db_url: str | None) -> int:
    """Write feedback/<student>/CHAPTER/*.html from the autograded notebooks.

    Each failed test shows its message; hidden test code appears neither as cells nor in tracebacks.
    """
    from autograder.feedback.generate import write_feedback

    written = write_feedback(chapter, students=students, db_url=db_url)
    for path in written:
        click.echo(str(path))
    click.echo(f"{len(written)} feedback file(s) written for {chapter}", err=True)
    return 0
