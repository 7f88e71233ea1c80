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
# quiet full run of Session 8 with nine chapters; the per-chapter ``nbgrader validate`` runs it still
# had are left out): the controller hands groups out in this order, longest first, so that no long
# group starts last. A group not listed takes the estimate of its kind (:data:`KIND_SECONDS`).
# Ungrouped tests are scheduled one by one: the long ones (:data:`TEST_SECONDS`, by
# ``file::function``) among the groups, the rest after every group, where they fill the gaps.
GROUP_SECONDS: dict[str, float] = {
    "corpus_ch04_training_loops": 355, "adversarial": 250, "browser_lab": 235, "package_layouts": 210,
    "hub": 210,  # tests/hub alone: 182, 210 and 245 s on the 2 cores, shared with another test run
    "corpus_ch05_tf_data": 180, "keras-course-grade-ch06_training_in_practice": 175,
    "corpus_ch01_sequential": 165, "keras-course-grade-ch04_training_loops": 140,
    "corpus_ch02_functional": 130, "corpus_ch03_metrics": 125, "ch04_training_loops": 125,
    "corpus_ch06_training_in_practice": 125, "keras-course-grade-ch01_sequential": 125,
    "keras-course-grade-ch08_export": 120, "keras-course-grade-ch05_tf_data": 115,
    "keras-course-grade-ch02_functional": 115, "keras-course-grade-ch09_distributed": 115,
    "corpus_ch09_distributed": 100, "corpus_ch08_export": 95, "keras-course-grade-ch03_metrics": 90,
    "browser_report": 85, "ch06_training_in_practice": 80, "ch05_tf_data": 80,
    "keras-course-grade-ch07_custom_layers_and_models": 70, "corpus_ch07_custom_layers_and_models": 65,
    "grader_errors": 55, "ch01_sequential": 55, "nbval_ch04_training_loops": 55,
    "ch07_custom_layers_and_models": 50, "ch09_distributed": 50, "nbval_ch06_training_in_practice": 45,
    "ch03_metrics": 45, "ch08_export": 45, "ch02_functional": 45,
}
TEST_SECONDS: dict[str, float] = {
    "tests/autograder/grade/test_run.py::test_notebook_over_its_time_limit_keeps_the_points_of_cells_it_ran": 55,
    "tests/autograder/grade/test_postgres_gradebook.py::test_grades_land_in_postgresql_and_read_back": 52,
    "tests/autograder/grade/test_run.py::test_points_equal_plain_nbgrader_autograde": 43,
    "tests/autograder/grade/test_no_survivors.py::test_a_killed_worker_takes_its_kernel_with_it": 39,
    "tests/autograder/grade/test_dask_backend.py::test_dask_cluster_grades_and_isolates_a_worker_killer": 38,
    "tests/autograder/grade/test_run.py::test_rerun_regrades_cleanly": 34,
    "tests/autograder/export/test_canvas.py::test_export_command_writes_the_canvas_file": 32,
    "tests/autograder/feedback/test_generate.py::test_feedback_shows_messages_but_no_hidden_test_code": 31,
    "tests/autograder/test_distributed.py::test_two_replica_case": 27,
    "tests/autograder/cli/test_release_cmd.py::test_release_then_check": 24,
    "tests/autograder/grade/test_dask_backend.py::test_unreachable_scheduler_is_a_course_error": 23,
    "tests/autograder/test_quiet_autograde.py::test_noisy_correct_answer_scores_full_and_wrong_answer_zero": 22,
    "tests/autograder/grade/test_run.py::test_submission_over_its_time_limit_is_an_error_not_a_grade": 21,
    "tests/autograder/test_loops.py::test_a_reference_with_named_inputs_is_fitted_once_per_kernel": 17,
    "tests/course/test_setup.py::test_banner_seed_and_silence": 17,
    "tests/autograder/export/test_grade_table.py::test_table_has_one_row_per_student_and_one_column_per_chapter": 15,
    "tests/autograder/grade/test_run.py::test_killed_worker_is_replaced_and_recorded": 15,
    "tests/autograder/grade/test_no_survivors.py::test_a_crash_of_the_grading_command_leaves_nothing": 14,
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
