"""``keras-course reference [CHAPTER...]``: build the chapters' grading references ahead of grading."""

from __future__ import annotations

import click


@click.command("reference")
@click.argument("chapters", nargs=-1)
@click.option("--timeout", type=click.FloatRange(min=1), default=None,
              help="The --timeout you will give 'keras-course grade' (default: grade's default).")
@click.option("--sandbox", type=click.Choice(["auto", "require", "off"]), envvar="KERAS_COURSE_SANDBOX",
              default="auto", show_default=True, help="The --sandbox you will give 'keras-course grade'.")
def reference(chapters: tuple[str, ...], timeout: float | None, sandbox: str) -> int:
    """Build the grading reference of each CHAPTER now (all chapters of source/ by default).

    Run from the course root, after releasing. The reference is one sandboxed run of the
    instructor's notebook that the verdict judges every submission against; 'keras-course grade'
    builds it itself when it is missing or out of date, beside the first submissions. Built here,
    it is kept in .keras-course/references/ and every grading run of the chapter starts with it,
    until the chapter's source, the grading code, the limits or the sandbox mode change.
    """
    from autograder.grade.prepare import prepare_references

    for prepared in prepare_references(chapters, timeout=timeout, sandbox=sandbox):
        click.echo(prepared.line())
    return 0
