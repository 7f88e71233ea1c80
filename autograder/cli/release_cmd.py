"""``keras-course release``: regenerate release/ from source/, or check that it is up to date."""

from __future__ import annotations

import click

from autograder.release.course_root import find_course_root
from autograder.release.generate import stale_files, write_release


@click.command(name="release")
@click.argument("chapters", nargs=-1)
@click.option("--check", is_flag=True, help="Do not write: exit 1 and name the files when release/ is stale.")
def release(chapters: tuple[str, ...], check: bool) -> int:
    """Regenerate release/CHAPTER from source/CHAPTER through nbgrader (all chapters by default).

    Every generated notebook is checked for solution and hidden-test text before it replaces the
    committed one; a broken source notebook is named with its cell and nothing is written.
    """
    root = find_course_root()
    names = root.resolve_chapters(chapters)
    if check:
        stale = stale_files(root, names)
        if stale:
            click.echo("release/ is stale; run 'keras-course release' and commit the result:", err=True)
            for name in stale:
                click.echo(f"  {name}", err=True)
            return 1
        click.echo(f"release/ is up to date for {', '.join(names) or 'no chapters'}")
        return 0
    for chapter in write_release(root, names):
        click.echo(f"release/{chapter}: regenerated, no solution or hidden test text found")
    return 0
