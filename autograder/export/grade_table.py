"""``keras-course export``: the per-student, per-chapter grade table, built with pandas."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from autograder.grade.course_config import load_course_config
from autograder.gradebook_guard import check_gradebook


def grade_table(root: str | Path = ".", db_url: str | None = None) -> pd.DataFrame:
    """Return one row per student, one column per chapter (points; NaN when not submitted), and ``total``.

    The last row, ``max``, holds each chapter's maximum. Scores are nbgrader's: the manual score
    where a grader gave one, the automatic one otherwise, minus any late penalty.

    Raises:
        CourseError: no gradebook, not an nbgrader gradebook, or another course's (nothing written to it).
    """
    from nbgrader.api import Gradebook

    course = load_course_config(root, db_url)
    check_gradebook(course.db_url, course.course_id, "grade a chapter first (keras-course grade CHAPTER)")
    with Gradebook(course.db_url, course.course_id) as gb:
        chapters = [a.name for a in sorted(gb.assignments, key=lambda a: a.name)]
        maxima = {a.name: float(a.max_score) for a in gb.assignments}
        records = []
        for assignment in gb.assignments:
            for submission in assignment.submissions:
                penalty = sum(nb.late_submission_penalty or 0.0 for nb in submission.notebooks)
                records.append({"student": submission.student_id, "chapter": assignment.name,
                                "points": float(submission.score) - penalty})
        students = sorted(s.id for s in gb.students)
    long = pd.DataFrame(records, columns=["student", "chapter", "points"])
    table = long.pivot_table(index="student", columns="chapter", values="points", aggfunc="sum")
    table = table.reindex(index=students, columns=chapters)
    table["total"] = table[chapters].sum(axis=1, min_count=0)
    table.loc["max"] = [maxima[c] for c in chapters] + [sum(maxima.values())]
    table.columns.name = None
    table.index.name = "student"
    return table
