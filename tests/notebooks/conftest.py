"""Chapter tests share one graded course per chapter, built once on the xdist worker that runs them.

``graded_chapter`` (indirectly parametrized with a chapter id) releases the chapter once and grades
the instructor's answers with one plain ``nbgrader autograde`` run (see
``chapter_grading.grade_chapter``; the untouched release and the ``corpus_mix`` scenario go through
``keras-course grade`` with them in test_class_grading.py). Tests that use it carry
``chapter_grading.chapter_marks``: the chapter's ``xdist_group`` (with ``--dist loadgroup`` all of
them run on the worker that graded it) and a time-out long enough for the first of them, which
waits for the whole chapter to be graded. The hooks of ``xdist_groups`` (tests/conftest.py) make ``-n N`` alone mean
``loadgroup`` here and make ``loadgroup`` group at all under pytest 9.2 (pytest-dev/pytest-xdist#1386).
"""

from __future__ import annotations

import pytest
from chapter_grading import GradedChapter, grade_chapter

@pytest.fixture(scope="session")
def graded_chapter(request, tmp_path_factory) -> GradedChapter:
    """The chapter named by the test's parameter, released once and graded (cached for the session)."""
    chapter = request.param
    return grade_chapter(tmp_path_factory.mktemp(chapter), chapter)
