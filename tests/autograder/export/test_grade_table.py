"""keras-course export: a per-student, per-chapter table read back from the gradebook."""

from __future__ import annotations

import math

import pandas as pd
from grading_helpers import MUL_WRONG, submit

from autograder.cli.main import main
from autograder.export.grade_table import grade_table
from autograder.grade.run import grade_chapter


def test_table_has_one_row_per_student_and_one_column_per_chapter(course, monkeypatch, tmp_path):
    submit(course, "alice", solved=True)
    submit(course, "bob", cells={"mul": MUL_WRONG}, solved=True)
    grade_chapter("tiny", root=course, workers=2)

    table = grade_table(root=course)

    assert list(table.columns) == ["tf_tiny", "tiny", "total"]
    assert list(table.index) == ["alice", "bob", "max"]
    assert table.loc["alice", "tiny"] == 5.0 and table.loc["bob", "tiny"] == 2.0
    assert math.isnan(table.loc["alice", "tf_tiny"])  # not submitted
    assert table.loc["bob", "total"] == 2.0
    assert table.loc["max", "tiny"] == 5.0 and table.loc["max", "total"] == 7.0

    monkeypatch.chdir(course)
    assert main(["export", "--csv", str(tmp_path / "grades.csv")]) == 0
    written = pd.read_csv(tmp_path / "grades.csv", index_col="student")
    assert written.loc["bob", "tiny"] == 2.0 and list(written.index) == ["alice", "bob", "max"]
