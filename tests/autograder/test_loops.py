"""Tests for autograder.checks.loops: GradientTape steps, train_step overrides, whole loops."""

import numpy as np
import pytest

from autograder.checks import CheckFailed
from autograder.checks.loops import (
    check_fit_loop,
    check_loss_decreases,
    check_train_step,
    check_train_step_override,
    loop_arguments,
)
from autograder.checks.observation import EXPORT_ENV, rejudge
from autograder.quiet import quiet

with quiet():
    import keras
    import tensorflow as tf


def build_model():
    return keras.Sequential([keras.Input((5,)), keras.layers.Dense(8, activation="relu"),
                             keras.layers.Dense(3, activation="softmax")])


# ----------------------------------------------------------------------------- step submissions
def step_correct(model, optimizer, loss_fn, x, y):
    with tf.GradientTape() as tape:
        loss = loss_fn(y, model(x, training=True))
    grads = tape.gradient(loss, model.trainable_weights)
    optimizer.apply_gradients(zip(grads, model.trainable_weights))
    return loss


@tf.function
def step_decorated(model, optimizer, loss_fn, x, y):
    with tf.GradientTape() as tape:
        predictions = model(x, training=True)
        loss = loss_fn(y, predictions)
    optimizer.apply(tape.gradient(loss, model.trainable_variables), model.trainable_variables)
    return loss


def step_no_apply(model, optimizer, loss_fn, x, y):
    with tf.GradientTape() as tape:
        loss = loss_fn(y, model(x, training=True))
    tape.gradient(loss, model.trainable_weights)
    return loss


def step_applies_twice(model, optimizer, loss_fn, x, y):
    with tf.GradientTape() as tape:
        loss = loss_fn(y, model(x, training=True))
    grads = tape.gradient(loss, model.trainable_weights)
    optimizer.apply_gradients(zip(grads, model.trainable_weights))
    optimizer.apply_gradients(zip(grads, model.trainable_weights))
    return loss


def step_outside_tape(model, optimizer, loss_fn, x, y):
    loss = loss_fn(y, model(x, training=True))
    with tf.GradientTape() as tape:
        pass
    grads = tape.gradient(loss, model.trainable_weights)
    optimizer.apply_gradients(zip(grads, model.trainable_weights))
    return loss


def step_wrong_sign(model, optimizer, loss_fn, x, y):
    with tf.GradientTape() as tape:
        loss = -loss_fn(y, model(x, training=True))
    grads = tape.gradient(loss, model.trainable_weights)
    optimizer.apply_gradients(zip(grads, model.trainable_weights))
    return -loss


def step_numpy_loss(model, optimizer, loss_fn, x, y):
    with tf.GradientTape() as tape:
        loss = loss_fn(y, model(x, training=True))
    grads = tape.gradient(loss, model.trainable_weights)
    optimizer.apply_gradients(zip(grads, model.trainable_weights))
    return float(loss.numpy())


STEP = dict(model=build_model, loss="sparse_categorical_crossentropy",
            optimizer=lambda: keras.optimizers.SGD(0.1), seed=4)


@pytest.mark.parametrize("step", [step_correct, step_decorated], ids=["eager", "tf.function"])
def test_correct_steps_score_full_points(step):
    assert check_train_step(step, points=2.0, **STEP) == 2.0


def test_correct_step_with_adam_object_and_a_built_model():
    assert check_train_step(step_correct, model=build_model(),
                            loss=keras.losses.SparseCategoricalCrossentropy(),
                            optimizer=keras.optimizers.Adam(0.01), seed=9) == 1.0


@pytest.mark.parametrize("step, words", [
    (step_no_apply, "weights did not change"),
    (step_applies_twice, "applied 2 times"),
    (step_outside_tape, "gradients are None"),
    (step_wrong_sign, "differs from the reference update"),
    (step_numpy_loss, "inside tf.function"),
], ids=["not-applied", "applied-twice", "outside-tape", "wrong-sign", "numpy-in-graph"])
def test_wrong_steps_fail_with_the_cause(step, words):
    with pytest.raises(CheckFailed, match=words):
        check_train_step(step, **STEP)


# ------------------------------------------------------------------------- override submissions
class GoodModel(keras.Model):
    def train_step(self, data):
        x, y, sample_weight = keras.utils.unpack_x_y_sample_weight(data)
        with tf.GradientTape() as tape:
            y_pred = self(x, training=True)
            loss = self.compute_loss(x=x, y=y, y_pred=y_pred, sample_weight=sample_weight)
        grads = tape.gradient(loss, self.trainable_variables)
        self.optimizer.apply(grads, self.trainable_variables)
        for metric in self.metrics:
            if metric.name == "loss":
                metric.update_state(loss)
            else:
                metric.update_state(y, y_pred, sample_weight)
        return {m.name: m.result() for m in self.metrics}


class NoMetricsModel(GoodModel):
    def train_step(self, data):
        x, y = data
        with tf.GradientTape() as tape:
            loss = self.compute_loss(x=x, y=y, y_pred=self(x, training=True))
        self.optimizer.apply(tape.gradient(loss, self.trainable_variables), self.trainable_variables)
        return {"loss": loss}


class NoUpdateModel(GoodModel):
    def train_step(self, data):
        x, y = data
        y_pred = self(x, training=True)
        loss = self.compute_loss(x=x, y=y, y_pred=y_pred)
        for metric in self.metrics:
            metric.update_state(loss) if metric.name == "loss" else metric.update_state(y, y_pred)
        return {m.name: m.result() for m in self.metrics}


def regression_data():
    rng = np.random.default_rng(0)
    x = rng.normal(size=(256, 4)).astype("float32")
    return x, (x @ np.array([1.0, -2.0, 0.5, 3.0], "float32"))[:, None]


class ClippingModel(GoodModel):
    """Section 6's step with clipping; the compiled metrics updated by compute_metrics."""

    def train_step(self, data):
        x, y, sample_weight = keras.utils.unpack_x_y_sample_weight(data)
        with tf.GradientTape() as tape:
            y_pred = self(x, training=True)
            loss = self.compute_loss(x=x, y=y, y_pred=y_pred, sample_weight=sample_weight)
        grads, _ = tf.clip_by_global_norm(tape.gradient(loss, self.trainable_variables), 1.0)
        self.optimizer.apply(grads, self.trainable_variables)
        for metric in self.metrics:
            if metric.name == "loss":
                metric.update_state(loss, sample_weight=tf.shape(x)[0])
        return self.compute_metrics(x, y, y_pred, sample_weight=sample_weight)


class TwoValueUnpackModel(GoodModel):
    """``x, y = data``: right until fit gets sample weights."""

    def train_step(self, data):
        x, y = data
        return super().train_step((x, y))


class IgnoresSampleWeightModel(GoodModel):
    def train_step(self, data):
        x, y, _ = keras.utils.unpack_x_y_sample_weight(data)
        return super().train_step((x, y))


class NoPenaltiesModel(GoodModel):
    """A hand-made loss: the compiled loss alone, without model.losses."""

    def train_step(self, data):
        x, y, sample_weight = keras.utils.unpack_x_y_sample_weight(data)
        with tf.GradientTape() as tape:
            y_pred = self(x, training=True)
            loss = keras.losses.MeanSquaredError()(y, y_pred, sample_weight=sample_weight)
        self.optimizer.apply(tape.gradient(loss, self.trainable_variables), self.trainable_variables)
        for metric in self.metrics:
            metric.update_state(loss) if metric.name == "loss" else metric.update_state(y, y_pred)
        return {m.name: m.result() for m in self.metrics}


def test_correct_override_passes():
    assert check_train_step_override(GoodModel, dataset=regression_data(), seed=1) == 1.0


def test_clipping_override_passes_and_an_unclipped_one_fails():
    assert check_train_step_override(ClippingModel, dataset="regression", seed=2, clip_norm=1.0) == 1.0
    with pytest.raises(CheckFailed, match="unclipped gradients"):
        check_train_step_override(GoodModel, dataset="regression", seed=2, clip_norm=1.0)


@pytest.mark.parametrize("given, words", [
    (NoMetricsModel, "not yet been built|did not report the metric"),
    (NoUpdateModel, "did not change the trainable weights"),
    (keras.Model, "does not override train_step"),
    (TwoValueUnpackModel, r"sample_weight=\.\.\.\) failed: .*unpack_x_y_sample_weight"),
    (IgnoresSampleWeightModel, "as if every sample weight were 1"),
    (NoPenaltiesModel, r"without the model's regularisation penalties \(model.losses\)"),
], ids=["no-metrics", "no-update", "no-override", "two-value-unpack", "ignores-sample-weight",
        "no-penalties"])
def test_wrong_override_fails(given, words):
    with pytest.raises(CheckFailed, match=words):
        check_train_step_override(given, dataset=regression_data(), seed=1)


# ----------------------------------------------------------------------------- loop submissions
def loop_correct(model, optimizer, loss_fn, dataset, epochs=1):
    losses = []
    for _ in range(epochs):
        for x, y in dataset:
            losses.append(step_correct(model, optimizer, loss_fn, x, y))
    return losses


def fit_loop(ds, model, opt, loss):
    """Alternative: other parameter names and order, tf.function step."""
    step = tf.function(step_correct)
    for x, y in ds:
        step(model, opt, loss, x, y)


def loop_first_batch_only(model, optimizer, loss_fn, dataset):
    for x, y in dataset.take(1):
        step_correct(model, optimizer, loss_fn, x, y)


def loop_without_apply(model, optimizer, loss_fn, dataset):
    for x, y in dataset:
        step_no_apply(model, optimizer, loss_fn, x, y)


@pytest.mark.parametrize("loop", [loop_correct, fit_loop], ids=["named", "renamed-tf.function"])
def test_correct_loops_make_the_loss_fall(loop):
    assert check_loss_decreases(loop, dataset="fizzbuzz", seed=3) == 1.0


@pytest.mark.parametrize("loop, words", [
    (loop_first_batch_only, "did not fall enough"),
    (loop_without_apply, "did not change the model's trainable weights"),
], ids=["one-batch", "no-apply"])
def test_wrong_loops_fail(loop, words):
    with pytest.raises(CheckFailed, match=words):
        check_loss_decreases(loop, dataset="fizzbuzz", seed=3)


def loop_with_means(model, optimizer, loss_fn, dataset, epochs):
    mean, means = keras.metrics.Mean(), []
    for _ in range(epochs):
        mean.reset_state()
        for x, y in dataset:
            mean.update_state(step_correct(model, optimizer, loss_fn, x, y))
        means.append(float(mean.result()))
    return means


def loop_never_reset(model, optimizer, loss_fn, dataset, epochs):
    mean, means = keras.metrics.Mean(), []
    for _ in range(epochs):
        for x, y in dataset:
            mean.update_state(step_correct(model, optimizer, loss_fn, x, y))
        means.append(float(mean.result()))
    return means


def loop_one_epoch(model, optimizer, loss_fn, dataset, epochs):
    return loop_with_means(model, optimizer, loss_fn, dataset, 1) * epochs


def test_fit_loop_matches_the_reference_loop():
    assert check_fit_loop(loop_with_means, dataset="fizzbuzz", seed=3, epochs=2) == 1.0


@pytest.mark.parametrize("loop, words", [
    (loop_never_reset, "never reset"),
    (loop_one_epoch, "one epoch"),
    (loop_correct, "returned 12 value"),
], ids=["never-reset", "one-epoch", "per-batch-list"])
def test_wrong_fit_loops_fail_with_the_cause(loop, words):
    with pytest.raises(CheckFailed, match=words):
        check_fit_loop(loop, dataset="fizzbuzz", seed=3, epochs=2)


def test_loop_arguments_by_name_and_by_position():
    values = {"model": "M", "optimizer": "O", "loss_fn": "L", "dataset": "D", "epochs": 2}
    assert loop_arguments(fit_loop, values) == ([], {"ds": "D", "model": "M", "opt": "O", "loss": "L"})
    assert loop_arguments(lambda a, b, c, d: None, values) == (["M", "O", "L", "D"], {})


def test_loop_checks_export_observations_that_rejudge_alike(tmp_path, monkeypatch):
    monkeypatch.setenv(EXPORT_ENV, str(tmp_path))
    check_train_step(step_correct, **STEP)
    with pytest.raises(CheckFailed):
        check_train_step(step_applies_twice, **STEP)
    check_loss_decreases(loop_correct, dataset="fizzbuzz", seed=3)
    verdicts = rejudge(tmp_path)
    assert [(v.check, v.points) for v in verdicts] == [
        ("check_train_step", 1.0), ("check_train_step", 0.0), ("check_loss_decreases", 1.0)]
    assert "applied 2 times" in verdicts[1].message


def test_a_reference_with_named_inputs_is_fitted_once_per_kernel(monkeypatch):
    """Re-running a test cell (or the corpus grading many answers in one kernel) reuses the reference
    fits of the same named inputs; a wrong answer after a right one is still caught."""
    import autograder.checks.loops as loops
    from autograder.checks.remembered import forget_all

    fitted = []
    real = loops.expect_override
    monkeypatch.setattr(loops, "expect_override", lambda *args: fitted.append(1) or real(*args))
    forget_all()
    assert check_train_step_override(ClippingModel, dataset="regression", seed=4, clip_norm=1.0) == 1.0
    with pytest.raises(CheckFailed, match="unclipped gradients"):
        check_train_step_override(GoodModel, dataset="regression", seed=4, clip_norm=1.0)
    assert len(fitted) == 1
    check_train_step_override(GoodModel, dataset=regression_data(), seed=4)  # arrays: no name, no memo
    check_train_step_override(GoodModel, dataset=regression_data(), seed=4)
    assert len(fitted) == 3
