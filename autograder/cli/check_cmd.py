"""``keras-course check``: is a submitted notebook's graded structure intact? (runs no code)."""

from __future__ import annotations

from pathlib import Path

import click

from autograder.errors import CourseError
from autograder.integrity import check_submission, load_reference


def guess_chapter(notebook: Path, course: Path) -> str:
    """Return the chapter a notebook belongs to: its file name, else its folder's name, when known."""
    for name in (notebook.stem, notebook.resolve().parent.name):
        if (course / "release" / name).is_dir() or (course / "source" / name).is_dir():
            return name
    raise CourseError(
        f"{notebook}: cannot tell which chapter this is (neither {notebook.stem!r} nor its folder names a "
        "chapter in release/ or source/): pass --chapter, e.g. --chapter ch01_sequential"
    )


@click.command(name="check")
@click.argument("notebook", type=click.Path(path_type=Path))
@click.option("--chapter", help="Chapter id (default: from the notebook's name or folder).")
@click.option("--course", "course", type=click.Path(path_type=Path, file_okay=False), default=".",
              show_default=True, help="Course root holding release/ (and source/, gradebook.db).")
def check(notebook: Path, chapter: str | None, course: Path) -> int:
    """Say whether NOTEBOOK's graded cells are intact, without running any code.

    Compares it with its chapter in the gradebook when present, else release/ and source/.
    Exit status: 0 intact, 1 problems found (one line each, with the repair), 2 unusable input.
    """
    course = course.resolve()
    chapter = chapter or guess_chapter(notebook, course)
    notebook_id = notebook.stem if (course / "release" / chapter / f"{notebook.stem}.ipynb").is_file() else None
    reference = load_reference(course, chapter, notebook_id)
    problems = check_submission(notebook, reference)
    unusable = [p for p in problems if p.unusable]
    if unusable:
        raise CourseError(unusable[0].message)
    if not problems:
        click.echo(f"{notebook}: graded structure intact ({len(reference.cells)} graded cells match the "
                   f"{reference.origin} copy of {chapter})")
        return 0
    click.echo(f"{notebook}: {len(problems)} problem{'s' if len(problems) > 1 else ''} with the graded cells "
               "(answers are not checked here):")
    for problem in problems:
        click.echo(f"  {problem.message}")
    return 1
