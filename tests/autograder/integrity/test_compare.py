"""check_submission on scenario notebooks: each tampering is found, named and given a repair line."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from autograder.integrity import check_submission, load_reference

FIXTURES = Path(__file__).parent / "fixtures"
SUBMISSIONS = FIXTURES / "submissions"
COPY_FROM = "release/ch00_fixture/ch00_fixture.ipynb"


@pytest.fixture(scope="module")
def reference():
    return load_reference(FIXTURES / "course", "ch00_fixture")


def test_intact_submission_with_answers_and_extra_cells_has_no_problem(reference):
    assert check_submission(SUBMISSIONS / "intact.ipynb", reference) == []


def test_untouched_release_has_no_problem(reference):
    assert check_submission(FIXTURES / "course" / "release" / "ch00_fixture" / "ch00_fixture.ipynb", reference) == []


@pytest.mark.parametrize(
    ("scenario", "kind", "grade_id", "words"),
    [
        ("deleted_test_cell", "deleted", "test_double", ["'test_double'", "test cell", "was deleted", COPY_FROM]),
        ("duplicated_test_cell", "duplicated", "test_double", ["appears 2 times", "cells 6, 7", "delete the copies"]),
        ("retyped_cell", "retyped", "test_answer", ["from a code cell to a markdown cell", "press Y"]),
        ("moved_test_cell", "moved", "test_answer", ["was moved", "right after 'answer'"]),
        ("renamed_grade_id", "renamed", "test_double", ["'test_double'", "'test_double_mine'", COPY_FROM]),
        ("changed_points", "points_changed", "test_answer", ["worth 1 point but", "says 100"]),
        ("forged_schema_version", "schema_version", "test_double", ["schema_version 4", "uses 3"]),
        ("test_cell_made_solution", "metadata_changed", "test_double", ["solution: False -> True"]),
        ("edited_locked_cell", "locked_edited", "test_answer", ["locked cell 'test_answer'", "undo your changes"]),
        ("added_grade_cell", "unknown_cell", None, ["cell 12", "'bonus'", "delete that cell"]),
    ],
)
def test_tampering_is_reported_once_with_its_repair(reference, scenario, kind, grade_id, words):
    problems = check_submission(SUBMISSIONS / f"{scenario}.ipynb", reference)
    assert [(p.kind, p.grade_id) for p in problems] == [(kind, grade_id)]
    message = problems[0].message
    assert "\n" not in message
    for word in words:
        assert word in message
    assert not problems[0].unusable


@pytest.mark.parametrize(
    ("scenario", "kind", "words"),
    [
        ("invalid_json", "invalid_json", ["not valid notebook JSON", "fresh copy of " + COPY_FROM]),
        ("not_a_notebook", "not_a_notebook", ["not a Jupyter notebook"]),
    ],
)
def test_unreadable_files_give_one_unusable_problem(reference, scenario, kind, words):
    problems = check_submission(SUBMISSIONS / f"{scenario}.ipynb", reference)
    assert [p.kind for p in problems] == [kind]
    assert problems[0].unusable
    for word in words:
        assert word in problems[0].message


def test_absurdly_large_file_is_refused_before_it_is_read(reference, tmp_path):
    huge = tmp_path / "huge.ipynb"
    with huge.open("wb") as handle:  # sparse: costs no disk, and would be invalid JSON if parsed
        handle.truncate(40 * 1024 * 1024)
    problems = check_submission(huge, reference)
    assert [p.kind for p in problems] == ["too_large"]
    assert "40 MiB" in problems[0].message and "Clear Outputs" in problems[0].message


def test_size_limit_is_a_parameter(reference, tmp_path):
    small = shutil.copy(SUBMISSIONS / "intact.ipynb", tmp_path / "intact.ipynb")
    assert [p.kind for p in check_submission(small, reference, max_bytes=100)] == ["too_large"]


def test_missing_file_is_unusable(reference, tmp_path):
    problems = check_submission(tmp_path / "nowhere.ipynb", reference)
    assert [p.kind for p in problems] == ["missing"] and problems[0].unusable


def test_nbgrader_metadata_that_is_not_a_mapping_is_forged(reference, tmp_path):
    data = json.loads((SUBMISSIONS / "intact.ipynb").read_text())
    data["cells"][1]["metadata"]["nbgrader"] = "grade: true"
    path = tmp_path / "forged.ipynb"
    path.write_text(json.dumps(data))
    assert [(p.kind, p.cell) for p in check_submission(path, reference)] == [("metadata_changed", 2)]


def test_several_problems_are_all_reported(reference, tmp_path):
    data = json.loads((SUBMISSIONS / "intact.ipynb").read_text())
    data["cells"] = [c for c in data["cells"] if c["metadata"].get("nbgrader", {}).get("grade_id") != "test_answer"]
    for cell in data["cells"]:
        if cell["metadata"].get("nbgrader", {}).get("grade_id") == "test_double":
            cell["metadata"]["nbgrader"]["points"] = 9
    path = tmp_path / "two.ipynb"
    path.write_text(json.dumps(data))
    assert sorted((p.kind, p.grade_id) for p in check_submission(path, reference)) == [
        ("deleted", "test_answer"), ("points_changed", "test_double")]
