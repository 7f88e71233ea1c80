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
        return
    if getattr(config.option, "dist", "no") == "load":
        config.option.dist = "loadgroup"
    if getattr(config.option, "dist", "no") == "loadgroup":
        # xdist's default sorts groups by their number of tests, which sends the costliest groups
        # (a chapter's class graded by keras-course grade: two tests, minutes of work) last, so one
        # worker grades alone at the end while the others idle. Keep the order of the collection,
        # which :func:`pytest_collection_modifyitems` sorts by cost, longest first.
        config.option.loadscopereorder = False


@pytest.hookimpl(optionalhook=True)
def pytest_configure_node(node):
    """Tell an xdist worker whether the controller schedules by ``xdist_group``."""
    node.workerinput["keras_course_loadgroup"] = node.config.getvalue("dist") == "loadgroup"


def notebook_group(item) -> list[str]:
    """Return ``["nbval_<notebook>"]`` for a cell that nbval collected from a notebook, else ``[]``.

    nbval runs a notebook's cells in order in one kernel, so they must all go to one worker.
    """
    return [f"nbval_{item.path.stem}"] if type(item).__name__ == "IPyNbCell" else []


# Seconds each group took in a full run on 2 cores (``--junitxml`` durations summed per group, the
# quiet full run of Session 9: nine chapters and the JupyterHub test, 1962 passed): the controller hands groups out in this order, longest first, so that no long
# group starts last. A group not listed takes the estimate of its kind (:data:`KIND_SECONDS`).
# Ungrouped tests are scheduled one by one: the long ones (:data:`TEST_SECONDS`, by
# ``file::function``) among the groups, the rest after every group, where they fill the gaps.
GROUP_SECONDS: dict[str, float] = {
    "corpus_ch04_training_loops": 345, "hub": 310, "corpus_ch06_training_in_practice": 240, "browser_lab": 225,
    "corpus_ch05_tf_data": 215, "corpus_ch01_sequential": 195,
    "keras-course-grade-ch06_training_in_practice": 160, "corpus_ch08_export": 145,
    "keras-course-grade-ch04_training_loops": 145, "adversarial": 130, "corpus_ch09_distributed": 125,
    "package_layouts": 120, "keras-course-grade-ch05_tf_data": 100, "corpus_ch03_metrics": 100,
    "corpus_ch02_functional": 95, "keras-course-grade-ch01_sequential": 95,
    "keras-course-grade-ch08_export": 95, "ch04_training_loops": 90, "keras-course-grade-ch09_distributed": 85,
    "keras-course-grade-ch02_functional": 80, "corpus_ch07_custom_layers_and_models": 70,
    "ch06_training_in_practice": 65, "keras-course-grade-ch03_metrics": 65, "browser_report": 60,
    "nbval_ch06_training_in_practice": 55, "nbval_ch04_training_loops": 55,
    "keras-course-grade-ch07_custom_layers_and_models": 55, "ch01_sequential": 45, "ch08_export": 40,
    "ch07_custom_layers_and_models": 35, "grader_errors": 35, "ch05_tf_data": 35, "ch03_metrics": 30,
    "nbval_ch05_tf_data": 30, "nbval_ch01_sequential": 25, "ch09_distributed": 25, "ch02_functional": 25,
    "nbval_ch03_metrics": 25,
}
TEST_SECONDS: dict[str, float] = {
    "tests/autograder/test_distributed.py::test_two_replica_case": 90,
    "tests/autograder/grade/test_run.py::test_notebook_over_its_time_limit_keeps_the_points_of_cells_it_ran": 65,
    "tests/autograder/grade/test_run.py::test_points_equal_plain_nbgrader_autograde": 35,
    "tests/autograder/test_quiet_autograde.py::test_noisy_correct_answer_scores_full_and_wrong_answer_zero": 35,
    "tests/autograder/grade/test_postgres_gradebook.py::test_grades_land_in_postgresql_and_read_back": 30,
    "tests/autograder/test_distributed.py::test_every_case_is_expected": 30,
    "tests/autograder/test_loops.py::test_wrong_override_fails": 25,
    "tests/autograder/feedback/test_generate.py::test_feedback_shows_messages_but_no_hidden_test_code": 25,
    "tests/autograder/export/test_canvas.py::test_export_command_writes_the_canvas_file": 25,
    "tests/autograder/grade/test_dask_backend.py::test_unreachable_scheduler_is_a_course_error": 20,
    "tests/autograder/grade/test_run.py::test_submission_over_its_time_limit_is_an_error_not_a_grade": 20,
    "tests/autograder/test_loops.py::test_a_reference_with_named_inputs_is_fitted_once_per_kernel": 20,
    "tests/autograder/grade/test_run.py::test_rerun_regrades_cleanly": 20,
    "tests/autograder/feedback/test_generate.py::test_feedback_without_autograded_work_is_a_course_error": 20,
    "tests/course/test_setup.py::test_banner_seed_and_silence": 15,
    "tests/autograder/cli/test_release_cmd.py::test_release_then_check": 15,
    "tests/autograder/grade/test_dask_backend.py::test_dask_cluster_grades_and_isolates_a_worker_killer": 15,
    "tests/autograder/grade/test_interrupt.py::test_ctrl_c_leaves_the_gradebook_consistent": 15,
}
KIND_SECONDS = {"keras-course-grade-": 120.0, "corpus_": 120.0, "nbval_": 30.0, "ch": 70.0}
DEFAULT_GROUP_SECONDS = 60.0


def group_seconds(group: str) -> float:
    """The expected seconds of one ``xdist_group`` (measured, else the estimate of its kind)."""
    if group in GROUP_SECONDS:
        return GROUP_SECONDS[group]
    return next((s for prefix, s in KIND_SECONDS.items() if group.startswith(prefix)), DEFAULT_GROUP_SECONDS)


def ungrouped_seconds(item) -> float:
    """The expected seconds of an ungrouped test (0 for the short ones)."""
    return TEST_SECONDS.get(item.nodeid.split("[", 1)[0], 0.0)


def item_groups(item) -> list[str]:
    """The ``xdist_group`` names of a test (an nbval cell: its notebook's group)."""
    return sorted({str(m.args[0] if m.args else m.kwargs.get("name", "default"))
                   for m in item.iter_markers("xdist_group")}) or notebook_group(item)


def longest_groups_first(items: list) -> list:
    """Return ``items`` with grouped tests first, costliest group first; order kept within a group."""
    keyed = []
    for position, item in enumerate(items):
        groups = item_groups(item)
        cost = group_seconds("_".join(groups)) if groups else ungrouped_seconds(item)
        keyed.append((-cost, "_".join(groups), position, item))
    return [entry[-1] for entry in sorted(keyed, key=lambda entry: entry[:3])]


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config, items):
    """On an xdist worker under ``--dist loadgroup``: costliest groups first, node ids end ``@<group>``.

    The controller hands groups out in the order the workers collected them (``loadscopereorder`` is
    off, see :func:`pytest_configure`). It schedules by the ``@<group>`` suffix. pytest-xdist 3.8 writes it into ``item._nodeid``, which
    pytest 9.2 no longer reads (node ids are structured: ``item._id``), so the groups were silently
    ignored (pytest-dev/pytest-xdist#1386) and each worker graded the chapters of the tests it got.
    Where xdist's own suffix took effect this does nothing.
    """
    if not (hasattr(config, "workerinput") and config.getvalue("loadgroup")):
        return
    items[:] = longest_groups_first(items)
    for item in items:
        groups = item_groups(item)
        if not groups or item.nodeid.rfind("@") > item.nodeid.rfind("]"):
            continue
        nodeid = f"{item.nodeid}@{'_'.join(groups)}"
        if NodeId is not None and hasattr(item, "_id"):
            item._id = NodeId.parse(nodeid)
        else:
            item._nodeid = nodeid
