"""``keras-course demo``: the whole course loop on embedded defaults, in a temporary course copy.

From the checkout: copy the config and one chapter's source into a temporary folder, build the
release there (the lead's :mod:`autograder.release` API), create a sample class from the bundled
scenario submissions (instructor's answers, alternative correct answers, plausible mistakes, an
untouched release, unreadable JSON, an endless loop), grade it in parallel into a SQLite gradebook,
write feedback, prove the feedback holds no hidden test text, build the class report and print its
most frequent causes of failure, and print the grade table. The
temporary folder is removed afterwards, whatever happens.
"""

from __future__ import annotations

import html
import os
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import TextIO

from autograder.demo.sample_class import sample_class
from autograder.errors import CourseError

DEMO_CHAPTER = "ch01_sequential"
# Short per-cell limit so the endless loop is cut off quickly; ch01's cells each take seconds.
DEMO_CELL_TIMEOUT = 30


def _feedback_leaks(course: Path, chapter: str, feedback: list[Path]) -> list[str]:
    from autograder.release.leaks import hidden_lines

    hidden = [line for line, kind in hidden_lines(course / "source" / chapter / f"{chapter}.ipynb").items()
              if kind == "hidden test"]
    leaks = []
    for path in feedback:
        text = html.unescape(re.sub(r"<[^>]+>", "", path.read_text()))
        leaks += [f"{path.relative_to(course)}: {line}" for line in hidden if line in text]
    return leaks


def demo_course(checkout: Path, course: Path, chapter: str = DEMO_CHAPTER) -> dict[str, str]:
    """Build the demo's course at ``course`` (a new folder) from the checkout; return its class.

    Copies ``nbgrader_config.py`` (with a short per-cell limit) and ``source/<chapter>``, builds
    ``release/<chapter>`` with nbgrader and writes the sample class into ``submitted/``.

    Returns:
        ``{student: what the submission is}`` (see :func:`autograder.demo.sample_class.sample_class`).

    Raises:
        CourseError: the checkout lacks the chapter's source or its bundled scenarios.
    """
    from autograder.release.course_root import find_course_root
    from autograder.release.generate import write_release
    from autograder.tool_path import ensure_tools_on_path

    ensure_tools_on_path()  # nbgrader's gradebook runs `alembic` from this environment
    checkout = Path(checkout).resolve()
    source, scenarios = checkout / "source" / chapter, checkout / "tests" / "notebooks" / chapter
    if not (source / f"{chapter}.ipynb").is_file():
        raise CourseError(f"{source}/{chapter}.ipynb is missing: run keras-course demo from the course checkout")
    if not scenarios.is_dir():
        raise CourseError(f"{scenarios} is missing: the demo builds its sample class from those scenarios")
    (course / "source").mkdir(parents=True)
    shutil.copy(checkout / "nbgrader_config.py", course)
    with open(course / "nbgrader_config.py", "a") as config:
        config.write(f"\n# keras-course demo: a short per-cell limit cuts the endless loop off quickly\n"
                     f"c.Execute.timeout = {DEMO_CELL_TIMEOUT}\n")
    shutil.copytree(source, course / "source" / chapter)
    write_release(find_course_root(course), [chapter])
    return sample_class(course, chapter, scenarios)


def run_demo(checkout: Path, workers: int | None = None, stream: TextIO | None = None,
             chapter: str = DEMO_CHAPTER) -> int:
    """Run the demo from the checkout at ``checkout``; return 0 when every step worked.

    Raises:
        CourseError: the checkout lacks the chapter's source or its bundled scenarios.
    """
    from autograder.export.grade_table import grade_table
    from autograder.feedback.generate import write_feedback
    from autograder.grade.run import grade_chapter
    from autograder.report.build import build_report

    out = stream if stream is not None else sys.stdout
    checkout = Path(checkout).resolve()

    def say(text: str) -> None:
        out.write(text + "\n")
        out.flush()

    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="keras-course-demo-") as tmp:
        course = Path(tmp) / "course"
        say(f"demo: temporary course at {course} (removed at the end)")
        say(f"demo: 1/6 building release/{chapter} from source/ with nbgrader")
        described = demo_course(checkout, course, chapter)
        say(f"demo: 2/6 sample class of {len(described)} submissions:")
        for student, what in described.items():
            say(f"  {student:42s} {what[:90]}")
        parallel = workers or os.cpu_count() or 1
        say(f"demo: 3/6 grading in parallel ({parallel} workers, SQLite gradebook)")
        outcome = grade_chapter(chapter, root=course, workers=parallel, timeout=600)
        if outcome.interrupted:
            say("demo: interrupted")
            return 130
        say(outcome.table())
        say(outcome.sandbox_summary())
        if outcome.errors:
            say(f"demo: {len(outcome.errors)} submission(s) ended in error (the grader failed, see the reason "
                "column): nothing was recorded for them")
        say("demo: 4/6 writing feedback (hidden tests never shown)")
        feedback = write_feedback(chapter, root=course)
        leaks = _feedback_leaks(course, chapter, feedback)
        say(f"  {len(feedback)} HTML files; hidden test lines found in them: {len(leaks)}")
        for leak in leaks[:5]:
            say(f"  LEAK {leak}")
        say("demo: 5/6 class report (keras-course report: failures by cause, plots, similarity)")
        report = build_report(chapter, root=course)
        say(f"  {report.folder.relative_to(course)}/report.html: {len(report.page.causes)} causes of failure, "
            f"{len(report.page.pairs or [])} similar pair(s); the most frequent causes:")
        for cause in report.page.causes[:3]:
            say(f"  {cause.count} x {cause.test} {cause.check or '-'}: {cause.pattern[:90]}")
        say("demo: 6/6 grade table (keras-course export)")
        say(grade_table(root=course).to_string(float_format=lambda v: f"{v:g}", na_rep="-"))
    say(f"demo: done in {time.monotonic() - started:.0f} s; temporary course removed")
    return 1 if leaks or outcome.errors else 0
