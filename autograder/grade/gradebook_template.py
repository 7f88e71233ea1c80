"""Copy one chapter's definition (no students) from the real gradebook into a private SQLite file.

A worker grades into this private copy with nbgrader's own Autograde converter, so it restores the
same cells and scores the same points as plain ``nbgrader autograde``, and never touches the real
gradebook: only the parent process writes that one.
"""

from __future__ import annotations

from pathlib import Path

from autograder.errors import CourseError


def build_template(db_url: str, course_id: str, chapter: str, path: str | Path) -> bytes:
    """Write a SQLite gradebook holding only ``chapter``'s cells to ``path`` and return its bytes.

    Args:
        db_url: the real gradebook (any SQLAlchemy URL).
        course_id: the course id nbgrader uses.
        chapter: the assignment id.
        path: where to write the template (a new file).

    Raises:
        CourseError: when the gradebook does not know ``chapter`` (release it first).
    """
    from nbgrader.api import Gradebook, MissingEntry

    path = Path(path)
    with Gradebook(db_url, course_id) as real:
        _stamp_schema_version(real, path)
        try:
            assignment = real.find_assignment(chapter)
        except MissingEntry:
            raise CourseError(
                f"the gradebook {db_url} has no assignment {chapter!r}: run `keras-course release` "
                f"(or `nbgrader generate_assignment {chapter}`) first"
            ) from None
        with Gradebook("sqlite:///" + str(path), course_id) as copy:
            copy.add_assignment(chapter, duedate=assignment.duedate)
            for notebook in assignment.notebooks:
                copy.add_notebook(notebook.name, chapter, kernelspec=notebook.kernelspec)
                for cell in notebook.grade_cells:
                    copy.add_grade_cell(cell.name, notebook.name, chapter,
                                        max_score=cell.max_score, cell_type=cell.cell_type)
                for cell in notebook.solution_cells:
                    copy.add_solution_cell(cell.name, notebook.name, chapter)
                for cell in notebook.task_cells:
                    copy.add_task_cell(cell.name, notebook.name, chapter,
                                       max_score=cell.max_score, cell_type=cell.cell_type)
                for cell in notebook.source_cells:
                    copy.add_source_cell(cell.name, notebook.name, chapter, cell_type=cell.cell_type,
                                         locked=cell.locked, source=cell.source, checksum=cell.checksum)
    return path.read_bytes()


def _stamp_schema_version(real, path: Path) -> None:
    """Give the new SQLite file at ``path`` the real gradebook's alembic version, if it has one.

    nbgrader stamps a new gradebook by running ``alembic heads`` in a subprocess (2-3 s of CPU, once
    per grading run). A file that already holds the ``alembic_version`` table, with the version of
    the gradebook it copies, is one nbgrader takes as existing: it creates the other tables and
    skips the subprocess. A real gradebook without that table (made some other way) leaves the file
    alone, and nbgrader stamps it as before.
    """
    import sqlite3

    from sqlalchemy import text
    from sqlalchemy.exc import SQLAlchemyError

    try:
        version = real.db.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except SQLAlchemyError:
        real.db.rollback()
        return
    if not version:
        return
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
        db.execute("INSERT INTO alembic_version (version_num) VALUES (?)", (version,))
    db.close()
