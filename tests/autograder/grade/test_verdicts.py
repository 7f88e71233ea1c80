"""The verdict replaces nbgrader's score of re-judged cells and explains itself in the notebook."""

from __future__ import annotations

import nbformat

from autograder.grade.verdicts import NOTE_PREFIX, apply_verdicts
from autograder.verdict import CellVerdict


def _autograded(folder):
    cells = []
    for grade_id in ("test_a", "test_b", "test_c"):
        cell = nbformat.v4.new_code_cell("check()")
        cell.metadata["nbgrader"] = {"grade": True, "grade_id": grade_id, "points": 2}
        cells.append(cell)
    nbformat.write(nbformat.v4.new_notebook(cells=cells), folder / "ch.ipynb")


def test_verdict_points_replace_the_outputs_and_differences_are_noted(tmp_path):
    _autograded(tmp_path)
    result = {"grades": [{"notebook": "ch", "cell": c, "auto_score": 2.0, "max_score": 2.0}
                         for c in ("test_a", "test_b", "test_c")]}
    verdicts = {"ch": [CellVerdict("test_a", 2.0, 2.0),
                       CellVerdict("test_b", 0.0, 2.0, "square: expected [1.0], found [2.0]",
                                   [{"check": "square", "points": 0.0, "max_points": 2.0,
                                     "message": "expected [1.0], found [2.0]", "source": "x = 1"}]),
                       CellVerdict("test_c", None, 2.0, "no check in this test cell")]}

    apply_verdicts(result, verdicts, tmp_path)

    assert [g["auto_score"] for g in result["grades"]] == [2.0, 0.0, 2.0]
    assert result["verdicts"] == [
        {"notebook": "ch", "cell": "test_a", "points": 2.0, "nbgrader_points": 2.0, "max_points": 2.0,
         "reason": "", "checks": []},
        {"notebook": "ch", "cell": "test_b", "points": 0.0, "nbgrader_points": 2.0, "max_points": 2.0,
         "reason": "square: expected [1.0], found [2.0]",
         "checks": [{"check": "square", "points": 0.0, "max_points": 2.0,  # each check's message, no source
                     "message": "expected [1.0], found [2.0]"}]}]
    notebook = nbformat.read(tmp_path / "ch.ipynb", as_version=4)
    notes = [[o.text for o in cell.outputs] for cell in notebook.cells]
    assert notes[0] == [] and notes[2] == []  # agreement, or not re-judged: no note
    assert notes[1] == [f"{NOTE_PREFIX}this test was judged again outside your notebook from what its "
                        "checks recorded: 0/2 points (square: expected [1.0], found [2.0])\n"]


def test_a_cell_nbgrader_never_scored_gets_the_verdict(tmp_path):
    _autograded(tmp_path)
    result = {"grades": [{"notebook": "ch", "cell": "test_a", "auto_score": None, "max_score": 2.0}]}

    apply_verdicts(result, {"ch": [CellVerdict("test_a", 0.0, 2.0, "no export")]}, tmp_path)

    assert result["grades"][0]["auto_score"] == 0.0
    assert result["verdicts"][0]["nbgrader_points"] is None
