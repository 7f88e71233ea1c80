"""Jobs: one per submission, an oversized submission refused without being read, the longest work first."""

from __future__ import annotations

from grading_helpers import submit

from autograder.grade.course_config import load_course_config
from autograder.grade.discover import build_jobs, find_students
from autograder.grade.gradebook_template import build_template
from autograder.grade.worker import grade_submission


def test_an_oversized_submission_is_refused_unread_and_scores_zero(course, tmp_path):
    submit(course, "small", solved=True)
    folder = submit(course, "huge", solved=True)
    (folder / "dump.bin").write_bytes(b"0" * 300_000)
    config = load_course_config(course)
    template = build_template(config.db_url, config.course_id, "tiny", tmp_path / "template.db")

    jobs = {job["student"]: job for job in build_jobs(config, "tiny", find_students(config, "tiny"), template,
                                                       max_submission_bytes=2**20 // 10)}

    assert jobs["huge"]["submission"] == {}
    assert jobs["huge"]["refused"] == "the submission is 0.3 MiB, over the 0.1 MiB limit: nothing in it was run"
    assert "refused" not in jobs["small"] and "tiny.ipynb" in jobs["small"]["submission"]
    result = grade_submission(jobs["huge"])
    assert result["status"] == "failed" and result["reason"] == jobs["huge"]["refused"]


def test_the_most_answered_submissions_are_graded_first(course):
    from autograder.grade.discover import most_answered_first

    submit(course, "a_untouched")
    submit(course, "b_half", cells={"add": "def add(a, b):\n    return a + b"})
    submit(course, "c_solved", solved=True)
    submit(course, "d_unreadable", raw="{not json")
    submit(course, "e_untouched")
    config = load_course_config(course)

    order = most_answered_first(config, "tiny", find_students(config, "tiny"))

    assert order == ["c_solved", "d_unreadable", "b_half", "a_untouched", "e_untouched"]
