"""Tests for autograder.checks.metrics.check_metric: correct, alternative-correct and wrong metrics."""

import json

import numpy as np
import pytest

from autograder.checks import CheckFailed
from autograder.checks.metrics import (
    check_metric,
    edge_batches,
    judge_metric,
    random_batches,
)
from autograder.checks.observation import EXPORT_ENV, rejudge
from autograder.quiet import quiet

with quiet():
    import keras
    import tensorflow as tf


def numpy_f1(y_true, y_pred):
    """The F1 of everything given at once (the reference): 0 when there is nothing to find."""
    t = np.asarray(y_true).reshape(-1) > 0.5
    p = np.asarray(y_pred).reshape(-1) > 0.5
    tp, fp, fn = np.sum(t & p), np.sum(~t & p), np.sum(t & ~p)
    return 0.0 if tp == 0 else 2 * tp / (2 * tp + fp + fn)


class F1Score(keras.metrics.Metric):
    """Correct: counts accumulated with assign_add, F1 from the totals, guarded division."""

    def __init__(self, threshold=0.5, name="f1", **kwargs):
        super().__init__(name=name, **kwargs)
        self.threshold = threshold
        self.tp = self.add_weight(name="tp", initializer="zeros")
        self.fp = self.add_weight(name="fp", initializer="zeros")
        self.fn = self.add_weight(name="fn", initializer="zeros")

    def _counts(self, y_true, y_pred):
        p = tf.cast(y_pred > self.threshold, "float32")
        t = tf.cast(y_true, "float32")
        return tf.reduce_sum(p * t), tf.reduce_sum(p * (1 - t)), tf.reduce_sum((1 - p) * t)

    def update_state(self, y_true, y_pred, sample_weight=None):
        tp, fp, fn = self._counts(y_true, y_pred)
        self.tp.assign_add(tp)
        self.fp.assign_add(fp)
        self.fn.assign_add(fn)

    def result(self):
        return tf.math.divide_no_nan(2 * self.tp, 2 * self.tp + self.fp + self.fn)

    def reset_state(self):
        for v in self.variables:
            v.assign(0.0)

    def get_config(self):
        return {**super().get_config(), "threshold": self.threshold}


class F1WithKerasOps(keras.metrics.Metric):
    """Alternative correct: precision and recall state, keras.ops, default reset_state."""

    def __init__(self, name="f1_ops", **kwargs):
        super().__init__(name=name, **kwargs)
        self.counts = self.add_weight(name="counts", shape=(3,), initializer="zeros")

    def update_state(self, y_true, y_pred, sample_weight=None):
        ops = keras.ops
        p = ops.cast(ops.greater(y_pred, 0.5), "float32")
        t = ops.cast(y_true, "float32")
        self.counts.assign_add(ops.stack([ops.sum(p * t), ops.sum(p * (1 - t)), ops.sum((1 - p) * t)]))

    def result(self):
        tp, fp, fn = self.counts[0], self.counts[1], self.counts[2]
        precision = keras.ops.divide_no_nan(tp, tp + fp)
        recall = keras.ops.divide_no_nan(tp, tp + fn)
        return keras.ops.divide_no_nan(2 * precision * recall, precision + recall)


class F1Overwrites(F1Score):
    """Wrong: assign instead of assign_add (only the last batch counts)."""

    def update_state(self, y_true, y_pred, sample_weight=None):
        tp, fp, fn = self._counts(y_true, y_pred)
        self.tp.assign(tp)
        self.fp.assign(fp)
        self.fn.assign(fn)


class F1AveragesBatches(F1Score):
    """Wrong: a per-batch F1 averaged over batches inside a Metric."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.total = self.add_weight(name="total", initializer="zeros")
        self.count = self.add_weight(name="count", initializer="zeros")

    def update_state(self, y_true, y_pred, sample_weight=None):
        tp, fp, fn = self._counts(y_true, y_pred)
        self.total.assign_add(tf.math.divide_no_nan(2 * tp, 2 * tp + fp + fn))
        self.count.assign_add(1.0)

    def result(self):
        return tf.math.divide_no_nan(self.total, self.count)


class F1NoReset(F1Score):
    """Wrong: reset_state does nothing."""

    def reset_state(self):
        pass


class F1DividesByZero(F1Score):
    """Wrong: NaN when there are no positives."""

    def result(self):
        return 2 * self.tp / (2 * self.tp + self.fp + self.fn)


class F1ForgetsThresholdInConfig(F1Score):
    """Wrong: threshold missing from get_config (a rebuilt copy uses the default 0.5)."""

    def get_config(self):
        return keras.metrics.Metric.get_config(self)


def f1_reference_at(threshold):
    def reference(y_true, y_pred):
        return numpy_f1(y_true, np.asarray(y_pred) + (0.5 - threshold))
    return reference


class F1PythonState(keras.metrics.Metric):
    """Wrong: counts kept in Python floats with .numpy(): fine eagerly, broken in evaluate."""

    def __init__(self, name="f1_py", **kwargs):
        super().__init__(name=name, **kwargs)
        self.tp = self.fp = self.fn = 0.0

    def update_state(self, y_true, y_pred, sample_weight=None):
        p = (y_pred.numpy() > 0.5)
        t = y_true.numpy() > 0.5
        self.tp += float(np.sum(p & t))
        self.fp += float(np.sum(p & ~t))
        self.fn += float(np.sum(~p & t))

    def result(self):
        d = 2 * self.tp + self.fp + self.fn
        return 0.0 if d == 0 else 2 * self.tp / d

    def reset_state(self):
        self.tp = self.fp = self.fn = 0.0


class F1WithoutSampleWeight(F1Score):
    """Wrong for compile: update_state has no sample_weight parameter."""

    def update_state(self, y_true, y_pred):
        super().update_state(y_true, y_pred)


class F1Noisy(F1Score):
    """Correct but noisy: warns, prints to stderr and logs while computing."""

    def update_state(self, y_true, y_pred, sample_weight=None):
        import logging
        import sys
        import warnings

        warnings.warn("noisy metric")
        print("stderr noise", file=sys.stderr)
        logging.getLogger("tensorflow").warning("log noise")
        super().update_state(y_true, y_pred, sample_weight)


def batch_f1(y_true, y_pred):
    """Wrong for F1 (seed 001): a function metric, averaged over batches by Keras."""
    p = tf.cast(y_pred > 0.5, "float32")
    t = tf.cast(y_true, "float32")
    tp = tf.reduce_sum(p * t)
    return tf.math.divide_no_nan(2 * tp, tf.reduce_sum(p) + tf.reduce_sum(t))


def my_mae(y_true, y_pred):
    """Correct function metric (per-sample values)."""
    return tf.reduce_mean(tf.abs(y_true - y_pred), axis=-1)


def my_mae_scalar(y_true, y_pred):
    """Alternative correct function metric (batch mean, equal batch sizes)."""
    return keras.ops.mean(keras.ops.abs(y_true - y_pred))


def my_mae_wrong(y_true, y_pred):
    """Wrong: squared error."""
    return tf.reduce_mean(tf.square(y_true - y_pred), axis=-1)


def numpy_mae(y_true, y_pred):
    return np.abs(np.asarray(y_true) - np.asarray(y_pred))


def my_accuracy(y_true, y_pred):
    """Correct multiclass accuracy on one-hot labels."""
    return tf.cast(tf.equal(tf.argmax(y_true, -1), tf.argmax(y_pred, -1)), "float32")


BINARY = dict(task="binary", seed=3, batches=8, batch_size=32)


@pytest.mark.parametrize("student", [
    F1Score, F1Score(), lambda: F1Score(threshold=0.5), F1WithKerasOps,
], ids=["class", "instance", "builder", "keras-ops-precision-recall"])
def test_correct_f1_metric_scores_full_points(student):
    assert check_metric(student, numpy_f1, points=2.0, stateful=True, **BINARY) == 2.0


def test_correct_f1_against_keras_reference_metric():
    reference = keras.metrics.F1Score(average="micro", threshold=0.5)
    assert check_metric(F1Score, reference, **BINARY) == 1.0


@pytest.mark.parametrize("student, words", [
    (batch_f1, "Keras averages a function metric over batches"),
    (F1AveragesBatches, "after 2 batches"),
    (F1Overwrites, "last batch alone"),
    (F1NoReset, "reset_state"),
    (F1DividesByZero, "no positive labels"),
    (F1PythonState, "model.evaluate"),
    (F1WithoutSampleWeight, "must accept sample_weight=None"),
], ids=["batchwise-function", "averaged-in-metric", "assign-not-add", "no-reset",
        "nan-on-no-positives", "python-state", "no-sample-weight"])
def test_wrong_f1_metrics_fail_with_a_pointed_message(student, words):
    with pytest.raises(CheckFailed, match=words):
        check_metric(student, numpy_f1, **BINARY)


def test_function_rejected_when_a_stateful_metric_is_asked():
    with pytest.raises(CheckFailed, match="Expected a keras.metrics.Metric subclass"):
        check_metric(my_mae, numpy_mae, task="regression", stateful=True)


def test_config_round_trip_must_keep_constructor_arguments():
    with pytest.raises(CheckFailed, match="from_config"):
        check_metric(lambda: F1ForgetsThresholdInConfig(threshold=0.3), f1_reference_at(0.3),
                     **BINARY)
    assert check_metric(lambda: F1Score(threshold=0.3), f1_reference_at(0.3), **BINARY) == 1.0


@pytest.mark.parametrize("student", [my_mae, keras.metrics.MeanAbsoluteError],
                         ids=["per-sample-function", "keras-class"])
def test_regression_metric_alternatives_pass(student):
    assert check_metric(student, numpy_mae, task="regression", seed=5, batches=6) == 1.0


def test_batch_mean_function_fails_on_the_uneven_last_batch_and_says_why():
    with pytest.raises(CheckFailed, match=r"returns one number per batch \(shape \(\)\)"):
        check_metric(my_mae_scalar, numpy_mae, task="regression", seed=5, batches=6)
    assert check_metric(my_mae_scalar, numpy_mae, task="regression", seed=5, batches=6, uneven=False) == 1.0


def weighted_f1(y_true, y_pred, sample_weight=None):
    """The sample-weighted F1 of everything given at once (threshold 0.5, positive when > 0.5)."""
    t, p = np.ravel(y_true) > 0.5, np.ravel(y_pred) > 0.5
    w = np.ones(t.shape) if sample_weight is None else np.ravel(sample_weight)
    tp, fp, fn = np.sum(w * (t & p)), np.sum(w * (~t & p)), np.sum(w * (t & ~p))
    return 0.0 if 2 * tp + fp + fn == 0 else 2 * tp / (2 * tp + fp + fn)


class F1Weighted(F1Score):
    """Correct with sample weights: each example's counts times its weight."""

    def update_state(self, y_true, y_pred, sample_weight=None):
        t = tf.reshape(tf.cast(y_true, "float32"), [-1])
        p = tf.cast(tf.reshape(y_pred, [-1]) > self.threshold, "float32")
        w = tf.ones_like(t) if sample_weight is None else tf.reshape(tf.cast(sample_weight, "float32"), [-1])
        self.tp.assign_add(tf.reduce_sum(w * p * t))
        self.fp.assign_add(tf.reduce_sum(w * p * (1 - t)))
        self.fn.assign_add(tf.reduce_sum(w * (1 - p) * t))


class F1WeightBroadcasts(F1Score):
    """Wrong: (batch, 1) counts times a (batch,) weight broadcast to (batch, batch)."""

    def update_state(self, y_true, y_pred, sample_weight=None):
        t = tf.cast(y_true, "float32")
        p = tf.cast(y_pred > self.threshold, "float32")
        w = 1.0 if sample_weight is None else tf.cast(sample_weight, "float32")
        self.tp.assign_add(tf.reduce_sum(w * p * t))
        self.fp.assign_add(tf.reduce_sum(w * p * (1 - t)))
        self.fn.assign_add(tf.reduce_sum(w * (1 - p) * t))


def test_sample_weights_are_compared_with_the_weighted_reference():
    assert check_metric(F1Weighted, weighted_f1, sample_weight=True, **BINARY) == 1.0
    with pytest.raises(CheckFailed, match="ignores sample_weight"):
        check_metric(F1Score, weighted_f1, sample_weight=True, **BINARY)
    with pytest.raises(CheckFailed, match=r"ignores sample_weight, or .* \(batch, batch\)"):
        check_metric(F1WeightBroadcasts, weighted_f1, sample_weight=True, **BINARY)


class F1AtOrAbove(F1Score):
    """Wrong: y_pred >= threshold counts a prediction exactly at the threshold as positive."""

    def _counts(self, y_true, y_pred):
        p = tf.cast(y_pred >= self.threshold, "float32")
        t = tf.cast(y_true, "float32")
        return tf.reduce_sum(p * t), tf.reduce_sum(p * (1 - t)), tf.reduce_sum((1 - p) * t)


def test_predictions_exactly_at_the_threshold_are_negative():
    with pytest.raises(CheckFailed, match="exactly at 0.25, 0.5 and 0.75"):
        check_metric(F1AtOrAbove, numpy_f1, **BINARY)


def test_an_error_of_exactly_one_half_is_an_edge_case():
    def within(y_true, y_pred, sample_weight=None):
        return np.average((np.abs(y_true - y_pred) <= 0.5).reshape(len(y_true), -1).mean(axis=1),
                          weights=sample_weight)

    def strict(y_true, y_pred):
        return tf.reduce_mean(tf.cast(tf.abs(y_true - y_pred) < 0.5, "float32"), axis=-1)

    with pytest.raises(CheckFailed, match="errors of exactly 0.5"):
        check_metric(strict, within, task="regression", seed=5, batches=6)


def test_wrong_regression_metric_fails_on_first_batch():
    with pytest.raises(CheckFailed, match="on the first batch"):
        check_metric(my_mae_wrong, numpy_mae, task="regression", seed=5, batches=6)


def test_multiclass_function_metric_against_keras_metric():
    reference = keras.metrics.CategoricalAccuracy()
    assert check_metric(my_accuracy, reference, task="multiclass", num_classes=4, batches=6) == 1.0


def test_not_a_metric_is_reported():
    with pytest.raises(CheckFailed, match="expected a metric function"):
        check_metric(42, numpy_f1, **BINARY)


def test_batches_differ_enough_that_batch_mean_f1_is_not_epoch_f1():
    data = random_batches("binary", 3, 8, 32)
    per_batch = np.mean([numpy_f1(t, p) for t, p in data])
    epoch = numpy_f1(np.concatenate([t for t, _ in data]), np.concatenate([p for _, p in data]))
    assert abs(per_batch - epoch) > 0.01


@pytest.mark.parametrize("task", ["binary", "multiclass", "regression"])
def test_edge_batches_have_the_task_shapes(task):
    for y_true, y_pred in edge_batches(task, 8, num_classes=3).values():
        assert y_true.shape[0] == y_pred.shape[0] == 8
        assert y_true.dtype == np.float32


def test_judge_is_pure_and_names_values():
    expectation = {"task": "binary", "stateful": None, "rtol": 1e-3, "atol": 1e-4,
                   "prefix": np.array([0.5, 0.6]), "single": np.array([0.5, 0.7]),
                   "reset": np.array(0.5), "edges": {}}
    observation = {"kind": "metric", "name": "f1", "class": "F1", "prefix": np.array([0.5, 0.7]),
                   "reset": np.array(0.5), "edges": {}, "config": None, "evaluate": None,
                   "evaluate_error": None}
    with pytest.raises(CheckFailed, match=r"reports 0.7 .* is 0.6"):
        judge_metric(observation, expectation, 1.0)
    observation["prefix"] = np.array([0.5, 0.6])
    assert judge_metric(observation, expectation, 3.0) == 3.0


def test_export_can_be_rejudged_without_student_code(tmp_path, monkeypatch):
    monkeypatch.setenv(EXPORT_ENV, str(tmp_path))
    check_metric(F1Score, numpy_f1, **BINARY)
    with pytest.raises(CheckFailed):
        check_metric(batch_f1, numpy_f1, **BINARY)
    verdicts = rejudge(tmp_path)
    assert [v.points for v in verdicts] == [1.0, 0.0]
    assert "averages a function metric" in verdicts[1].message
    json.loads(sorted(tmp_path.glob("*.json"))[0].read_text())


def test_noisy_correct_metric_scores_full_points_and_writes_nothing_to_stderr(capfd):
    capfd.readouterr()
    assert check_metric(F1Noisy, numpy_f1, **BINARY) == 1.0
    out, err = capfd.readouterr()
    assert err == ""
    assert "noise" not in out
