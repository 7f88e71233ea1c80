"""Reading the reference structure from release/, source/ and the gradebook."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from autograder.errors import CourseError
from autograder.integrity import check_submission, load_reference
from autograder.integrity.reference import strip_hidden_tests

FIXTURES = Path(__file__).parent / "fixtures"
IDS = ["intro", "ex1_text", "double", "test_double", "ex2_text", "answer", "test_answer", "ex3_text", "explain_double"]


def test_release_reference_lists_graded_cells_in_order():
    reference = load_reference(FIXTURES / "course", "ch00_fixture")
    assert reference.origin == "release" and reference.ordered
    assert [c.grade_id for c in reference.cells] == IDS
    by_id = reference.by_id()
    assert by_id["test_double"].points == 2.0 and by_id["test_double"].locked
    assert by_id["double"].source is None and not by_id["double"].locked
    assert by_id["explain_double"].cell_type == "markdown" and by_id["explain_double"].grade


def test_source_reference_hides_hidden_tests_and_matches_release(tmp_path):
    shutil.copytree(FIXTURES / "course" / "source", tmp_path / "source")
    from_source = load_reference(tmp_path, "ch00_fixture")
    from_release = load_reference(FIXTURES / "course", "ch00_fixture")
    assert from_source.origin == "source"
    assert from_source.cells == from_release.cells
    assert "double(21)" not in from_source.by_id()["test_double"].source


def test_unknown_chapter_is_a_course_error(tmp_path):
    with pytest.raises(CourseError, match="no reference for chapter 'ch09_nothing'"):
        load_reference(tmp_path, "ch09_nothing")


def test_strip_hidden_tests_removes_the_region_and_markers():
    text = "visible()\n### BEGIN HIDDEN TESTS\nsecret()\n### END HIDDEN TESTS\nafter()"
    assert strip_hidden_tests(text) == "visible()\nafter()"


@pytest.fixture(scope="module")
def course_with_gradebook(tmp_path_factory):
    """A course whose gradebook was filled by nbgrader generate_assignment (points changed in source)."""
    root = tmp_path_factory.mktemp("course")
    shutil.copytree(FIXTURES / "course" / "source", root / "source")
    script = (
        "import sys\n"
        "from traitlets.config import Config\n"
        "from nbgrader.converters import GenerateAssignment\n"
        "from nbgrader.coursedir import CourseDirectory\n"
        "c = Config(); c.CourseDirectory.root = sys.argv[1]\n"
        "c.CourseDirectory.db_url = 'sqlite:///' + sys.argv[1] + '/gradebook.db'\n"
        "d = CourseDirectory(config=c); d.assignment_id = 'ch00_fixture'\n"
        "g = GenerateAssignment(coursedir=d, config=c); g.force = True; g.create_assignment = True; g.start()\n"
    )
    subprocess.run([sys.executable, "-c", script, str(root)], check=True, capture_output=True)
    return root


def test_gradebook_reference_is_preferred_and_ordered_by_release(course_with_gradebook):
    reference = load_reference(course_with_gradebook, "ch00_fixture")
    assert reference.origin == "gradebook" and reference.ordered
    assert [c.grade_id for c in reference.cells] == IDS
    assert reference.by_id() == load_reference(FIXTURES / "course", "ch00_fixture").by_id()


def test_gradebook_reference_accepts_intact_and_finds_deletion(course_with_gradebook):
    reference = load_reference(course_with_gradebook, "ch00_fixture")
    assert check_submission(FIXTURES / "submissions" / "intact.ipynb", reference) == []
    problems = check_submission(FIXTURES / "submissions" / "deleted_test_cell.ipynb", reference)
    assert [(p.kind, p.grade_id) for p in problems] == [("deleted", "test_double")]


def test_gradebook_without_the_chapter_falls_back_to_release(course_with_gradebook, tmp_path):
    shutil.copytree(FIXTURES / "course", tmp_path / "course")
    shutil.copy(course_with_gradebook / "gradebook.db", tmp_path / "course" / "gradebook.db")
    (tmp_path / "course" / "release" / "ch00_fixture").rename(tmp_path / "course" / "release" / "ch00_other")
    (tmp_path / "course" / "source" / "ch00_fixture").rename(tmp_path / "course" / "source" / "ch00_other")
    (tmp_path / "course" / "release" / "ch00_other" / "ch00_fixture.ipynb").rename(
        tmp_path / "course" / "release" / "ch00_other" / "ch00_other.ipynb")
    reference = load_reference(tmp_path / "course", "ch00_other")
    assert reference.origin == "release"
