"""A tiny course root with one chapter, built per test, for the release tests."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from notebook_factory import code, markdown, write_notebook

REPO = Path(__file__).resolve().parents[3]


@pytest.fixture
def good_cells() -> list[dict]:
    """A sound chapter: one solution cell, one test cell with a hidden test."""
    return [
        markdown("# Chapter\nAdd two numbers."),
        code("def add(a, b):\n    ### BEGIN SOLUTION\n    return a + b  # instructor answer\n    ### END SOLUTION",
             grade=False, solution=True, locked=False, grade_id="add"),
        code("assert add(1, 2) == 3, 'add(1, 2) should be 3'\n### BEGIN HIDDEN TESTS\n"
             "assert add(40, 2) == 42, 'hidden check 40 + 2'\n### END HIDDEN TESTS",
             grade=True, solution=False, locked=True, points=2, grade_id="test_add"),
    ]


@pytest.fixture
def course(tmp_path, monkeypatch, good_cells):
    """A course root in tmp_path (the course's nbgrader_config.py, chapter ch01_sequential), as cwd."""
    shutil.copy(REPO / "nbgrader_config.py", tmp_path / "nbgrader_config.py")
    write_notebook(tmp_path / "source" / "ch01_sequential" / "ch01_sequential.ipynb", good_cells)
    monkeypatch.chdir(tmp_path)
    return tmp_path
