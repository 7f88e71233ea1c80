"""``keras-course export``: the per-student, per-chapter grade table."""

from __future__ import annotations

import click


@click.command("export")
@click.option("--csv", "csv_path", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Write the table to this CSV file instead of printing it.")
@click.option("--db", "db_url", metavar="URL", default=None, help="Gradebook URL (default: from nbgrader_config.py).")
def export(csv_path: str | None, db_url: str | None) -> int:
    """Print the grade table: one row per student, one column per chapter, a total and a max row."""
    from autograder.export.grade_table import grade_table

    table = grade_table(db_url=db_url)
    if csv_path:
        table.to_csv(csv_path)
        click.echo(f"wrote {csv_path} ({len(table) - 1} students)", err=True)
    else:
        click.echo(table.to_string(float_format=lambda v: f"{v:g}", na_rep="-"))
    return 0
