"""The committed release/ is exactly what source/ generates (``keras-course release --check``)."""

from __future__ import annotations

from chapter_grading import REPO, chapters

from autograder.release.course_root import find_course_root
from autograder.release.generate import stale_files


def test_release_matches_source():
    names = chapters()
    assert names, "no chapter has a source notebook"
    stale = stale_files(find_course_root(REPO), names)
    assert stale == [], f"release/ is stale, run 'keras-course release' and commit: {stale}"


def test_no_release_without_source():
    root = find_course_root(REPO)
    orphans = [p.name for p in root.release.iterdir() if p.is_dir() and not (root.source / p.name).is_dir()]
    assert orphans == []
