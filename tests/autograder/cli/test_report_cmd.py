"""keras-course report: one line saying what it wrote, or one line saying what to fix (exit 2)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from synthetic_class import CHAPTER, synthetic_class

from autograder.cli.main import main


@pytest.fixture(scope="module")
def small_class(tmp_path_factory) -> Path:
    course = tmp_path_factory.mktemp("cli-report") / "course"
    synthetic_class(course, students=12, tests=2, seed=5)
    return course


def test_report_writes_the_folder_and_says_what_is_in_it(small_class, tmp_path, monkeypatch, capsys):
    course = tmp_path / "course"
    shutil.copytree(small_class, course)
    monkeypatch.chdir(course / "release")  # any folder inside the course root

    assert main(["report", CHAPTER, "--out", str(tmp_path / "out"), "--no-similarity"]) == 0

    said = capsys.readouterr()
    assert said.out.startswith(f"{tmp_path / 'out' / 'report.html'}: 12 submissions (")
    assert "similar pair" not in said.out  # skipped
    assert (tmp_path / "out" / "report.html").is_file() and (tmp_path / "out" / "students.csv").is_file()
    assert "similarity.csv" not in {p.name for p in (tmp_path / "out").iterdir()}


def test_a_chapter_not_graded_is_one_line_and_exit_2(small_class, monkeypatch, capsys, tmp_path):
    monkeypatch.chdir(small_class)
    assert main(["report", "ch01_sequential", "--out", str(tmp_path / "out")]) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and error.startswith("keras-course: error: ch01_sequential is not in the gradebook")
    assert not (tmp_path / "out").exists()
