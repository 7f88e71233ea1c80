"""``keras-course lab``: JupyterLab on the student's own copy of the release notebooks."""

from __future__ import annotations

import subprocess
from pathlib import Path

import click

from autograder.errors import CourseError
from autograder.lab import lab_command, prepare_lab


@click.command(name="lab")
@click.option("--dir", "workdir", type=click.Path(path_type=Path, file_okay=False), default="keras-course-work",
              show_default=True, help="Your folder: release notebooks are copied here, your work is never overwritten.")
@click.option("--release", "release", type=click.Path(path_type=Path, file_okay=False), default="release",
              show_default=True, help="The course's release/ folder to copy from.")
@click.option("--port", type=int, default=None, help="Port to serve on (default: 8888 or the next free one).")
@click.option("--no-browser", is_flag=True, help="Do not open a web browser; print the URL instead.")
def lab(workdir: Path, release: Path, port: int | None, no_browser: bool) -> int:
    """Open JupyterLab on your copy of the course notebooks, with nbgrader's Validate and Assignments.

    Instructor tools (formgrader, create assignment, course list) are hidden. Stop it with Ctrl+C.
    """
    if not release.is_dir():
        raise CourseError(f"{release}/ does not exist: run keras-course lab from the course root, or pass --release")
    folder = prepare_lab(release, workdir)
    click.echo(f"{folder.workdir}: {len(folder.copied)} new file(s) copied from {release}/; existing files kept as they were")
    click.echo(f"chapters: {', '.join(folder.chapters)}")
    launch = lab_command(folder, port=port, open_browser=not no_browser)
    try:
        return subprocess.call(list(launch.argv), env=launch.env, cwd=launch.cwd)
    except KeyboardInterrupt:
        return 0
