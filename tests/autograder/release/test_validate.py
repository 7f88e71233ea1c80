"""Tests for autograder.release.validate: each broken-metadata case names the file, cell and fix."""

from __future__ import annotations

import copy

import pytest
from notebook_factory import code, write_notebook

from autograder.errors import CourseError
from autograder.release.validate import notebook_problems, validate_notebook


def test_sound_notebook_has_no_problems(tmp_path, good_cells):
    path = write_notebook(tmp_path / "nb.ipynb", good_cells)
    assert notebook_problems(path) == []


def _broken(good_cells, index, **changes):
    cells = copy.deepcopy(good_cells)
    source = changes.pop("source", None)
    if source is not None:
        cells[index]["source"] = source
    cells[index]["metadata"]["nbgrader"].update(changes)
    for key in [k for k, v in changes.items() if v is None]:
        del cells[index]["metadata"]["nbgrader"][key]
    return cells


@pytest.mark.parametrize(
    "index, changes, expected",
    [
        (2, {"grade_id": "add"}, "cell 3 (grade_id 'add'): duplicate grade_id (also cell 2)"),
        (2, {"points": None}, "cell 3 (grade_id 'test_add'): graded cell without points"),
        (2, {"points": "two"}, "points must be a number"),
        (1, {"source": "def add(a, b):\n    ### BEGIN SOLUTION\n    return a + b"},
         "cell 2 (grade_id 'add'): solution region not closed: add a line '### END SOLUTION'"),
        (2, {"source": "assert True\n### BEGIN HIDDEN TESTS\nassert add(1, 1) == 2"},
         "cell 3 (grade_id 'test_add'): hidden-test region not closed"),
        (1, {"source": "### END SOLUTION\nx = 1"}, "without a '### BEGIN SOLUTION' above it"),
        (1, {"grade_id": ""}, "cell 2: nbgrader cell without a grade_id"),
        (1, {"schema_version": 1}, "schema_version 1, expected 3"),
    ],
    ids=["duplicate_grade_id", "test_without_points", "points_not_a_number", "solution_not_closed",
         "hidden_tests_not_closed", "end_without_begin", "missing_grade_id", "old_schema"],
)
def test_broken_metadata_is_named_with_file_and_cell(tmp_path, good_cells, index, changes, expected):
    path = write_notebook(tmp_path / "nb.ipynb", _broken(good_cells, index, **changes))
    with pytest.raises(CourseError) as raised:
        validate_notebook(path, "source/ch/nb.ipynb")
    message = str(raised.value)
    assert message.startswith("source/ch/nb.ipynb: ")
    assert expected in message
    assert "\n" not in message


def test_solution_markers_in_plain_cell_would_leak(tmp_path, good_cells):
    cells = good_cells + [code("### BEGIN SOLUTION\nsecret = 42\n### END SOLUTION")]
    path = write_notebook(tmp_path / "nb.ipynb", cells)
    (problem,) = notebook_problems(path)
    assert problem.cell == 4 and "not a solution cell" in problem.message


def test_hidden_markers_outside_test_cell(tmp_path, good_cells):
    cells = good_cells + [code("### BEGIN HIDDEN TESTS\nassert 1\n### END HIDDEN TESTS")]
    path = write_notebook(tmp_path / "nb.ipynb", cells)
    (problem,) = notebook_problems(path)
    assert problem.cell == 4 and "not an autograded test cell" in problem.message


def test_autograded_test_must_be_code(tmp_path, good_cells):
    cells = copy.deepcopy(good_cells)
    cells[2] = {"cell_type": "markdown", "metadata": cells[2]["metadata"], "source": "tests"}
    path = write_notebook(tmp_path / "nb.ipynb", cells)
    assert any("must be a code cell" in p.message for p in notebook_problems(path))


def test_several_problems_are_counted(tmp_path, good_cells):
    cells = _broken(good_cells, 2, grade_id="add", points=None)
    path = write_notebook(tmp_path / "nb.ipynb", cells)
    with pytest.raises(CourseError, match=r"\(and 1 more problem\)"):
        validate_notebook(path)


def test_unreadable_json_is_named(tmp_path):
    path = tmp_path / "nb.ipynb"
    path.write_text('{"cells": [')
    with pytest.raises(CourseError, match=r"nb.ipynb: not a readable notebook"):
        validate_notebook(path)
