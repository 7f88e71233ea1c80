"""Tests for ``keras-course release``: exit statuses and one-line messages, run as a real process."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[3]
CHAPTER = "ch01_sequential"


def run_cli(cwd: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "autograder.cli.main", *args], cwd=cwd,
                          capture_output=True, text=True, timeout=300)


@pytest.fixture
def course(tmp_path):
    import shutil

    from notebook_factory import code, write_notebook

    shutil.copy(REPO / "nbgrader_config.py", tmp_path)
    write_notebook(tmp_path / "source" / CHAPTER / f"{CHAPTER}.ipynb", [
        code("def f():\n    ### BEGIN SOLUTION\n    return 'the answer'\n    ### END SOLUTION",
             grade=False, solution=True, locked=False, grade_id="f"),
        code("assert f() is not None\n### BEGIN HIDDEN TESTS\nassert f() == 'the answer', 'hidden'\n### END HIDDEN TESTS",
             grade=True, solution=False, locked=True, points=1, grade_id="test_f"),
    ])
    return tmp_path


def test_release_then_check(course):
    done = run_cli(course, "release", CHAPTER)
    assert done.returncode == 0, done.stderr
    assert f"release/{CHAPTER}: regenerated" in done.stdout
    check = run_cli(course, "release", "--check")
    assert check.returncode == 0, check.stderr


def test_check_exit_1_names_stale_file(course):
    check = run_cli(course, "release", "--check")
    assert check.returncode == 1
    assert f"release/{CHAPTER}/{CHAPTER}.ipynb" in check.stderr


def test_outside_course_root(tmp_path):
    done = run_cli(tmp_path, "release")
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        f"keras-course: error: {tmp_path.resolve()} is not a course root (no nbgrader_config.py and source/ here): "
        "run keras-course from the folder that holds them"
    ]


def test_unknown_chapter(course):
    done = run_cli(course, "release", "ch09_nothing")
    assert done.returncode == 2
    assert "unknown chapter 'ch09_nothing'; the chapters are: ch01_sequential" in done.stderr


def test_broken_metadata_exit_2_one_line(course):
    source = course / "source" / CHAPTER / f"{CHAPTER}.ipynb"
    data = json.loads(source.read_text())
    del data["cells"][1]["metadata"]["nbgrader"]["points"]
    source.write_text(json.dumps(data))
    done = run_cli(course, "release")
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1
    assert f"source/{CHAPTER}/{CHAPTER}.ipynb: cell 2 (grade_id 'test_f'): graded cell without points" in lines[0]
    assert not (course / "release" / CHAPTER).exists()
