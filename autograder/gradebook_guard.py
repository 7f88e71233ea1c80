"""Is this the course's gradebook? A read-only look before nbgrader's ``Gradebook`` opens it.

nbgrader's :class:`~nbgrader.api.Gradebook` creates the tables and the course row it does not find,
so opening a missing file, a foreign database or another course's gradebook with it silently writes
there and reads nothing. Readers of grades (``report``, ``export``) call :func:`check_gradebook`
first and stop with one clear line instead.
"""

from __future__ import annotations

from pathlib import Path

from autograder.errors import CourseError

NBGRADER_TABLES = {"course", "assignment", "grade", "submitted_assignment"}


def check_gradebook(db_url: str, course_id: str, hint: str = "run `keras-course grade CHAPTER` first") -> None:
    """Raise :class:`CourseError` unless ``db_url`` is an nbgrader gradebook holding ``course_id``.

    Args:
        db_url: the gradebook's SQLAlchemy URL.
        course_id: the course it must belong to (nbgrader_config.py's ``CourseDirectory.course_id``).
        hint: what to do when there is no gradebook file at all.
    """
    from sqlalchemy import create_engine, inspect, text

    if db_url.startswith("sqlite:///") and not Path(db_url[len("sqlite:///"):]).is_file():
        raise CourseError(f"no gradebook at {db_url[len('sqlite:///'):]}: {hint}")
    engine = create_engine(db_url)
    try:
        with engine.connect() as connection:
            if not NBGRADER_TABLES <= set(inspect(connection).get_table_names()):
                raise CourseError(f"{db_url} is not an nbgrader gradebook (no nbgrader tables in it)")
            courses = [row[0] for row in connection.execute(text("SELECT id FROM course"))]
    finally:
        engine.dispose()
    if course_id not in courses:
        raise CourseError(f"the gradebook {db_url} belongs to course {', '.join(map(repr, courses)) or 'none'}, "
                          f"not {course_id!r} (nbgrader_config.py's CourseDirectory.course_id): "
                          "pass this course's gradebook with --db")
