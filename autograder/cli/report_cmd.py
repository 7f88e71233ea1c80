"""``keras-course report CHAPTER``: the graded class at a glance, as an offline HTML page, CSV and JSON."""

from __future__ import annotations

from pathlib import Path

import click


@click.command("report")
@click.argument("chapter")
@click.option("--out", "out", type=click.Path(path_type=Path), default=None,
              help="Output folder (default: reports/CHAPTER under the course root).")
@click.option("--db", "db_url", metavar="URL", default=None, help="Gradebook URL (default: from nbgrader_config.py).")
@click.option("--no-similarity", is_flag=True, help="Skip the comparison of the submissions' solution cells.")
@click.option("--threshold", type=click.FloatRange(0.0, 1.0), default=0.8, show_default=True,
              help="Smallest share of matching code, in both submissions, for a similar pair.")
def report(chapter: str, out: Path | None, db_url: str | None, no_similarity: bool, threshold: float) -> int:
    """Write a report of graded CHAPTER: per-test score plots, failures grouped by cause, per-student table.

    report.html opens offline (plots embedded) and links each student's feedback; report.json and the
    CSVs hold the same data. Its similarity section is for the instructor only. Hidden tests and
    solutions are never shown.
    """
    from autograder.report.build import build_report

    built = build_report(chapter, out=out, db_url=db_url, similarity=not no_similarity, threshold=threshold)
    page = built.page
    counts = ", ".join(f"{count} {status}" for status, count in page.counts.items())
    click.echo(f"{built.folder / 'report.html'}: {len(page.rows)} submissions ({counts}), {len(page.summaries)} tests, "
               f"{len(page.causes)} causes of failure"
               + ("" if page.pairs is None else f", {len(page.pairs)} similar pair(s)"))
    for path in built.files[1:]:
        click.echo(f"  {path}", err=True)
    return 0
