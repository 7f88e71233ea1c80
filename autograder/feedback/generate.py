"""``keras-course feedback``: nbgrader's HTML feedback per student, without any hidden test code.

nbgrader's own GenerateFeedback runs with :class:`autograder.feedback.hidden_tests.HideHiddenTests`
first, so neither cells nor tracebacks quote a hidden test; the failed test's message still reaches
the student.
"""

from __future__ import annotations

from pathlib import Path

from nbconvert.preprocessors import CSSHTMLHeaderPreprocessor
from nbgrader.preprocessors import GetGrades

from autograder.feedback.hidden_tests import HideHiddenTests
from autograder.grade.course_config import load_course_config


def write_feedback(chapter: str, root: str | Path = ".", students: list[str] | tuple[str, ...] = (),
                   db_url: str | None = None) -> list[Path]:
    """Write ``feedback/<student>/<chapter>/<notebook>.html`` for every autograded submission.

    Args:
        chapter: the assignment id.
        root: the course root.
        students: only these students (all autograded ones when empty).
        db_url: the gradebook (default: the configured one).

    Returns:
        The HTML files written, sorted.

    Raises:
        CourseError: no course root, or nothing autograded for ``chapter``.
    """
    from nbgrader.converters import GenerateFeedback
    from nbgrader.converters.base import NbGraderException

    from autograder.errors import CourseError

    course = load_course_config(root, db_url)
    coursedir = course.coursedir
    autograded = Path(coursedir.format_path(coursedir.autograded_directory, ".", "."))
    found = sorted(p.parent.name for p in autograded.glob(f"*/{chapter}") if p.is_dir())
    wanted = [s for s in found if not students or s in students]
    if not wanted:
        raise CourseError(f"nothing autograded for {chapter} under {autograded}: run `keras-course grade {chapter}` first")
    config = course.config
    config.GenerateFeedback.preprocessors = [HideHiddenTests, GetGrades, CSSHTMLHeaderPreprocessor]
    written: list[Path] = []
    for student in wanted:
        coursedir.assignment_id = chapter
        coursedir.student_id = student
        converter = GenerateFeedback(coursedir=coursedir, config=config)
        converter.force = True
        try:
            converter.start()
        except NbGraderException as error:
            raise CourseError(f"nbgrader could not write feedback for {student}/{chapter}: {error}") from None
        out = Path(coursedir.format_path(coursedir.feedback_directory, student, chapter))
        written += sorted(out.glob("*.html"))
    return written
