"""Copying release/ into a student's folder: new files arrive, the student's files are never touched."""

from __future__ import annotations

from pathlib import Path

import pytest

from autograder.errors import CourseError
from autograder.lab import copy_release


def _release(tmp_path: Path) -> Path:
    release = tmp_path / "release"
    (release / "ch01_sequential").mkdir(parents=True)
    (release / "ch01_sequential" / "ch01_sequential.ipynb").write_text('{"released": 1}')
    (release / "ch01_sequential" / "data.csv").write_text("a,b\n")
    (release / "ch01_sequential" / ".ipynb_checkpoints").mkdir()
    (release / "ch01_sequential" / ".ipynb_checkpoints" / "x-checkpoint.ipynb").write_text("{}")
    return release


def test_first_copy_brings_every_chapter_file_but_checkpoints(tmp_path):
    release, work = _release(tmp_path), tmp_path / "work"
    copied = copy_release(release, work)
    assert sorted(p.relative_to(work).as_posix() for p in copied) == [
        "ch01_sequential/ch01_sequential.ipynb", "ch01_sequential/data.csv"]
    assert not (work / "ch01_sequential" / ".ipynb_checkpoints").exists()


def test_students_work_is_never_overwritten_and_new_chapters_still_arrive(tmp_path):
    release, work = _release(tmp_path), tmp_path / "work"
    copy_release(release, work)
    notebook = work / "ch01_sequential" / "ch01_sequential.ipynb"
    notebook.write_text('{"my answers": 42}')
    (release / "ch01_sequential" / "ch01_sequential.ipynb").write_text('{"released": 2}')
    (release / "ch02_functional").mkdir()
    (release / "ch02_functional" / "ch02_functional.ipynb").write_text('{"released": 1}')
    copied = copy_release(release, work)
    assert notebook.read_text() == '{"my answers": 42}'
    assert [p.relative_to(work).as_posix() for p in copied] == ["ch02_functional/ch02_functional.ipynb"]


def test_deleted_student_file_comes_back(tmp_path):
    release, work = _release(tmp_path), tmp_path / "work"
    copy_release(release, work)
    (work / "ch01_sequential" / "data.csv").unlink()
    assert [p.name for p in copy_release(release, work)] == ["data.csv"]


@pytest.mark.parametrize("make", [lambda p: None, lambda p: p.mkdir()])
def test_missing_or_empty_release_is_a_clear_error(tmp_path, make):
    make(tmp_path / "release")
    with pytest.raises(CourseError, match="holds no chapter folders"):
        copy_release(tmp_path / "release", tmp_path / "work")
