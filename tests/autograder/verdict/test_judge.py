"""The trusted verdict: reference expectations, never the export's; 0 with a reason for anything off."""

import json

import numpy as np
import pytest

from autograder.checks.failure import CheckFailed
from autograder.checks.observation import register_judge
from autograder.verdict.judge import NOT_REJUDGED, judge_submission
from autograder.verdict.reference import (BrokenReference, CellReference, Reference, ReferenceCheck,
                                          verify_reference)

CHECK = "check_verdict_fixture"


@register_judge(CHECK)
def judge_fixture(observation, expectation, points):
    if not np.allclose(observation["values"], expectation["values"]):
        raise CheckFailed(f"expected {expectation['values'].tolist()}, found {observation['values'].tolist()}")
    return points * float(observation.get("fraction", 1.0))


def reference():
    expectation = {"values": np.array([1.0, 4.0, 9.0])}
    return Reference("nb.ipynb", [
        CellReference("test_a", 2.0, [ReferenceCheck(CHECK, expectation, 2.0)]),
        CellReference("test_b", 1.0, [ReferenceCheck(CHECK, expectation, 1.0)]),
        CellReference("test_plain", 1.0, []),
    ])


def export(root, cell, values, *, name=CHECK, index=0, expectation=None, points=2.0, extra=None):
    folder = root / "cells" / cell
    folder.mkdir(parents=True, exist_ok=True)
    stem = folder / f"{index:04d}-{name}"
    np.savez(stem.with_suffix(".npz"), a0=np.asarray(values, "float64"))
    observation = {"values": {"__npz__": "a0"}, **(extra or {})}
    payload = {"check": name, "points": points, "observation": observation,
               "expectation": expectation or {"values": {"__npz__": "a0"}}}
    stem.with_suffix(".json").write_text(json.dumps(payload))


def by_id(verdicts):
    return {v.grade_id: v for v in verdicts}


def test_correct_exports_earn_the_reference_points(tmp_path):
    export(tmp_path, "test_a", [1, 4, 9])
    export(tmp_path, "test_b", [1, 4, 9], points=1000)  # the points claimed by the export are ignored
    verdicts = by_id(judge_submission(tmp_path, reference()))
    assert (verdicts["test_a"].points, verdicts["test_b"].points) == (2.0, 1.0)
    assert verdicts["test_plain"].points is None and verdicts["test_plain"].reason == NOT_REJUDGED


def test_a_forged_expectation_in_the_export_is_ignored(tmp_path):
    export(tmp_path, "test_a", [0, 0, 0])  # the export's own expectation equals its observation
    verdict = by_id(judge_submission(tmp_path, reference()))["test_a"]
    assert verdict.points == 0.0
    assert "expected [1.0, 4.0, 9.0], found [0.0, 0.0, 0.0]" in verdict.reason


def test_a_missing_export_scores_zero_with_a_reason(tmp_path):
    verdict = by_id(judge_submission(tmp_path, reference()))["test_b"]
    assert verdict.points == 0.0 and "no export" in verdict.reason


def test_no_export_root_at_all_scores_zero_everywhere():
    verdicts = by_id(judge_submission(None, reference()))
    assert verdicts["test_a"].points == verdicts["test_b"].points == 0.0


def test_extra_or_other_checks_score_zero(tmp_path):
    export(tmp_path, "test_a", [1, 4, 9])
    export(tmp_path, "test_a", [1, 4, 9], index=1)
    export(tmp_path, "test_b", [1, 4, 9], name="check_other")
    verdicts = by_id(judge_submission(tmp_path, reference()))
    assert verdicts["test_a"].points == 0.0 and "do not match" in verdicts["test_a"].reason
    assert verdicts["test_b"].points == 0.0 and "check_other" in verdicts["test_b"].reason


def test_partial_credit_is_the_fraction_of_the_last_check(tmp_path):
    export(tmp_path, "test_a", [1, 4, 9], extra={"fraction": 0.5})
    assert by_id(judge_submission(tmp_path, reference()))["test_a"].points == 1.0


def test_more_than_full_points_are_capped(tmp_path):
    export(tmp_path, "test_a", [1, 4, 9], extra={"fraction": 50})
    assert by_id(judge_submission(tmp_path, reference()))["test_a"].points == 2.0


def test_a_malformed_observation_scores_zero_and_says_so(tmp_path):
    folder = tmp_path / "cells" / "test_a"
    folder.mkdir(parents=True)
    (folder / f"0000-{CHECK}.json").write_text(json.dumps(
        {"check": CHECK, "points": 2, "observation": {"nothing": 1}, "expectation": {}}))
    verdict = by_id(judge_submission(tmp_path, reference()))["test_a"]
    assert verdict.points == 0.0 and "malformed export" in verdict.reason


def test_a_failed_observation_carries_its_message(tmp_path):
    folder = tmp_path / "cells" / "test_a"
    folder.mkdir(parents=True)
    (folder / f"0000-{CHECK}.json").write_text(json.dumps(
        {"check": CHECK, "points": 2, "observation": {"failed": "square() raised ValueError"}}))
    verdict = by_id(judge_submission(tmp_path, reference()))["test_a"]
    assert verdict.points == 0.0 and verdict.reason.endswith("square() raised ValueError")


def test_a_reference_that_fails_itself_is_refused():
    broken = Reference("nb.ipynb", [CellReference("test_a", 1.0, [ReferenceCheck(
        CHECK, {"values": np.array([1.0])}, 1.0, observation={"values": np.array([2.0])})])])
    with pytest.raises(BrokenReference, match="test_a"):
        verify_reference(broken)


def summed_reference(value_checks):
    """test_sum calls a visible check (1 point), then ends with hidden checks of 1 + 2 points."""
    expectation = {"values": np.array([1.0, 4.0, 9.0])}
    checks = [ReferenceCheck(CHECK, expectation, 1.0), ReferenceCheck(CHECK, expectation, 1.0),
              ReferenceCheck(CHECK, expectation, 2.0)]
    return Reference("nb.ipynb", [CellReference("test_sum", 3.0, checks, value_checks=value_checks)])


@pytest.mark.parametrize("fractions, expected", [
    ((1.0, 1.0, 1.0), 3.0),
    ((1.0, 1.0, 0.5), 2.0),   # 1 + 2 x 0.5, what the notebook's `check(...) + check(...)` shows
    ((1.0, 0.5, 0.5), 1.5),
    ((0.0, 1.0, 0.5), 2.0),   # the visible check's own value is not part of the cell's value
])
def test_a_cell_ending_with_a_sum_earns_the_sum_of_its_checks(tmp_path, fractions, expected):
    for index, (fraction, points) in enumerate(zip(fractions, (1.0, 1.0, 2.0))):
        export(tmp_path, "test_sum", [1, 4, 9], index=index, points=points, extra={"fraction": fraction})
    verdict = judge_submission(tmp_path, summed_reference(2))[0]
    assert verdict.points == expected
    if expected < 3.0:
        assert "points" in verdict.reason


def test_a_cell_without_a_value_earns_full_points_when_every_check_passes(tmp_path):
    for index, points in enumerate((1.0, 1.0, 2.0)):
        export(tmp_path, "test_sum", [1, 4, 9], index=index, points=points, extra={"fraction": 0.5})
    assert judge_submission(tmp_path, summed_reference(0))[0].points == 3.0


def test_a_failing_check_anywhere_in_a_summed_cell_scores_zero(tmp_path):
    export(tmp_path, "test_sum", [1, 4, 9], index=0, points=1.0)
    export(tmp_path, "test_sum", [0, 0, 0], index=1, points=1.0)
    export(tmp_path, "test_sum", [1, 4, 9], index=2, points=2.0)
    verdict = judge_submission(tmp_path, summed_reference(2))[0]
    assert verdict.points == 0.0 and "expected [1.0, 4.0, 9.0]" in verdict.reason
