"""keras-course check: exit 0 intact, 1 problems (one line each), 2 unusable input."""

from __future__ import annotations

from pathlib import Path

import pytest

from autograder.cli.main import main

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(autouse=True)
def in_course(monkeypatch):
    monkeypatch.chdir(FIXTURES / "course")


def test_intact_notebook_exits_0(capsys):
    assert main(["check", str(FIXTURES / "submissions" / "intact.ipynb"), "--chapter", "ch00_fixture"]) == 0
    assert "graded structure intact" in capsys.readouterr().out


def test_deleted_cell_exits_1_with_the_repair_line(capsys):
    assert main(["check", str(FIXTURES / "submissions" / "deleted_test_cell.ipynb"), "--chapter", "ch00_fixture"]) == 1
    out = capsys.readouterr().out
    assert "cell 'test_double' (test cell) was deleted: copy it back from release/ch00_fixture/ch00_fixture.ipynb" in out


def test_chapter_is_guessed_from_the_notebook_name():
    assert main(["check", "release/ch00_fixture/ch00_fixture.ipynb"]) == 0


@pytest.mark.parametrize("scenario", ["invalid_json", "not_a_notebook"])
def test_unusable_file_exits_2_with_one_line(capsys, scenario):
    assert main(["check", str(FIXTURES / "submissions" / f"{scenario}.ipynb"), "--chapter", "ch00_fixture"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("keras-course: error: ") and err.count("\n") == 1


def test_unknown_chapter_exits_2(capsys):
    assert main(["check", str(FIXTURES / "submissions" / "intact.ipynb")]) == 2
    assert "pass --chapter" in capsys.readouterr().err
