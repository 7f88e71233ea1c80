"""Chapter tests share one graded course per chapter, built once on the xdist worker that runs them.

``graded_chapter`` (indirectly parametrized with a chapter id) releases the chapter once and grades
the instructor's answers, the untouched release and every scenario folder with one plain
``nbgrader autograde`` run (see ``chapter_grading.grade_chapter``). Tests that use it carry
``chapter_grading.chapter_marks``: the chapter's ``xdist_group`` (with ``--dist loadgroup`` all of
them run on the worker that graded it) and a time-out long enough for the first of them, which
waits for the whole chapter to be graded. The hooks below make ``-n N`` alone mean ``loadgroup``
here and make ``loadgroup`` group at all under pytest 9.2 (pytest-dev/pytest-xdist#1386).
"""

from __future__ import annotations

import pytest
from chapter_grading import GradedChapter, grade_chapter

try:  # pytest >= 9.2: structured node ids
    from _pytest.nodeid import NodeId
except ImportError:  # older pytest reads item._nodeid
    NodeId = None

# Concurrent ``nbgrader autograde`` runs per chapter, each over its own copy of the course. One run
# leaves a core idle between submissions (kernel start-up, nbgrader's own work): with two,
# ``pytest tests/notebooks -n 2`` took 285-324 s instead of 358 s for the same CPU time.
AUTOGRADE_COPIES = 1


def pytest_configure(config):
    """Run ``-n N`` as ``--dist loadgroup`` (for ungrouped tests the same as the default ``load``).

    Applies when this folder is named on the command line (``pytest tests/notebooks -n 2``); the
    whole suite gets ``--dist loadgroup`` from ``python3 tasks.py test``. Workers parse the command
    line again, without the switch: :func:`pytest_configure_node` tells them to name the groups.
    """
    workerinput = getattr(config, "workerinput", None)
    if workerinput is not None:
        if workerinput.get("keras_course_loadgroup"):
            config.option.loadgroup = True  # what a worker sets for --dist loadgroup: groups in node ids
    elif getattr(config.option, "dist", "no") == "load":
        config.option.dist = "loadgroup"


@pytest.hookimpl(optionalhook=True)
def pytest_configure_node(node):
    """Tell an xdist worker whether the controller schedules by ``xdist_group``."""
    node.workerinput["keras_course_loadgroup"] = node.config.getvalue("dist") == "loadgroup"


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config, items):
    """On an xdist worker under ``--dist loadgroup``, end grouped tests' node ids with ``@<group>``.

    The controller schedules by that suffix. pytest-xdist 3.8 writes it into ``item._nodeid``, which
    pytest 9.2 no longer reads (node ids are structured: ``item._id``), so the groups were silently
    ignored (pytest-dev/pytest-xdist#1386) and each worker graded the chapters of the tests it got.
    Where xdist's own suffix took effect this does nothing.
    """
    if not (hasattr(config, "workerinput") and config.getvalue("loadgroup")):
        return
    for item in items:
        groups = sorted({str(m.args[0] if m.args else m.kwargs.get("name", "default"))
                         for m in item.iter_markers("xdist_group")})
        if not groups or item.nodeid.rfind("@") > item.nodeid.rfind("]"):
            continue
        nodeid = f"{item.nodeid}@{'_'.join(groups)}"
        if NodeId is not None and hasattr(item, "_id"):
            item._id = NodeId.parse(nodeid)
        else:
            item._nodeid = nodeid


@pytest.fixture(scope="session")
def graded_chapter(request, tmp_path_factory) -> GradedChapter:
    """The chapter named by the test's parameter, released once and graded (cached for the session)."""
    chapter = request.param
    return grade_chapter(tmp_path_factory.mktemp(chapter), chapter, copies=AUTOGRADE_COPIES)
