"""``keras-course export``: the per-student, per-chapter grade table, and Canvas's gradebook import CSV."""

from __future__ import annotations

import click

from autograder.errors import CourseError


def _assignment_ids(pairs: tuple[str, ...]) -> dict[str, str]:
    found = {}
    for pair in pairs:
        chapter, _, number = pair.partition("=")
        if not chapter or not number:
            raise CourseError(f"--canvas-assignment {pair}: expected CHAPTER=ID, e.g. ch01_sequential=123456")
        found[chapter.strip()] = number.strip()
    return found


@click.command("export")
@click.option("--csv", "csv_path", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Write the table to this CSV file instead of printing it.")
@click.option("--canvas", "canvas_path", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Also write Canvas's gradebook import CSV (Grades > Import) to this file.")
@click.option("--roster", type=click.Path(exists=True, dir_okay=False), default=None,
              help="CSV mapping students to Canvas (Student, ID, SIS User ID, SIS Login ID, Section); "
                   "Canvas's own gradebook export works.")
@click.option("--roster-key", default="SIS Login ID", show_default=True,
              help="The roster column that holds the nbgrader student id.")
@click.option("--canvas-assignment", "canvas_assignments", multiple=True, metavar="CHAPTER=ID",
              help="Canvas's assignment id of a chapter (repeatable); without one the column is matched by title.")
@click.option("--db", "db_url", metavar="URL", default=None, help="Gradebook URL (default: from nbgrader_config.py).")
def export(csv_path: str | None, canvas_path: str | None, roster: str | None, roster_key: str,
           canvas_assignments: tuple[str, ...], db_url: str | None) -> int:
    """Print the grade table: one row per student, one column per chapter, a total and a max row.

    With --canvas, also write the file Canvas's gradebook imports as it is: a header row
    (Student, ID, SIS User ID, SIS Login ID, Section, one column per chapter), a Points Possible
    row, then one row per student.
    """
    from autograder.export.grade_table import grade_table

    if (roster or canvas_assignments) and not canvas_path:
        raise CourseError("--roster and --canvas-assignment shape the Canvas file: pass --canvas FILE too")
    table = grade_table(db_url=db_url)
    if canvas_path:
        from autograder.export.canvas import read_roster, student_names, write_canvas_csv

        mapping = read_roster(roster, roster_key) if roster else None
        write_canvas_csv(canvas_path, table, student_names(db_url=db_url), mapping, _assignment_ids(canvas_assignments))
        click.echo(f"wrote {canvas_path} (Canvas gradebook import, {len(table) - 1} students)", err=True)
    if csv_path:
        table.to_csv(csv_path)
        click.echo(f"wrote {csv_path} ({len(table) - 1} students)", err=True)
    else:
        click.echo(table.to_string(float_format=lambda v: f"{v:g}", na_rep="-"))
    return 0
