"""pytest hooks that make ``-n N`` schedule by ``xdist_group`` (``--dist loadgroup``) under pytest 9.2.

A test folder whose tests share an expensive per-group fixture (a graded chapter, a chapter kernel)
imports these three hooks into its ``conftest.py``::

    from xdist_groups import pytest_collection_modifyitems, pytest_configure, pytest_configure_node
"""

from __future__ import annotations

import pytest

try:  # pytest >= 9.2: structured node ids
    from _pytest.nodeid import NodeId
except ImportError:  # older pytest reads item._nodeid
    NodeId = None


def pytest_configure(config):
    """Run ``-n N`` as ``--dist loadgroup`` (for ungrouped tests the same as the default ``load``).

    Applies when the folder is named on the command line (``pytest tests/notebooks -n 2``); the
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


def notebook_group(item) -> list[str]:
    """Return ``["nbval_<notebook>"]`` for a cell that nbval collected from a notebook, else ``[]``.

    nbval runs a notebook's cells in order in one kernel, so they must all go to one worker.
    """
    return [f"nbval_{item.path.stem}"] if type(item).__name__ == "IPyNbCell" else []


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
                         for m in item.iter_markers("xdist_group")}) or notebook_group(item)
        if not groups or item.nodeid.rfind("@") > item.nodeid.rfind("]"):
            continue
        nodeid = f"{item.nodeid}@{'_'.join(groups)}"
        if NodeId is not None and hasattr(item, "_id"):
            item._id = NodeId.parse(nodeid)
        else:
            item._nodeid = nodeid
