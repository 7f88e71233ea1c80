"""The report of the demo's class, graded for real, opened in Debian's headless Chromium.

The module grades ``keras-course demo``'s class once (chapter 1: instructor's answers, alternative
correct answers, a plausible mistake, an untouched release, broken JSON; the endless loop is left
out, its time limit is covered by the grading tests), writes its feedback, builds the report and
opens ``report.html`` from disk.
The screenshot goes to ``test-artifacts/report/report.png``. Skips only when Chromium is missing and
CI is unset; in CI it must run.
"""

from __future__ import annotations

import json
import os
import shutil

import pytest
from browser.chromium import missing_reason, start_chromium
from browser.student_course import CHAPTER, REPO

ARTIFACTS = REPO / "test-artifacts" / "report"

pytestmark = pytest.mark.xdist_group("browser_report")
reason = missing_reason()
if reason and not os.environ.get("CI"):
    pytest.skip(f"browser test skipped: {reason}", allow_module_level=True)


def graded_cells() -> list[str]:
    """``notebook:grade id`` of every graded cell of chapter 1's source notebook, in order."""
    data = json.loads((REPO / "source" / CHAPTER / f"{CHAPTER}.ipynb").read_text())
    return [f"{CHAPTER}:{c['metadata']['nbgrader']['grade_id']}" for c in data["cells"]
            if c.get("metadata", {}).get("nbgrader", {}).get("grade")]


@pytest.fixture(scope="module")
def demo_report(tmp_path_factory):
    """The demo's class graded, with feedback, and its report built: (course, report, class)."""
    from autograder.demo.course_loop import demo_course
    from autograder.feedback.generate import write_feedback
    from autograder.grade.run import grade_chapter
    from autograder.report.build import build_report

    course = tmp_path_factory.mktemp("demo-report") / "course"
    described = demo_course(REPO, course)
    # the endless loop only waits out its time limit (about 80 s of a worker): the report's other
    # submissions show every part of the page, and the grading tests cover time limits
    shutil.rmtree(course / "submitted" / "endless_loop")
    described.pop("endless_loop")
    outcome = grade_chapter(CHAPTER, root=course, workers=2, timeout=600)
    assert not outcome.errors, outcome.table()
    write_feedback(CHAPTER, root=course)
    return course, build_report(CHAPTER, root=course), described


def test_demo_report_shows_every_test_with_its_plot_and_every_student(demo_report, tmp_path):
    from autograder.release.leaks import hidden_lines

    course, report, described = demo_report
    driver = start_chromium(tmp_path / "profile", width=1300, height=1000)
    try:
        driver.get((report.folder / "report.html").as_uri())
        shown = driver.execute_script("return [...document.querySelectorAll('.test')].map(t => t.dataset.test)")
        assert shown == graded_cells()
        drawn = driver.execute_script(
            "return [...document.querySelectorAll('.test')].map(t => { const i = t.querySelector('img');"
            " return i && i.complete && i.naturalWidth > 100 && i.src.startsWith('data:image/png;base64,'); })")
        assert drawn == [True] * len(shown), "a test's score plot is missing or not drawn"
        rows = driver.execute_script("return [...document.querySelectorAll('#students ~ table tr[id]')].map(r => r.cells[0].innerText)")
        assert sorted(rows) == sorted(described)
        link = driver.execute_script(f"return document.querySelector('#student-ada_instructor_answers a').href")
        assert link.endswith(f"feedback/ada_instructor_answers/{CHAPTER}/{CHAPTER}.html")
        text = driver.execute_script("return document.body.innerText")
        outside = text.replace(driver.execute_script("return document.getElementById('similarity').innerText"), "")
        assert "broken_json" in driver.execute_script("return document.getElementById('failing').nextElementSibling.innerText")
        assert "Similarity (instructor only)" in text
        for pair in report.page.pairs:  # ada submitted the instructor's answers: her cells are marked so
            if "ada_instructor_answers" in (pair.student_a, pair.student_b):
                assert any(cell.solution for cell in pair.cells)
                assert "is the instructor's solution" in text or "are the instructor's solution" in text
        for line, kind in hidden_lines(course / "source" / CHAPTER / f"{CHAPTER}.ipynb").items():
            assert line not in text if kind == "hidden test" else line not in outside, f"the page shows a {kind}: {line}"
        height = driver.execute_script("return document.body.scrollHeight")
        driver.set_window_size(1300, min(height + 40, 9000))
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        driver.save_screenshot(str(ARTIFACTS / "report.png"))
    finally:
        driver.quit()
