"""``keras-course demo``: release, sample class, parallel grading, feedback and grades in one go."""

from __future__ import annotations

from pathlib import Path

import click


@click.command("demo")
@click.option("--workers", type=click.IntRange(min=1), default=None, help="Worker processes (default: cores).")
def demo(workers: int | None) -> int:
    """Run the course loop on ch01_sequential in a temporary copy of this checkout; leaves nothing behind."""
    from autograder.demo.course_loop import run_demo
    from autograder.release.course_root import find_course_root

    return run_demo(find_course_root(Path.cwd()).path, workers=workers)
