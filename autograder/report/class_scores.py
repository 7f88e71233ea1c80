"""Per-test scores of one chapter, read out of the gradebook with nbgrader's own models.

The gradebook is checked first with a read-only look (:mod:`autograder.gradebook_guard`; then: the
chapter is in it and has submissions), so that a wrong gradebook is one clear line and nbgrader's
:class:`~nbgrader.api.Gradebook`, which creates what it does not find, never writes into it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from autograder.errors import CourseError
from autograder.gradebook_guard import check_gradebook


@dataclass(frozen=True)
class TestCell:
    """One graded test cell of the chapter: its notebook, grade id and points."""

    notebook: str
    cell: str
    max_points: float

    @property
    def key(self) -> str:
        """``notebook:cell``, how the report names the test."""
        return f"{self.notebook}:{self.cell}"


@dataclass
class ClassScores:
    """What the gradebook holds for one chapter: its tests and each student's score per test."""

    chapter: str
    course_id: str
    tests: list[TestCell]
    # student -> test key -> points (None: neither the autograder nor a grader scored it yet, e.g. a
    # manually graded answer not graded yet)
    scores: dict[str, dict[str, float | None]] = field(default_factory=dict)

    @property
    def max_points(self) -> float:
        """The chapter's total points."""
        return sum(test.max_points for test in self.tests)


def _check_chapter(db_url: str, course_id: str, chapter: str) -> None:
    """Raise a :class:`CourseError` naming what is wrong with the gradebook for this report."""
    from sqlalchemy import create_engine, text

    check_gradebook(db_url, course_id, f"run `keras-course grade {chapter}` first")
    engine = create_engine(db_url)
    try:
        with engine.connect() as connection:
            found = connection.execute(
                text("SELECT a.id, (SELECT COUNT(*) FROM submitted_assignment s WHERE s.assignment_id = a.id) "
                     "FROM assignment a WHERE a.name = :name AND a.course_id = :course"),
                {"name": chapter, "course": course_id}).first()
    finally:
        engine.dispose()
    if found is None:
        raise CourseError(f"{chapter} is not in the gradebook of {course_id!r}: release it "
                          f"(keras-course release {chapter}) and grade it (keras-course grade {chapter}) first")
    if not found[1]:
        raise CourseError(f"{chapter} is not graded yet (no submission in the gradebook): "
                          f"run `keras-course grade {chapter}` first")


def read_class_scores(db_url: str, course_id: str, chapter: str, order: list[str] | None = None) -> ClassScores:
    """Return every graded test cell of ``chapter`` and each student's points on it.

    A student's points on a test are nbgrader's score of the cell: the manual score when a grader
    gave one, the automatic one otherwise (plus extra credit); None when neither was given yet (a
    manually graded answer waiting for its grader).

    Args:
        db_url: the gradebook (any SQLAlchemy URL).
        course_id: the course the gradebook must belong to.
        chapter: the assignment id.
        order: test keys (``notebook:cell``) in the order the notebook shows them; tests not in it
            come after, by name.

    Raises:
        CourseError: no gradebook, not an nbgrader gradebook, another course's gradebook, a chapter
            the gradebook does not know, or a chapter with no submission yet.
    """
    from nbgrader.api import (Assignment, Grade, GradeCell, Gradebook, Notebook, SubmittedAssignment,
                              SubmittedNotebook)

    _check_chapter(db_url, course_id, chapter)
    with Gradebook(db_url, course_id) as gb:
        cells = (gb.db.query(Notebook.name, GradeCell.name, GradeCell.max_score)
                 .join(Notebook, GradeCell.notebook_id == Notebook.id)
                 .join(Assignment, Notebook.assignment_id == Assignment.id)
                 .filter(Assignment.name == chapter, Assignment.course_id == course_id).all())
        rows = (gb.db.query(SubmittedAssignment.student_id, Notebook.name, GradeCell.name, Grade.score,
                            Grade.auto_score, Grade.manual_score)
                .join(SubmittedNotebook, Grade.notebook_id == SubmittedNotebook.id)
                .join(SubmittedAssignment, SubmittedNotebook.assignment_id == SubmittedAssignment.id)
                .join(GradeCell, Grade.cell_id == GradeCell.id)
                .join(Notebook, GradeCell.notebook_id == Notebook.id)
                .join(Assignment, Notebook.assignment_id == Assignment.id)
                .filter(Assignment.name == chapter, Assignment.course_id == course_id).all())
        students = (gb.db.query(SubmittedAssignment.student_id)
                    .join(Assignment, SubmittedAssignment.assignment_id == Assignment.id)
                    .filter(Assignment.name == chapter, Assignment.course_id == course_id).all())
    rank = {key: index for index, key in enumerate(order or [])}
    tests = sorted((TestCell(notebook, cell, float(points)) for notebook, cell, points in cells),
                   key=lambda t: (rank.get(t.key, len(rank)), t.key))
    scores: dict[str, dict[str, float | None]] = {student: {} for (student,) in students}
    for student, notebook, cell, score, auto, manual in rows:
        unscored = auto is None and manual is None
        scores[student][f"{notebook}:{cell}"] = None if unscored else float(score or 0.0)
    return ClassScores(chapter, course_id, tests, dict(sorted(scores.items())))
