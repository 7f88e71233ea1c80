"""keras-course feedback: failed tests' messages shown, hidden test code never (stock nbgrader leaks it)."""

from __future__ import annotations

import html
import re
import shutil

import pytest
from grading_helpers import nbgrader, submit

from autograder.errors import CourseError
from autograder.feedback.generate import write_feedback
from autograder.feedback.hidden_tests import split_hidden
from autograder.grade.run import grade_chapter

HIDDEN_CODE = ["HIDDEN_MARKER_ADD", "HIDDEN_MARKER_MUL", "assert add(-5, 5) == 0", "secret = 7",
               "assert mul(secret, 0) == 0"]


def visible_text(path) -> str:
    """The HTML's text without tags (syntax highlighting splits code into spans)."""
    return html.unescape(re.sub(r"<[^>]+>", "", path.read_text()))


def test_split_hidden_keeps_visible_lines_and_returns_hidden_ones():
    source = "assert f(1) == 2\n### BEGIN HIDDEN TESTS\nassert f(7) == 8  # secret\n### END HIDDEN TESTS\nprint('x')"
    kept, hidden = split_hidden(source)
    assert kept == "assert f(1) == 2\n# (hidden tests: run by the grader, not shown)\nprint('x')"
    assert hidden == ["assert f(7) == 8  # secret"]


def test_feedback_shows_messages_but_no_hidden_test_code(course, tmp_path):
    # visible test passes, hidden test fails with its message
    submit(course, "tricky", cells={"add": "def add(a, b):\n    return abs(a) + b"}, solved=True)
    submit(course, "correct", solved=True)
    grade_chapter("tiny", root=course, workers=2)
    stock = tmp_path / "stock"
    shutil.copytree(course, stock)

    written = write_feedback("tiny", root=course)

    assert [p.relative_to(course).as_posix() for p in written] == [
        "feedback/correct/tiny/tiny.html", "feedback/tricky/tiny/tiny.html"]
    tricky = visible_text(course / "feedback" / "tricky" / "tiny" / "tiny.html")
    assert "add(-5, 5) should be 0" in tricky and "AssertionError" in tricky
    assert "hidden tests: run by the grader, not shown" in tricky
    for path in written:
        text = visible_text(path)
        for code in HIDDEN_CODE:
            assert code not in text, f"{path} shows hidden test code {code!r}"
    # the same check against stock nbgrader feedback fails: it shows the hidden tests
    done = nbgrader(stock, "generate_feedback", "tiny", "--force")
    assert done.returncode == 0, done.stderr
    assert "HIDDEN_MARKER_ADD" in visible_text(stock / "feedback" / "tricky" / "tiny" / "tiny.html")


def test_feedback_without_autograded_work_is_a_course_error(course):
    with pytest.raises(CourseError, match="nothing autograded for tiny"):
        write_feedback("tiny", root=course)
