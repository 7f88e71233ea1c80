"""Reference expectations remembered per kernel: computed once per key, every caller its own copy."""

from __future__ import annotations

import numpy as np
import pytest

from autograder.checks import remembered as memo
from autograder.checks.remembered import forget_all, remembered


@pytest.fixture(autouse=True)
def empty_memo():
    forget_all()
    yield
    forget_all()


def counting(value):
    calls = []

    def compute():
        calls.append(1)
        return value

    return compute, calls


def test_the_same_key_computes_once_and_each_caller_gets_its_own_copy():
    compute, calls = counting({"weights": [np.zeros(2)], "epochs": 2})
    first = remembered(("check", "fizzbuzz", 1), compute)
    first["weights"][0][0] = 99.0
    first["rtol"] = 1e-3
    second = remembered(("check", "fizzbuzz", 1), compute)
    assert len(calls) == 1
    assert "rtol" not in second and second["weights"][0][0] == 0.0


def test_another_key_and_no_key_compute_again():
    compute, calls = counting({"a": 1})
    remembered(("check", "fizzbuzz", 1), compute)
    remembered(("check", "fizzbuzz", 2), compute)
    remembered(None, compute)
    remembered(None, compute)
    assert len(calls) == 4


def test_a_failed_computation_is_not_remembered():
    def fails():
        raise ValueError("no such dataset")

    with pytest.raises(ValueError):
        remembered(("check", "nope"), fails)
    compute, calls = counting({"a": 1})
    assert remembered(("check", "nope"), compute) == {"a": 1} and len(calls) == 1


def test_the_oldest_key_is_forgotten_past_the_limit(monkeypatch):
    monkeypatch.setattr(memo, "MAX_ENTRIES", 2)
    compute, calls = counting({"a": 1})
    for key in ("k1", "k2", "k3", "k2", "k1"):
        remembered((key,), compute)
    assert len(calls) == 4  # k1, k2, k3, then k1 again (k2 was still kept)
