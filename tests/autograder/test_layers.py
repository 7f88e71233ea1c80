"""Tests for autograder.checks.layers.check_layer: the layer contract, correct, alternative and wrong layers."""

import numpy as np
import pytest

from autograder.checks import CheckFailed, check_layer, rejudge
from autograder.checks.layers import assignments, judge_layer
from autograder.checks.observation import EXPORT_ENV
from autograder.quiet import quiet

with quiet():
    import keras
    import tensorflow as tf
    from keras import ops

PACKAGE = "test_layers"


def register(cls):
    return keras.saving.register_keras_serializable(package=PACKAGE)(cls)


@register
class Linear(keras.layers.Layer):
    def __init__(self, units=32, **kwargs):
        super().__init__(**kwargs)
        self.units = units

    def build(self, input_shape):
        self.kernel = self.add_weight(shape=(input_shape[-1], self.units))
        self.bias = self.add_weight(shape=(self.units,), initializer="zeros")

    def call(self, inputs):
        return ops.matmul(inputs, self.kernel) + self.bias

    def get_config(self):
        return {**super().get_config(), "units": self.units}


@register
class LinearBiasFirst(Linear):
    """Another weight order and tf operations: the same layer."""

    def build(self, input_shape):
        self.bias = self.add_weight(shape=(self.units,), initializer="zeros")
        self.kernel = self.add_weight(shape=(input_shape[-1], self.units))

    def call(self, inputs, training=None):
        return tf.tensordot(inputs, self.kernel, axes=1) + self.bias


@register
class LinearInInit(Linear):
    def __init__(self, units=32, **kwargs):
        super().__init__(units, **kwargs)
        self.kernel = self.add_weight(shape=(3, units))
        self.bias = self.add_weight(shape=(units,), initializer="zeros")

    def build(self, input_shape):
        pass


@register
class LinearRelu(Linear):
    def call(self, inputs):
        return ops.relu(super().call(inputs))


@register
class LinearNoUnitsInConfig(Linear):
    def get_config(self):
        return super(Linear, self).get_config()


class LinearUnregistered(Linear):
    pass


@register
class LinearNumpy(Linear):
    def call(self, inputs):
        return np.asarray(inputs) @ self.kernel.numpy() + self.bias.numpy()


@register
class Center(keras.layers.Layer):
    def __init__(self, momentum=0.9, **kwargs):
        super().__init__(**kwargs)
        self.momentum = momentum

    def build(self, input_shape):
        self.moving_mean = self.add_weight(shape=(input_shape[-1],), initializer="zeros", trainable=False)

    def call(self, inputs, training=None):
        if training:
            mean = ops.mean(inputs, axis=tuple(range(len(inputs.shape) - 1)))
            self.moving_mean.assign(self.momentum * self.moving_mean + (1 - self.momentum) * mean)
            return inputs - mean
        return inputs - self.moving_mean

    def get_config(self):
        return {**super().get_config(), "momentum": self.momentum}


@register
class CenterIgnoresTraining(Center):
    def call(self, inputs):
        return inputs - self.moving_mean


@register
class CenterPythonCounter(Center):
    """Inside tf.function the Python counter is read once, while tracing: other outputs than eagerly."""

    calls = 0

    def call(self, inputs, training=None):
        type(self).calls += 1
        return inputs - self.moving_mean + float(type(self).calls)


@register
class CenterTrainableMean(Center):
    def build(self, input_shape):
        self.moving_mean = self.add_weight(shape=(input_shape[-1],), initializer="zeros")


@register
class Penalty(keras.layers.Layer):
    def __init__(self, rate=0.01, **kwargs):
        super().__init__(**kwargs)
        self.rate = rate

    def call(self, inputs):
        self.add_loss(self.rate * ops.mean(ops.square(inputs)))
        return inputs

    def get_config(self):
        return {**super().get_config(), "rate": self.rate}


@register
class PenaltySum(Penalty):
    def call(self, inputs):
        self.add_loss(self.rate * ops.sum(ops.square(inputs)))
        return inputs


LINEAR = {"init_kwargs": {"units": 4}, "input_shapes": [(8, 3), (2, 5, 3)], "output_shapes": [(8, 4), (2, 5, 4)],
          "trainable_weights": 2, "non_trainable_weights": 0, "losses": 0, "training_changes_output": False,
          "reference": lambda: keras.layers.Dense(4)}
CENTER = {"init_kwargs": {"momentum": 0.75}, "input_shapes": [(6, 2, 5), (8, 5)], "output_shapes": [(6, 2, 5), (8, 5)],
          "trainable_weights": 0, "non_trainable_weights": 1, "training_changes_output": True, "reference": Center}
PENALTY = {"init_kwargs": {"rate": 0.3}, "input_shapes": [(7, 3)], "output_shapes": [(7, 3)], "losses": 1,
           "trainable_weights": 0, "non_trainable_weights": 0, "training_changes_output": False, "reference": Penalty}


@pytest.mark.parametrize("layer_class", [Linear, LinearBiasFirst], ids=["linear", "bias-first-tensordot"])
def test_correct_linear_layers_score_full_points_against_dense(layer_class):
    assert check_layer(layer_class, points=5, **LINEAR) == 5.0


def test_correct_centering_and_penalty_layers_score_full_points():
    assert check_layer(Center, **CENTER) == 1.0
    assert check_layer(Penalty, **PENALTY) == 1.0


@pytest.mark.parametrize("layer_class, settings, words", [
    (LinearInInit, LINEAR, "exist right after"),
    (LinearRelu, LINEAR, "call(x, training=False) gives"),
    (LinearNoUnitsInConfig, LINEAR, "get_config() has no 'units'"),
    (LinearUnregistered, LINEAR, "not registered"),
    (LinearNumpy, LINEAR, "symbolic keras.Input"),
    (CenterIgnoresTraining, CENTER, "give the same output"),
    (CenterTrainableMean, CENTER, "1 trainable weight(s), expected 0"),
    (CenterTrainableMean, dict(CENTER, trainable_weights=None), "0 non-trainable weight(s), expected 1"),
    (CenterPythonCounter, dict(CENTER, training_changes_output=None, reference=None), "inside tf.function"),
    (PenaltySum, PENALTY, "layer.losses after a call holds"),
], ids=["weights-in-init", "relu", "config-without-units", "unregistered", "numpy-in-call",
        "ignores-training", "trainable-state", "state-not-non-trainable", "python-state",
        "sum-penalty"])
def test_wrong_layers_fail_with_a_message_naming_the_contract_part(layer_class, settings, words):
    with pytest.raises(CheckFailed) as failure:
        check_layer(layer_class, **settings)
    assert words in failure.value.message
    assert "Traceback" not in failure.value.message


def test_an_instance_instead_of_the_class_is_refused_with_a_message():
    with pytest.raises(CheckFailed, match="pass the class itself"):
        check_layer(Linear(4), **LINEAR)


def test_wrong_output_shape_and_missing_loss_are_named():
    with pytest.raises(CheckFailed, match=r"output has shape \(8, 4\), expected \(8, 5\)"):
        check_layer(Linear, **dict(LINEAR, output_shapes=[(8, 5), (2, 5, 5)], reference=None))
    with pytest.raises(CheckFailed, match="holds 0 loss"):
        check_layer(Linear, **dict(LINEAR, losses=1, reference=None))


def test_re_registering_a_class_under_the_same_name_keeps_grading_the_newest():
    """A student re-running the cell registers a new class object under the same name."""
    for _ in range(2):
        @keras.saving.register_keras_serializable(package=PACKAGE, name="Rerun")
        class Rerun(Linear):
            pass
        assert check_layer(Rerun, **LINEAR) == 1.0


def test_weight_orders_are_tried_for_weights_of_one_shape():
    groups = {"trainable|(3, 5)": [0, 4], "trainable|(5,)": [1, 3, 5], "trainable|(5, 5)": [2]}
    orders = assignments(groups)
    assert len(orders) == 12 and orders[0] == {key: tuple(range(len(v))) for key, v in groups.items()}
    assert len(assignments({"trainable|(2,)": list(range(6))})) == 24  # capped


def test_export_is_rejudged_to_the_same_verdicts(tmp_path, monkeypatch):
    monkeypatch.setenv(EXPORT_ENV, str(tmp_path))
    check_layer(Center, points=5, **CENTER)
    with pytest.raises(CheckFailed):
        check_layer(CenterIgnoresTraining, points=5, **CENTER)
    verdicts = rejudge(tmp_path)
    assert [v.points for v in verdicts] == [5.0, 0.0]
    assert "give the same output" in verdicts[1].message


def test_judge_refuses_outputs_that_differ_from_the_reference():
    observation = {"class": "Fake", "weights_before_build": 0, "call_error": "", "built": True, "trainable": 0, "non_trainable": 0,
                   "weights": [], "shapes": [{"eager": [2, 3], "eager_error": "", "symbolic": [2, 3],
                                              "symbolic_error": ""}],
                   "outputs": np.zeros((1, 3, 2, 3)), "losses": [[]], "initial_state": np.zeros(0),
                   "graph": {"difference": 0.0, "error": ""},
                   "config": {"error": "", "keys": ["name"], "same_config": True, "difference": 0.0},
                   "saved": {"registered": True, "registered_name": "p>Fake", "error": "", "difference": 0.0,
                             "same_class": True}}
    expectation = {"init_kwargs": [], "input_shapes": [[2, 3]], "output_shapes": [[2, 3]], "trainable": 0,
                   "non_trainable": 0, "losses": 0, "training_changes_output": False, "rtol": 1e-4, "atol": 1e-5,
                   "reference": {"groups": [], "outputs": np.zeros((3, 2, 3)), "losses": [],
                                 "initial_state": np.zeros(0)}}
    assert judge_layer(observation, expectation, 2.0) == 2.0
    expectation["reference"]["outputs"] = np.ones((3, 2, 3))
    with pytest.raises(CheckFailed, match="expected"):
        judge_layer(observation, expectation, 2.0)


def test_correct_layer_writes_nothing_to_stderr(capfd):
    capfd.readouterr()
    assert check_layer(Linear, **LINEAR) == 1.0
    assert capfd.readouterr().err == ""


@register
class CenterStartsAtOnes(Center):
    def build(self, input_shape):
        self.moving_mean = self.add_weight(shape=(input_shape[-1],), initializer="ones", trainable=False)


def test_non_trainable_state_must_start_as_the_reference_s():
    with pytest.raises(CheckFailed, match="initializer"):
        check_layer(CenterStartsAtOnes, **CENTER)
