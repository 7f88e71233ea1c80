"""The single writer: record one submission's outcome in the real gradebook in one transaction.

Only the parent process calls this. A submission is written completely or not at all: every grade
and comment row of the submission is set before the one commit, and any error rolls back.
"""

from __future__ import annotations

from nbgrader.api import (Comment, Grade, Gradebook, MissingEntry, Student, SubmittedAssignment,
                          SubmittedNotebook)
from nbgrader.utils import parse_utc


def _submission(gb: Gradebook, chapter: str, student_id: str) -> SubmittedAssignment:
    """Find the student's submission or build it (with its notebooks, grades and comments), uncommitted."""
    session = gb.db
    student = session.get(Student, student_id)
    if student is None:
        student = Student(id=student_id)
        session.add(student)
    try:
        return gb.find_submission(chapter, student_id)
    except MissingEntry:
        pass
    # the same structure nbgrader.api.Gradebook.add_submission builds, without its commit
    with session.no_autoflush:
        submission = SubmittedAssignment(assignment=gb.find_assignment(chapter), student=student)
        for notebook in submission.assignment.notebooks:
            nb = SubmittedNotebook(notebook=notebook, assignment=submission)
            for cell in notebook.grade_cells:
                Grade(cell=cell, notebook=nb)
            for cell in notebook.solution_cells:
                Comment(cell=cell, notebook=nb)
            for cell in notebook.task_cells:
                Comment(cell=cell, notebook=nb)
                Grade(cell=cell, notebook=nb)
        session.add(submission)  # cascades to the notebooks, grades and comments built above
    return submission


def record_result(gb: Gradebook, result: dict) -> None:
    """Write ``result`` (from :func:`autograder.grade.worker.grade_submission`) into ``gb``.

    A graded result sets each grade's ``auto_score`` and each comment's ``auto_comment`` exactly as
    nbgrader's SaveAutoGrades does (a grade keeps its manual score and is then flagged for review).
    Any other status scores every cell 0 and puts the reason in every comment.

    Raises:
        Exception: whatever the database raised; the transaction is rolled back first.
    """
    session = gb.db
    chapter, student_id = result["chapter"], result["student"]
    graded = result["status"] == "graded"
    scores = {(g["notebook"], g["cell"]): g["auto_score"] for g in result.get("grades", [])}
    comments = {(c["notebook"], c["cell"]): c["auto_comment"] for c in result.get("comments", [])}
    penalties = result.get("late_penalty", {})
    try:
        submission = _submission(gb, chapter, student_id)
        if result.get("timestamp"):
            submission.timestamp = parse_utc(result["timestamp"])
        for notebook in submission.notebooks:
            name = notebook.name
            notebook.late_submission_penalty = penalties.get(name) if graded else None
            for grade in notebook.grades:
                if graded:
                    grade.auto_score = scores.get((name, grade.name))
                    grade.needs_manual_grade = grade.manual_score is not None or grade.auto_score is None
                else:
                    grade.auto_score = 0.0
                    grade.needs_manual_grade = grade.manual_score is not None
            for comment in notebook.comments:
                if graded:
                    comment.auto_comment = comments.get((name, comment.name))
                else:
                    comment.auto_comment = f"Not graded: {result.get('reason') or result['status']}"
        session.commit()
    except BaseException:
        session.rollback()
        raise
