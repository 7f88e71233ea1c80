"""Per-test scores out of the gradebook, and one clear line for every gradebook the report cannot use."""

from __future__ import annotations

import shutil

import pytest
from synthetic_class import CHAPTER, COURSE_ID

from autograder.errors import CourseError
from autograder.report.class_scores import read_class_scores


def url(course):
    return f"sqlite:///{course / 'gradebook.db'}"


def test_scores_per_student_and_test_in_the_given_order(synthetic_course):
    from nbgrader.api import Gradebook

    order = [f"{CHAPTER}:test_3", f"{CHAPTER}:test_1"]
    scores = read_class_scores(url(synthetic_course), COURSE_ID, CHAPTER, order)

    assert [t.key for t in scores.tests] == order + [f"{CHAPTER}:test_0", f"{CHAPTER}:test_2"]
    assert scores.max_points == 2 + 3 + 4 + 2
    with Gradebook(url(synthetic_course), COURSE_ID) as gb:  # the same as nbgrader's own per-student view
        for submission in gb.find_assignment(CHAPTER).submissions:
            assert sum(scores.scores[submission.student_id].values()) == pytest.approx(submission.score)
    assert len(scores.scores) == len(gb_students(synthetic_course))


def gb_students(course):
    from nbgrader.api import Gradebook

    with Gradebook(url(course), COURSE_ID) as gb:
        return [s.student_id for s in gb.find_assignment(CHAPTER).submissions]


def test_a_missing_gradebook_is_named_and_not_created(tmp_path):
    with pytest.raises(CourseError, match="no gradebook at .*gradebook.db: run `keras-course grade ch99_synthetic` first"):
        read_class_scores(url(tmp_path), COURSE_ID, CHAPTER)
    assert not (tmp_path / "gradebook.db").exists()


def test_another_courses_gradebook_is_refused_without_writing_to_it(synthetic_course, tmp_path):
    shutil.copy(synthetic_course / "gradebook.db", tmp_path / "gradebook.db")
    before = (tmp_path / "gradebook.db").read_bytes()
    with pytest.raises(CourseError, match="belongs to course 'synthetic-course', not 'keras-course'"):
        read_class_scores(url(tmp_path), "keras-course", CHAPTER)
    assert (tmp_path / "gradebook.db").read_bytes() == before


def test_a_chapter_not_released_or_not_graded_says_what_to_run(synthetic_course, tmp_path):
    from nbgrader.api import Gradebook

    with pytest.raises(CourseError, match="ch01_sequential is not in the gradebook .*keras-course release ch01_sequential"):
        read_class_scores(url(synthetic_course), COURSE_ID, "ch01_sequential")
    shutil.copy(synthetic_course / "gradebook.db", tmp_path / "gradebook.db")
    with Gradebook(url(tmp_path), COURSE_ID) as gb:
        gb.add_assignment("ch02_released_only")
    with pytest.raises(CourseError, match="ch02_released_only is not graded yet .*keras-course grade ch02_released_only"):
        read_class_scores(url(tmp_path), COURSE_ID, "ch02_released_only")
