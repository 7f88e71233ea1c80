"""``keras-course report CHAPTER``: build the whole report of a graded chapter and write it at once.

Everything is read and computed first (a bad input stops here with one :class:`CourseError` line and
nothing written); then every file is written into a temporary folder beside the output folder and
renamed into place, so the output never holds half a report.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from autograder.errors import CourseError
from autograder.grade.course_config import load_course_config
from autograder.report.causes import group_failures
from autograder.report.class_scores import read_class_scores
from autograder.report.grading_records import read_grading_records
from autograder.report.page import ReportPage, render_page
from autograder.report.plots import score_distribution, seconds_histogram
from autograder.report.similarity import THRESHOLD, similar_pairs, solution_cells
from autograder.report.statistics import failing, slowest, status_counts, student_rows, test_summaries
from autograder.report.tables import report_csvs, report_json


@dataclass
class Report:
    """What :func:`build_report` wrote: the folder, its files and the page's data."""

    folder: Path
    files: list[Path]
    page: ReportPage


def _test_order(release: Path) -> list[str]:
    """``notebook:cell`` of every graded cell of the release notebooks, in notebook order."""
    order = []
    for notebook in sorted(release.glob("*.ipynb")):
        try:
            cells = json.loads(notebook.read_text(encoding="utf-8")).get("cells", [])
        except (OSError, ValueError):
            continue
        for cell in cells:
            meta = (cell.get("metadata") or {}).get("nbgrader") or {}
            if meta.get("grade") and meta.get("grade_id"):
                order.append(f"{notebook.stem}:{meta['grade_id']}")
    return order


def _hidden_lines(source: Path) -> list[str]:
    """Hidden test and solution lines of the chapter's source notebooks (none when source/ is absent)."""
    from autograder.release.leaks import hidden_lines

    lines: list[str] = []
    for notebook in sorted(source.glob("*.ipynb")):
        try:
            lines += list(hidden_lines(notebook))
        except (OSError, ValueError, KeyError):
            continue
    return lines


def _feedback_links(coursedir, chapter: str, students: list[str], out: Path) -> dict[str, list[str]]:
    links = {}
    for student in students:
        folder = Path(coursedir.format_path(coursedir.feedback_directory, student, chapter))
        links[student] = [os.path.relpath(path, out).replace(os.sep, "/") for path in sorted(folder.glob("*.html"))]
    return links


def _cells_of(folder: Path, names: list[str]) -> dict[str, str]:
    """``{notebook:cell id: source}`` of the solution cells of ``folder/<name>.ipynb`` for each name."""
    return {f"{name}:{cell}": code for name in names for cell, code in solution_cells(folder / f"{name}.ipynb").items()}


def _similarity(coursedir, chapter: str, students: list[str], release: Path, source: Path, threshold: float):
    names = [notebook.stem for notebook in sorted(release.glob("*.ipynb"))]
    starters = _cells_of(release, names)
    markers = ("### BEGIN SOLUTION", "### END SOLUTION")
    solutions = {cell: "\n".join(line for line in code.splitlines() if line.strip() not in markers)
                 for cell, code in _cells_of(source, names).items()}
    answers = {student: _cells_of(Path(coursedir.format_path(coursedir.submitted_directory, student, chapter)), names)
               for student in students}
    return similar_pairs(answers, starters, threshold, solutions)


def write_files(folder: Path, files: dict[str, str]) -> list[Path]:
    """Write ``{name: text}`` into ``folder``: all into a temporary folder first, then renamed in."""
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise CourseError(f"{folder} exists and is not a folder: pass another --out")
    folder.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{folder.name}-", dir=folder.parent))
    try:
        for name, text in files.items():
            (staging / name).write_text(text, encoding="utf-8")
        for name in files:
            os.replace(staging / name, folder / name)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return [folder / name for name in files]


def build_report(chapter: str, root: str | Path = ".", out: str | Path | None = None, db_url: str | None = None,
                 similarity: bool = True, threshold: float = THRESHOLD) -> Report:
    """Build the report of a graded ``chapter`` and write it to ``out`` (default ``reports/<chapter>/``).

    Writes ``report.html`` (self-contained: plots embedded, opens offline), ``report.json`` and the
    CSVs ``tests.csv``, ``causes.csv``, ``students.csv`` and ``similarity.csv``.

    Args:
        chapter: the assignment id.
        root: the course root (or a folder inside it).
        out: the output folder; a relative path is taken from the current folder.
        db_url: the gradebook (default: the configured one).
        similarity: compare the submissions' solution cells (copydetect).
        threshold: the smallest copied share a similar pair must reach in both submissions (0..1).

    Raises:
        CourseError: no course root, no or a foreign gradebook, a chapter not graded yet, missing
            grading records, or an output path that is a file.
    """
    course = load_course_config(root, db_url)
    coursedir = course.coursedir
    release = Path(coursedir.format_path(coursedir.release_directory, ".", chapter))
    source = Path(coursedir.format_path(coursedir.source_directory, ".", chapter))
    out = Path(out) if out is not None else course.root / "reports" / chapter
    out = out.resolve()
    scores = read_class_scores(course.db_url, course.course_id, chapter, _test_order(release))
    records = read_grading_records(course.root / "logs" / chapter, chapter, list(scores.scores))
    summaries = test_summaries(scores, records)
    rows = student_rows(scores, records)
    pairs = _similarity(coursedir, chapter, list(records), release, source, threshold) if similarity else None
    page = ReportPage(
        chapter=chapter, course_id=course.course_id,
        generated=datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"), summaries=summaries,
        plots={s.test.key: score_distribution(s.test.key, s.distribution(), s.test.max_points) for s in summaries},
        time_plot=seconds_histogram([r.seconds for r in rows]),
        causes=group_failures(records, _hidden_lines(source)), rows=rows, counts=status_counts(rows),
        slowest=slowest(rows), failing=failing(rows),
        feedback=_feedback_links(coursedir, chapter, list(records), out), pairs=pairs,
        similarity_note=(f"Pairs whose own solution code (the release's starter code excluded) matches at "
                         f"{threshold:.0%} or more in both submissions, by copydetect's winnowing over "
                         "normalised tokens. A lead to check by reading, never a verdict; never shown to students."))
    files = {"report.html": render_page(page), "report.json": report_json(page), **report_csvs(page)}
    return Report(out, write_files(out, files), page)
