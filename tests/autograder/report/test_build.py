"""The whole report of a synthetic class: self-contained HTML, the same data as CSV/JSON, nothing half-written."""

from __future__ import annotations

import csv
import json
import re
import shutil

import pytest
from synthetic_class import CHAPTER

from autograder.errors import CourseError
from autograder.report.build import build_report

FILES = ["report.html", "report.json", "tests.csv", "causes.csv", "students.csv", "similarity.csv"]


def records(course):
    return {p.stem: json.loads(p.read_text()) for p in (course / "logs" / CHAPTER).glob("*.json")}


def test_report_files_hold_the_same_figures_as_the_gradebook(course_copy):
    from nbgrader.api import Gradebook

    feedback = course_copy / "feedback" / "student0003" / CHAPTER / f"{CHAPTER}.html"
    feedback.parent.mkdir(parents=True)
    feedback.write_text("<html>feedback</html>")

    report = build_report(CHAPTER, root=course_copy)

    out = course_copy / "reports" / CHAPTER
    assert report.folder == out and sorted(p.name for p in out.iterdir()) == sorted(FILES)
    data = json.loads((out / "report.json").read_text())
    statuses = [r["status"] for r in records(course_copy).values()]
    assert data["counts"] == {s: statuses.count(s) for s in ("graded", "failed", "error")}
    assert data["counts"]["error"] > 0 and data["counts"]["failed"] > 0  # the synthetic class has both
    scored = [s for s, r in records(course_copy).items() if r["status"] in ("graded", "failed")]
    with Gradebook(f"sqlite:///{course_copy / 'gradebook.db'}", "synthetic-course") as gb:
        for test in data["tests"]:
            points = [gb.find_grade(test["cell"], CHAPTER, CHAPTER, s).score for s in scored]
            assert test["mean"] == pytest.approx(sum(points) / len(points), abs=1e-6)
            assert test["full_share"] == pytest.approx(sum(p == test["max_points"] for p in points) / len(points), abs=1e-6)
            assert sum(test["distribution"].values()) == len(points)
    with open(out / "tests.csv") as handle:
        assert [row["test"] for row in csv.DictReader(handle)] == [t["test"] for t in data["tests"]]
    slowest = sorted(records(course_copy).values(), key=lambda r: -r["seconds"])[:5]
    assert data["slowest"] == [r["student"] for r in slowest]
    assert set(data["failing"]) >= {s for s, r in records(course_copy).items() if r["status"] != "graded"}
    student = next(s for s in data["students"] if s["student"] == "student0003")
    assert student["feedback"] == [f"../../feedback/student0003/{CHAPTER}/{CHAPTER}.html"]
    assert (out / student["feedback"][0]).resolve() == feedback.resolve()
    assert sum(c["count"] for c in data["causes"]) >= sum(len(s["failed_tests"]) > 0 for s in data["students"])


def test_the_page_is_self_contained_and_shows_every_test_with_its_plot(course_copy):
    report = build_report(CHAPTER, root=course_copy, out=course_copy / "out")
    page = (course_copy / "out" / "report.html").read_text()

    sources = re.findall(r'<img src="([^"]+)"', page)
    assert len(sources) == len(report.page.summaries) + 1  # one per test and the grading time
    assert all(s.startswith("data:image/png;base64,") for s in sources)
    assert not re.search(r'(src|href)="(https?:)?//', page) and "<script" not in page
    for summary in report.page.summaries:
        assert f'data-test="{summary.test.key}"' in page
    assert "Similarity (instructor only)" in page
    for student in ("student0000", "student0039"):
        assert f'id="student-{student}"' in page


def test_students_text_is_escaped(course_copy):
    path = course_copy / "logs" / CHAPTER / "student0001.json"
    record = json.loads(path.read_text())
    record["reason"] = "<script>alert(1)</script>"
    path.write_text(json.dumps(record))
    build_report(CHAPTER, root=course_copy, out=course_copy / "out")
    page = (course_copy / "out" / "report.html").read_text()
    assert "<script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page


@pytest.mark.parametrize("break_it, message", [
    (lambda course: shutil.rmtree(course / "logs"), "no grading records in"),
    (lambda course: (course / "logs" / CHAPTER / "student0005.json").unlink(), r"1 graded submission\(s\) .* \(student0005\)"),
    (lambda course: (course / "gradebook.db").unlink(), "no gradebook at"),
], ids=["logs-missing", "one-log-missing", "gradebook-missing"])
def test_bad_input_is_one_line_and_leaves_the_old_report_untouched(course_copy, break_it, message):
    out = course_copy / "out"
    build_report(CHAPTER, root=course_copy, out=out, similarity=False)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    break_it(course_copy)

    with pytest.raises(CourseError, match=message) as raised:
        build_report(CHAPTER, root=course_copy, out=out)

    assert "\n" not in str(raised.value)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    assert [p.name for p in course_copy.iterdir() if p.name.startswith(".out")] == []  # no staging folder left


def test_an_output_path_that_is_a_file_is_refused(course_copy):
    (course_copy / "taken").write_text("mine")
    with pytest.raises(CourseError, match="exists and is not a folder"):
        build_report(CHAPTER, root=course_copy, out=course_copy / "taken", similarity=False)
    assert (course_copy / "taken").read_text() == "mine"
