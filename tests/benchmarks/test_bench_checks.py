"""benchmarks/bench_checks.py: a case for every public check, and the cheap cases run (once, full marks)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

import autograder.checks

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "bench_checks.py"
CHEAP = ["check_value", "check_architecture", "check_compile", "check_metric", "check_loss", "check_dataset",
         "check_feature_model", "check_layer"]


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("bench_checks", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    try:
        spec.loader.exec_module(module)
        yield module
    finally:
        del sys.modules[spec.name]


def test_every_public_check_has_a_case(bench):
    public = {name for name in autograder.checks.__dict__ if name.startswith("check_")}
    assert {case.check for case in bench.CASES} == public


def test_cheap_cases_run_once_with_full_marks(bench, capsys):
    assert bench.main(["1", *(f"--only={name}" for name in CHEAP)]) == 0
    rows = capsys.readouterr().out.splitlines()[1:]
    assert [row.split()[0] for row in rows] == [case.check for case in bench.select(bench.CASES, CHEAP)]
    assert all(row.split()[-1] == "1.00" for row in rows), rows


def test_unknown_only_name_lists_the_checks(bench):
    with pytest.raises(SystemExit, match="matches no case; checks: check_architecture"):
        bench.main(["1", "--only", "check_nothing"])
