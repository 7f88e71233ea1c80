"""Failures grouped by cause: the numbers of each submission folded away, hidden lines never quoted."""

from __future__ import annotations

import pytest

from autograder.report.causes import WHOLE_SUBMISSION, WITHHELD, failed_checks, fold_numbers, group_failures


@pytest.mark.parametrize("message, folded", [
    ("Layer 1: expected Dense(256, activation='relu'), found Dense(128, activation='relu')",
     "Layer #: expected Dense(#, activation='relu'), found Dense(#, activation='relu')"),
    ("accuracy 0.173, needs at least 0.6; lr 1e-3, loss -2.5", "accuracy #, needs at least #; lr #, loss #"),
    ("ch01_sequential.ipynb: conv2d_1 and layer_10 keep their digits", "ch01_sequential.ipynb: conv2d_1 and layer_10 keep their digits"),
])
def test_numbers_fold_but_names_keep_their_digits(message, folded):
    assert fold_numbers(message) == folded


def verdict(cell, points, checks=(), reason=""):
    return {"notebook": "nb", "cell": cell, "points": points, "max_points": 2.0, "reason": reason,
            "checks": [{"check": c, "points": 0.0, "max_points": 2.0, "message": m} for c, m in checks]}


def test_failed_checks_prefer_each_checks_message_then_the_reason():
    assert failed_checks(verdict("t", 2.0, [("check_a", "")])) == []
    assert failed_checks(verdict("t", 0.0, [("check_a", "wrong"), ("check_b", "")])) == [("check_a", "wrong")]
    assert failed_checks(verdict("t", 0.0, reason="check_training: stopped")) == [("check_training", "stopped")]
    assert failed_checks(verdict("t", 0.0, reason="no export: the test did not run")) == [
        ("", "no export: the test did not run")]


def test_same_cause_with_other_numbers_is_one_group_with_every_student():
    records = {
        "ann": {"status": "graded", "verdicts": [verdict("t1", 0.0, [("check_architecture", "Layer 1: found Dense(10)")])]},
        "bob": {"status": "graded", "verdicts": [verdict("t1", 0.0, [("check_architecture", "Layer 2: found Dense(64)")]),
                                                 verdict("t2", 0.0, reason="check_compile: loss is wrong")]},
        "cid": {"status": "graded", "verdicts": [verdict("t1", 2.0, [("check_architecture", "")])]},
        "dan": {"status": "failed", "reason": "not valid notebook JSON (line 3)", "verdicts": []},
        "eve": {"status": "error", "reason": "grader error: the worker process died", "verdicts": []},
    }

    causes = group_failures(records)

    assert [(c.test, c.check, c.pattern, c.students) for c in causes] == [
        ("nb:t1", "check_architecture", "Layer #: found Dense(#)", ["ann", "bob"]),
        (WHOLE_SUBMISSION, "", "not valid notebook JSON (line #)", ["dan"]),
        ("nb:t2", "check_compile", "loss is wrong", ["bob"]),
    ]
    assert causes[0].example == "Layer 1: found Dense(10)" and causes[0].count == 2


def test_a_message_quoting_a_hidden_line_is_withheld():
    records = {"ann": {"status": "graded", "verdicts": [
        verdict("t1", 0.0, [("check_values", "assert f(SECRET_SEED) == 4 failed")])]}}
    causes = group_failures(records, hidden=["assert f(SECRET_SEED) == 4"])
    assert [(c.pattern, c.example) for c in causes] == [(WITHHELD, WITHHELD)]
