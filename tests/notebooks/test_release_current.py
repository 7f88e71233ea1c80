"""The committed release/ is exactly what source/ generates (``keras-course release --check``)."""

from __future__ import annotations

import re

import nbformat
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


# Students never see ../shared/seeds/: text that points to "the seed document", "the seed's loss" or
# "the third seed" points to material they do not have (a random seed, seed=..., is fine).
SEED_CITATION = re.compile(r"\bseed documents?\b|\bthe seed'?s\b|\b(first|second|third|fourth|fifth) seed\b|"
                           r"\bthe seed (meant|wrote|compiled|shows|says|uses)\b", re.IGNORECASE)


def test_no_student_text_cites_the_seed_documents():
    root = find_course_root(REPO)
    cited = []
    for notebook in sorted(root.release.glob("*/*.ipynb")):
        for index, cell in enumerate(nbformat.read(notebook, as_version=4).cells):
            for line in cell.source.splitlines():
                if SEED_CITATION.search(line):
                    cited.append(f"{notebook.relative_to(root.release)} cell {index}: {line.strip()}")
    assert cited == [], "student text cites the seed documents (say 'an old tutorial'):\n" + "\n".join(cited)
