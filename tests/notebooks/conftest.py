"""Chapter tests share one graded course per chapter, built once on the xdist worker that runs them.

``graded_chapter`` (indirectly parametrized with a chapter id) releases the chapter once and grades
the instructor's answers, the untouched release and every scenario folder with one plain
``nbgrader autograde`` run (see ``chapter_grading.grade_chapter``). Tests that use it carry
``chapter_grading.chapter_marks``: the chapter's ``xdist_group`` (with ``--dist loadgroup`` all of
them run on the worker that graded it) and a time-out long enough for the first of them, which
waits for the whole chapter to be graded.
"""

from __future__ import annotations

import pytest
from chapter_grading import GradedChapter, grade_chapter

# Concurrent ``nbgrader autograde`` runs per chapter, each over its own copy of the course.
AUTOGRADE_COPIES = 1


def pytest_configure(config):
    """Run ``-n N`` as ``--dist loadgroup`` (for ungrouped tests the same as the default ``load``).

    Applies when this folder is named on the command line (``pytest tests/notebooks -n 2``); the
    whole suite gets ``--dist loadgroup`` from ``python3 tasks.py test``.
    """
    if getattr(config.option, "dist", "no") == "load" and not hasattr(config, "workerinput"):
        config.option.dist = "loadgroup"


@pytest.fixture(scope="session")
def graded_chapter(request, tmp_path_factory) -> GradedChapter:
    """The chapter named by the test's parameter, released once and graded (cached for the session)."""
    chapter = request.param
    return grade_chapter(tmp_path_factory.mktemp(chapter), chapter, copies=AUTOGRADE_COPIES)
