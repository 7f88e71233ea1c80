"""Canvas's gradebook import CSV: the file Canvas's Grades > Import takes as it is.

The format, as Canvas's own importer reads it (``lib/gradebook_importer.rb`` of instructure/canvas-lms,
read at commit 00b222d77ee43d046e6aee0347c4ed5b27e1741f; the Canvas Instructor Guide's "How do I
import grades in the Gradebook?",
https://community.canvaslms.com/t5/Instructor-Guide/How-do-I-import-grades-in-the-Gradebook/ta-p/807,
describes the same file as the one Grades > Export writes):

* the header row starts ``Student``, ``ID`` (``row[0]`` must contain "Student", ``row[1]`` "ID");
  ``SIS User ID`` then ``SIS Login ID`` follow (``update_column_count``), and the student columns
  end with ``Section`` (``last_student_info_column(row).include?("Section")``, else "Invalid header
  row");
* every later column is an assignment: ``<title> (<assignment id>)`` (``Assignment.title_and_id``,
  ``/\\A(.*)\\s\\((\\d+)\\)\\z/``) updates that assignment; a bare title updates the assignment of that
  title or creates it;
* a row whose first cell contains ``Points Possible`` gives each assignment's points
  (``check_for_non_student_row``, ``process_pp``);
* each other row is a student, found by Canvas user ``ID``, else ``SIS User ID``, else
  ``SIS Login ID``, else by name (``process_student``); a blank score changes nothing.

Students map through an optional roster: a CSV with a header whose ``key`` column (default
``SIS Login ID``) holds the nbgrader student id and whose ``Student``, ``ID``, ``SIS User ID``,
``SIS Login ID`` and ``Section`` columns, where present, are copied. Canvas's own gradebook export
is such a roster. Without one, a student's ``SIS Login ID`` is their nbgrader id.
"""

from __future__ import annotations

import csv
import io
import math
from pathlib import Path

import pandas as pd

from autograder.atomic_file import write_text_atomically
from autograder.errors import CourseError

STUDENT_COLUMNS = ["Student", "ID", "SIS User ID", "SIS Login ID", "Section"]
POINTS_POSSIBLE = "Points Possible"


def read_roster(path: str | Path, key: str = "SIS Login ID") -> dict[str, dict[str, str]]:
    """Return ``{nbgrader student id: {Canvas student column: value}}`` from a roster CSV.

    Rows without a ``key`` value and the ``Points Possible`` row of a Canvas export are skipped.

    Raises:
        CourseError: the file cannot be read, has no ``key`` column, or names a student twice.
    """
    try:
        with open(path, newline="", encoding="utf-8-sig") as handle:
            reader = csv.DictReader(handle)
            if key not in (reader.fieldnames or []):
                raise CourseError(f"roster {path} has no {key!r} column (its columns: "
                                  f"{', '.join(reader.fieldnames or []) or 'none'}): pass --roster-key COLUMN, the "
                                  "column holding the nbgrader student ids")
            rows = list(reader)
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        raise CourseError(f"cannot read the roster {path}: {error}") from None
    roster: dict[str, dict[str, str]] = {}
    for row in rows:
        student = (row.get(key) or "").strip()
        if not student or POINTS_POSSIBLE in (row.get("Student") or ""):
            continue
        if student in roster:
            raise CourseError(f"roster {path} names {student!r} twice in its {key!r} column")
        roster[student] = {column: (row.get(column) or "").strip() for column in STUDENT_COLUMNS if column in row}
    return roster


def _score(value: float) -> str:
    return "" if value is None or (isinstance(value, float) and math.isnan(value)) else f"{value:g}"


def canvas_csv(table: pd.DataFrame, names: dict[str, str] | None = None,
               roster: dict[str, dict[str, str]] | None = None, assignment_ids: dict[str, str] | None = None) -> str:
    """Return the Canvas gradebook import CSV of a grade table.

    Args:
        table: :func:`autograder.export.grade_table.grade_table`'s table (students x chapters, a
            ``total`` column and a ``max`` row; the total is not exported, Canvas computes its own).
        names: ``{student id: "Last, First"}`` for the ``Student`` column (default: the id).
        roster: from :func:`read_roster`; every student of the table must be in it.
        assignment_ids: ``{chapter: Canvas assignment id}``; a chapter without one is a bare title.

    Raises:
        CourseError: students of the table missing from the roster (named), or an assignment id
            that is not a number.
    """
    chapters = [c for c in table.columns if c != "total"]
    assignment_ids = assignment_ids or {}
    for chapter, number in assignment_ids.items():
        if chapter not in chapters or not str(number).isdigit():
            raise CourseError(f"--canvas-assignment {chapter}={number}: expected a chapter of the gradebook "
                              f"({', '.join(chapters)}) and Canvas's numeric assignment id")
    students = [s for s in table.index if s != "max"]
    if roster is not None:
        missing = [s for s in students if s not in roster]
        if missing:
            shown = ", ".join(missing[:5]) + (f" and {len(missing) - 5} more" if len(missing) > 5 else "")
            raise CourseError(f"{len(missing)} student(s) of the gradebook are not in the roster ({shown}): add them "
                              "or fix --roster-key")
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(STUDENT_COLUMNS + [f"{c} ({assignment_ids[c]})" if c in assignment_ids else c for c in chapters])
    writer.writerow([POINTS_POSSIBLE, "", "", "", ""] + [_score(table.loc["max", c]) for c in chapters])
    for student in students:
        known = (roster or {}).get(student, {})
        row = {"Student": (names or {}).get(student) or student, "ID": "", "SIS User ID": "",
               "SIS Login ID": student, "Section": ""}
        row.update({column: value for column, value in known.items() if value})
        writer.writerow([row[c] for c in STUDENT_COLUMNS] + [_score(table.loc[student, c]) for c in chapters])
    return out.getvalue()


def student_names(root: str | Path = ".", db_url: str | None = None) -> dict[str, str]:
    """``{student id: "Last, First"}`` for the gradebook's students that have a name."""
    from nbgrader.api import Gradebook

    from autograder.grade.course_config import load_course_config

    course = load_course_config(root, db_url)
    with Gradebook(course.db_url, course.course_id) as gb:
        return {s.id: ", ".join(part for part in (s.last_name, s.first_name) if part)
                for s in gb.students if s.last_name or s.first_name}


def write_canvas_csv(path: str | Path, table: pd.DataFrame, names: dict[str, str] | None = None,
                     roster: dict[str, dict[str, str]] | None = None,
                     assignment_ids: dict[str, str] | None = None) -> Path:
    """Write :func:`canvas_csv` to ``path`` whole or not at all; return the path."""
    return write_text_atomically(path, canvas_csv(table, names, roster, assignment_ids))
