"""Tests for autograder.checks.losses.check_loss: correct, alternative-correct and wrong losses."""

import numpy as np
import pytest

from autograder.checks import CheckFailed
from autograder.checks.losses import check_loss, edge_batches, judge_loss, loss_batches
from autograder.checks.observation import EXPORT_ENV, rejudge
from autograder.quiet import quiet

with quiet():
    import keras
    import tensorflow as tf


def cce_clipped(y_true, y_pred):
    """Correct categorical cross-entropy on probabilities, per example."""
    y_pred = tf.clip_by_value(y_pred, 1e-7, 1 - 1e-7)
    return -tf.reduce_sum(y_true * tf.math.log(y_pred), axis=-1)


def cce_keras_ops_scalar(y_true, y_pred):
    """Alternative correct: keras.ops, already averaged over the batch."""
    y_pred = keras.ops.clip(y_pred, 1e-7, 1 - 1e-7)
    return keras.ops.mean(-keras.ops.sum(y_true * keras.ops.log(y_pred), axis=-1))


def cce_on_logits(y_true, y_pred):
    """Wrong (seed 000): softmax outputs fed to a loss that expects logits."""
    return tf.nn.softmax_cross_entropy_with_logits(labels=y_true, logits=y_pred)


def cce_summed(y_true, y_pred):
    """Wrong: sums over the batch."""
    return tf.reduce_sum(cce_clipped(y_true, y_pred))


def cce_unclipped(y_true, y_pred):
    """Wrong: log(0) on confident mistakes."""
    return -tf.reduce_sum(y_true * tf.math.log(y_pred), axis=-1)


def cce_numpy(y_true, y_pred):
    """Wrong in graph mode: leaves TensorFlow for NumPy."""
    p = np.clip(y_pred.numpy(), 1e-7, 1 - 1e-7)
    return tf.constant(-np.sum(y_true.numpy() * np.log(p), axis=-1))


class CCELoss(keras.losses.Loss):
    """Correct as a Loss subclass: call() per example, Keras reduces and weights."""

    def call(self, y_true, y_pred):
        return cce_clipped(y_true, y_pred)


class CCELossIgnoresWeights(keras.losses.Loss):
    """Wrong: overrides __call__ and drops sample_weight."""

    def __call__(self, y_true, y_pred, sample_weight=None):
        return tf.reduce_mean(cce_clipped(y_true, y_pred))


def huber_like_wrong(y_true, y_pred):
    return tf.reduce_mean(tf.abs(y_true - y_pred), axis=-1)


def mse(y_true, y_pred):
    return tf.reduce_mean(tf.square(y_true - y_pred), axis=-1)


def bce_from_logits(y_true, y_pred):
    """Correct binary cross-entropy for a model without sigmoid."""
    return tf.reduce_mean(tf.nn.sigmoid_cross_entropy_with_logits(labels=y_true, logits=y_pred), axis=-1)


MULTICLASS = dict(task="multiclass", seed=11)


@pytest.mark.parametrize("student", [cce_clipped, cce_keras_ops_scalar, CCELoss, CCELoss(),
                                     lambda: CCELoss(name="mine")],
                         ids=["function", "scalar-keras-ops", "class", "instance", "builder"])
def test_correct_crossentropy_scores_full_points(student):
    reference = keras.losses.CategoricalCrossentropy()
    assert check_loss(student, reference, points=2.0, **MULTICLASS) == 2.0


@pytest.mark.parametrize("student, words", [
    (cce_on_logits, "treats y_pred as logits"),
    (cce_summed, "sum over the batch"),
    (cce_unclipped, "clip probabilities"),
    (cce_numpy, "model.compile"),
    (CCELossIgnoresWeights, "sample_weight"),
], ids=["softmax-into-logits-loss", "summed", "log-of-zero", "numpy-in-graph", "ignores-weights"])
def test_wrong_crossentropy_fails_with_the_cause(student, words):
    with pytest.raises(CheckFailed, match=words):
        check_loss(student, keras.losses.CategoricalCrossentropy(), **MULTICLASS)


def test_logits_reference_accepts_logits_loss_and_rejects_probability_loss():
    reference = keras.losses.BinaryCrossentropy(from_logits=True)
    assert check_loss(bce_from_logits, reference, task="binary") == 1.0
    with pytest.raises(CheckFailed, match="pass from_logits=True"):
        check_loss(keras.losses.BinaryCrossentropy(), reference, task="binary")


@pytest.mark.parametrize("reference", ["mse", keras.losses.mean_squared_error,
                                       keras.losses.MeanSquaredError()],
                         ids=["name", "function", "object"])
def test_regression_loss_against_reference_forms(reference):
    assert check_loss(mse, reference, task="regression") == 1.0
    with pytest.raises(CheckFailed, match="expected"):
        check_loss(huber_like_wrong, reference, task="regression")


def test_sparse_labels_for_multiclass():
    reference = keras.losses.SparseCategoricalCrossentropy()
    assert check_loss(keras.losses.sparse_categorical_crossentropy, reference,
                      task="multiclass", labels="sparse") == 1.0


def test_not_a_loss_is_reported():
    with pytest.raises(CheckFailed, match="expected a loss function"):
        check_loss(3.5, "mse", task="regression")


def test_batches_are_logits_when_asked_and_probabilities_otherwise():
    probs = loss_batches("multiclass", 1, False, 3, "onehot")
    logits = loss_batches("multiclass", 1, True, 3, "onehot")
    assert np.allclose(probs[0][1].sum(axis=1), 1.0, atol=1e-5)
    assert (logits[0][1] < 0).any() and not np.allclose(logits[0][1].sum(axis=1), 1.0)
    assert [len(t) for t, _ in probs] == [32, 7, 1]
    ((_, extreme),) = edge_batches("binary", False, 3, "onehot").values()
    assert set(np.unique(extreme)) == {0.0, 1.0}


def test_judge_detects_sum_reduction_from_plain_numbers():
    expectation = {"rtol": 1e-4, "atol": 1e-5, "values": np.array([0.5, 0.25]), "batch_sizes": [4, 2],
                   "flipped": None, "raw": [np.array(0.5), np.array(0.25)], "weighted": None,
                   "edges": {}, "from_logits": False}
    observation = {"name": "l", "values": np.array([2.0, 0.5]), "shapes": [[], []],
                   "raw": [np.array(2.0), np.array(0.5)], "weighted": None, "edges": {},
                   "evaluate": None, "evaluate_error": None}
    with pytest.raises(CheckFailed, match="sum over the batch"):
        judge_loss(observation, expectation, 1.0)
    observation.update(values=np.array([0.5, 0.25]), raw=[np.array(0.5), np.array(0.25)])
    assert judge_loss(observation, expectation, 1.0) == 1.0


def test_loss_check_exports_observations_that_rejudge_alike(tmp_path, monkeypatch):
    monkeypatch.setenv(EXPORT_ENV, str(tmp_path))
    reference = keras.losses.CategoricalCrossentropy()
    check_loss(CCELoss, reference, **MULTICLASS)
    with pytest.raises(CheckFailed):
        check_loss(cce_on_logits, reference, **MULTICLASS)
    verdicts = rejudge(tmp_path)
    assert [v.points for v in verdicts] == [1.0, 0.0]
    assert "treats y_pred as logits" in verdicts[1].message


def cce_large_epsilon(y_true, y_pred):
    """Wrong with edge_values: clips with 1e-3, so a confident mistake costs about 6.9, not 16."""
    y_pred = tf.clip_by_value(y_pred, 1e-3, 1 - 1e-3)
    return -tf.reduce_sum(y_true * tf.math.log(y_pred), axis=-1)


def test_per_example_requires_shape_batch_and_equal_values():
    reference = keras.losses.CategoricalCrossentropy()
    assert check_loss(cce_clipped, reference, per_example=True, **MULTICLASS) == 1.0
    assert check_loss(lambda: keras.losses.CategoricalCrossentropy(reduction=None), reference,
                      per_example=True, **MULTICLASS) == 1.0
    with pytest.raises(CheckFailed, match=r"returns shape \(\) \(one number"):
        check_loss(cce_keras_ops_scalar, reference, per_example=True, **MULTICLASS)
    with pytest.raises(CheckFailed, match=r"shape \(3,\) \(it reduces over the batch axis"):
        check_loss(lambda: lambda t, p: -tf.reduce_sum(t * tf.math.log(tf.clip_by_value(p, 1e-7, 1.0)), axis=0),
                   reference, per_example=True, **MULTICLASS)
    assert check_loss(cce_keras_ops_scalar, reference, **MULTICLASS) == 1.0  # without per_example


def test_edge_values_compare_the_clipped_value_not_only_finiteness():
    reference = keras.losses.CategoricalCrossentropy()
    assert check_loss(cce_large_epsilon, reference, **MULTICLASS) == 1.0
    with pytest.raises(CheckFailed, match="keras.config.epsilon"):
        check_loss(cce_large_epsilon, reference, edge_values=True, **MULTICLASS)
    assert check_loss(cce_clipped, reference, edge_values=True, **MULTICLASS) == 1.0


def test_a_loss_that_raises_names_the_shapes_it_was_given():
    with pytest.raises(CheckFailed, match=r"y_true of shape \(32, 3\) and y_pred of shape \(32, 3\)"):
        check_loss(keras.losses.sparse_categorical_crossentropy, "categorical_crossentropy", **MULTICLASS)
