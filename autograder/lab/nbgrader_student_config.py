"""The nbgrader configuration a student's lab uses: course id, a local exchange, generous timeouts."""

from __future__ import annotations

from pathlib import Path

COURSE_ID = "keras-course"

TEMPLATE = '''"""nbgrader configuration for this student's lab (written by keras-course lab; rewritten each start)."""

c = get_config()  # noqa: F821
c.CourseDirectory.course_id = {course_id!r}
c.Exchange.root = {exchange!r}
c.Exchange.cache = {cache!r}
c.Exchange.assignment_dir = {workdir!r}
# Validate runs the whole notebook: importing TensorFlow and training take longer than nbgrader's 30 s.
c.Execute.timeout = 180
c.Execute.startup_timeout = 120
'''


def write_student_config(config_dir: Path, workdir: Path, exchange: Path, cache: Path) -> Path:
    """Write ``config_dir/nbgrader_config.py`` for the Validate button and the assignment list.

    nbgrader's lab handlers read ``nbgrader_config.py`` from every folder on the Jupyter config path.
    Returns the file written.
    """
    path = config_dir / "nbgrader_config.py"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(TEMPLATE.format(course_id=COURSE_ID, exchange=str(exchange), cache=str(cache), workdir=str(workdir)))
    return path
