"""Tests for autograder.checks.distributed: scope, distributed batches, the distributed step, fit.

The two-replica cases run in one fresh process (``distributed_cases.py``), whose set-up makes two
logical CPUs before TensorFlow starts; this process, shown one replica device, checks that every
check then records a grader error with a message that says how to fix the kernel.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import autograder.replicas
from autograder.checks import (check_distributed_dataset, check_distributed_fit, check_distributed_step,
                               check_strategy_model)
from autograder.checks.failure import GraderError
from autograder.quiet import quiet

with quiet():
    import keras

CASES = Path(__file__).with_name("distributed_cases.py")

EXPECTED = {
    "scope_correct": 3.0,
    "scope_functional_strings": 3.0,
    "scope_model_outside": "4 of the 4 variables of the model were not created by the given strategy",
    "scope_optimizer_outside": "2 of the 2 variables of the optimizer were not created by the given strategy",
    "scope_own_strategy": "using the strategy passed as the argument (not a new one)",
    "scope_not_compiled": "the model is not compiled",
    "scope_wrong_activation": "does not compute what the reference architecture computes",
    "data_correct": 4.0,
    "data_shuffled_prefetched": 4.0,
    "data_per_replica_as_global": "with 2 replica(s), batch 1 gave the replicas [3, 3] examples, expected [6, 6]",
    "data_written_out_two": "with 1 replica(s), batch 1 gave the replicas [12] examples, expected [6]",
    "data_not_distributed": "returned a _BatchDataset, not a distributed dataset",
    "data_drop_remainder": "holds 48 examples (2 missing, 0 repeated) of the 50 given",
    "data_shuffled_separately": "some x no longer sit beside their y",
    "step_correct": 6.0,
    "step_sum_divided_eager": 6.0,
    "step_keras_loss_object": 6.0,
    "step_reduce_mean": "with 2 replicas the update is 2 times the single-device update",
    "step_reduced_with_mean": "reduce them with SUM, not MEAN",
    "step_not_reduced": "the step returned per-replica values",
    "step_written_out_batch": "(the update is 0.5 times the expected one)",
    "fit_correct": 4.0,
    "fit_per_replica_batch": "the optimizer took 96 steps, expected 48",
    "fit_outside_scope": "not created by the given strategy",
    "fit_linear": "mse on the test split of the model your function trained",
}


@pytest.fixture(scope="module")
def two_replica_results(tmp_path_factory):
    out = tmp_path_factory.mktemp("distributed") / "results.json"
    environment = {**os.environ, "TF_CPP_MIN_LOG_LEVEL": "3"}
    environment.pop("KERAS_COURSE_EXPORT_DIR", None)
    done = subprocess.run([sys.executable, str(CASES), str(out)], capture_output=True, text=True, timeout=400,
                          env=environment, cwd=Path(__file__).parents[2])
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(out.read_text())


@pytest.mark.parametrize("case", sorted(EXPECTED))
def test_two_replica_case(two_replica_results, case):
    result, expected = two_replica_results[case], EXPECTED[case]
    if isinstance(expected, float):
        assert result["points"] == expected, result["message"]
        assert result["rejudged"] == [expected]
    else:
        assert result["points"] is None
        assert expected in result["message"]
        assert result["rejudged"] == [0.0]


def test_every_case_is_expected(two_replica_results):
    assert sorted(two_replica_results) == sorted(EXPECTED)


def test_records_and_exports_name_the_replica_devices(two_replica_results):
    for result in two_replica_results.values():
        assert result["layout"] == "2 x CPU (CPU:0, CPU:1)"
    devices = [result["devices"] for result in two_replica_results.values() if result["devices"]]
    assert devices and all(d == ["/job:localhost/replica:0/task:0/device:CPU:0",
                                 "/job:localhost/replica:0/task:0/device:CPU:1"] for d in devices)


def _model():
    return keras.Sequential([keras.Input((3,)), keras.layers.Dense(2, activation="softmax")])


@pytest.mark.parametrize("call", [
    lambda: check_strategy_model(lambda strategy: None, reference=_model),
    lambda: check_distributed_dataset(lambda *args: None, per_replica_batch_size=4),
    lambda: check_distributed_step(lambda *args: None, model=_model, optimizer="sgd"),
    lambda: check_distributed_fit(lambda *args: None, dataset="regression", thresholds={1.0: 1.0}, epochs=1,
                                  per_replica_batch_size=8),
])
def test_one_device_is_a_grader_error_that_says_how_to_fix_the_kernel(call, monkeypatch):
    monkeypatch.setattr(autograder.replicas, "replica_devices", lambda config=None: ["/device:CPU:0"])
    with pytest.raises(GraderError, match=r"needs two replica devices, and TensorFlow in this kernel has 1 "
                                          r".*setup_chapter\(seed=42, replicas=2\).*Restart the kernel"):
        call()
