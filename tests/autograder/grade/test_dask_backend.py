"""Grading on a Dask LocalCluster: same points as the local pool, a dying submission isolated."""

from __future__ import annotations

import pytest
from grading_helpers import KILL_WORKER, MUL_WRONG, scores, sqlite_url, submit

from autograder.errors import CourseError
from autograder.grade.run import grade_chapter


def test_dask_cluster_grades_and_isolates_a_worker_killer(course):
    distributed = pytest.importorskip("distributed")
    submit(course, "correct", solved=True)
    submit(course, "partial", cells={"mul": MUL_WRONG}, solved=True)
    submit(course, "killer", cells={"add": KILL_WORKER}, solved=True)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        # without the sandbox a kernel can kill its worker (inside one it cannot reach it)
        outcome = grade_chapter("tiny", root=course, scheduler=cluster.scheduler_address, sandbox="off")

    rows = {r["student"]: r for r in outcome.rows}
    # a lost worker is a grader error: nothing recorded for it
    assert rows["killer"]["status"] == "error" and "SIGKILL" in rows["killer"]["reason"]
    assert scores(sqlite_url(course), "tiny") == {"correct": {"test_add": 2.0, "test_mul": 3.0},
                                                   "partial": {"test_add": 2.0, "test_mul": 0.0}}


def test_unreachable_scheduler_is_a_course_error(course):
    pytest.importorskip("distributed")
    submit(course, "correct", solved=True)
    with pytest.raises(CourseError, match="cannot reach the Dask scheduler"):
        grade_chapter("tiny", root=course, scheduler="tcp://127.0.0.1:9")
