"""The reference records how each test cell's value counts its checks, from the reference run."""

import json

import nbformat
import numpy as np
import pytest

from autograder.checks.observation import register_judge
from autograder.verdict.reference import (BrokenReference, cell_value, count_value_checks,
                                          write_reference)

CHECK = "check_reference_fixture"


@register_judge(CHECK)
def judge_fixture(observation, expectation, points):
    return points


def result(text):
    return nbformat.v4.new_output("execute_result", data={"text/plain": text}, execution_count=1)


def graded_cell(grade_id, points, outputs):
    cell = nbformat.v4.new_code_cell("check(...)")
    cell.metadata["nbgrader"] = {"grade": True, "solution": False, "grade_id": grade_id, "points": points}
    cell.outputs = outputs
    return cell


@pytest.mark.parametrize("outputs, expected", [
    ([result("2.5")], 2.5),
    ([nbformat.v4.new_output("stream", name="stdout", text="hi\n"), result("3.0")], 3.0),
    ([result("'text'")], None),
    ([], None),
])
def test_cell_value_reads_the_result_like_nbgrader(outputs, expected):
    assert cell_value(graded_cell("t", 3, outputs)) == expected


@pytest.mark.parametrize("value, points, expected", [
    (3.0, [1.0, 3.0], 1),            # a visible check, then one hidden check
    (3.0, [1.5, 1.5, 1.0, 1.0, 1.0], 3),   # two visible checks, then a sum of three
    (4.0, [2.0, 2.0, 2.0, 2.0], 2),   # a visible sum, then a hidden sum
    (None, [1.0, 2.0], 0),           # the cell shows no number
])
def test_count_value_checks_finds_the_checks_the_value_adds_up(value, points, expected):
    assert count_value_checks("t", value, sum(points[-expected:]) if expected else 3.0, points) == expected


def test_a_value_that_is_no_sum_of_the_last_checks_is_refused():
    with pytest.raises(BrokenReference, match="not the sum"):
        count_value_checks("test_x", 2.5, 2.5, [1.0, 2.0])


def test_a_value_below_the_cell_points_is_refused():
    with pytest.raises(BrokenReference, match="not the cell's 4 points"):
        count_value_checks("test_x", 2.0, 4.0, [1.0, 2.0])


def export(folder, index, points):
    folder.mkdir(parents=True, exist_ok=True)
    stem = folder / f"{index:04d}-{CHECK}"
    np.savez(stem.with_suffix(".npz"))
    stem.with_suffix(".json").write_text(json.dumps(
        {"check": CHECK, "points": points, "observation": {}, "expectation": {}}))


def test_write_reference_records_value_checks_per_cell(tmp_path):
    notebook = nbformat.v4.new_notebook(cells=[
        graded_cell("test_sum", 3, [result("3.0")]), graded_cell("test_quiet", 2, []),
        graded_cell("test_plain", 1, [])])
    for index, points in enumerate((1.0, 1.0, 2.0)):
        export(tmp_path / "exports" / "cells" / "test_sum", index, points)
    export(tmp_path / "exports" / "cells" / "test_quiet", 0, 2.0)
    reference = write_reference(notebook, "nb.ipynb", tmp_path)
    assert [(c.grade_id, c.value_checks) for c in reference.cells] == [
        ("test_sum", 2), ("test_quiet", 0), ("test_plain", 0)]
    assert json.loads((tmp_path / "reference.json").read_text())["cells"][0]["value_checks"] == 2
