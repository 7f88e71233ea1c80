"""check_compile: losses as string/function/object, from_logits consistency, optimizer, rate, metrics."""

import re

import keras
import pytest
from keras import layers as L

from autograder.checks import CheckFailed, check_compile


def _model(activation="softmax"):
    return keras.Sequential([L.Input((10,)), L.Dense(8, activation="relu"), L.Dense(4, activation=activation)])


def _compiled(loss="categorical_crossentropy", optimizer=None, metrics=("acc",), activation="softmax"):
    model = _model(activation)
    model.compile(loss=loss, optimizer=optimizer or keras.optimizers.Adam(learning_rate=1e-3), metrics=list(metrics))
    return model


@pytest.mark.parametrize(
    "loss",
    ["categorical_crossentropy", keras.losses.categorical_crossentropy, keras.losses.CategoricalCrossentropy()],
    ids=["string", "function", "object"],
)
@pytest.mark.parametrize(
    "expected",
    ["categorical_crossentropy", keras.losses.CategoricalCrossentropy, keras.losses.CategoricalCrossentropy()],
    ids=["string", "class", "object"],
)
def test_loss_forms_are_equal(loss, expected):
    model = _compiled(loss=loss)
    assert check_compile(model, loss=expected, optimizer="adam", learning_rate=0.001,
                         metrics=["accuracy"], points=3) == 3.0


@pytest.mark.parametrize(
    "model, kwargs, message",
    [
        (lambda: _compiled(loss="mse"), {"loss": "categorical_crossentropy"},
         "loss: expected categorical_crossentropy, found mean_squared_error"),
        (lambda: _compiled(optimizer="sgd"), {"optimizer": keras.optimizers.Adam},
         "optimizer: expected adam, found sgd"),
        (lambda: _compiled(optimizer=keras.optimizers.Adam(learning_rate=0.01)), {"learning_rate": 0.001},
         "learning rate: expected 0.001, found 0.01 (Keras 3 takes learning_rate=..., there is no lr=)"),
        (lambda: _compiled(metrics=()), {"metrics": ["acc"]}, "metrics: expected 'accuracy' among the compiled metrics"),
        (lambda: _compiled(loss=keras.losses.CategoricalCrossentropy(from_logits=True)), {},
         "the output layer applies softmax, but the loss categorical_crossentropy has from_logits=True"),
        (lambda: _compiled(activation=None), {},
         "the output layer is linear (it gives logits), but the loss categorical_crossentropy expects probabilities"),
        (_model, {}, "the model is not compiled"),
    ],
    ids=["loss", "optimizer", "learning-rate", "metric", "softmax-with-logits", "linear-without-logits", "uncompiled"],
)
def test_wrong_compile_settings(model, kwargs, message):
    with pytest.raises(CheckFailed, match=re.escape(message)):
        check_compile(model, **kwargs)


def test_logits_with_linear_output_pass():
    model = _compiled(loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True), activation=None)
    assert check_compile(model, loss="sparse_categorical_crossentropy") == 1.0
    with pytest.raises(CheckFailed, match="expected from_logits=False, found from_logits=True"):
        check_compile(model, loss=keras.losses.SparseCategoricalCrossentropy())


def test_metric_objects_and_names():
    model = _compiled(metrics=(keras.metrics.Precision(), "categorical_accuracy"))
    assert check_compile(model, metrics=["precision", keras.metrics.Precision, "accuracy"]) == 1.0
    with pytest.raises(CheckFailed, match="'recall'"):
        check_compile(model, metrics=[keras.metrics.Recall()])


def _two_outputs():
    inputs = keras.Input((6,))
    hidden = L.Dense(8, activation="relu")(inputs)
    model = keras.Model(inputs, {"kind": L.Dense(3, activation="softmax", name="kind")(hidden),
                                 "size": L.Dense(1, name="size")(hidden)})
    return model


def test_multi_output_loss_dict_and_weights():
    model = _two_outputs()
    model.compile(optimizer="adam", loss={"kind": "sparse_categorical_crossentropy", "size": "mse"},
                  loss_weights={"kind": 1.0, "size": 0.5})
    assert check_compile(model, loss={"kind": keras.losses.SparseCategoricalCrossentropy(), "size": "mean_squared_error"},
                         loss_weights={"kind": 1.0, "size": 0.5}) == 1.0
    with pytest.raises(CheckFailed, match="loss weight of output 'size': expected 0.2, found 0.5"):
        check_compile(model, loss_weights={"size": 0.2})
    with pytest.raises(CheckFailed, match="loss for output 'size': expected mean_absolute_error, found mean_squared_error"):
        check_compile(model, loss={"kind": "sparse_categorical_crossentropy", "size": "mae"})


def test_custom_loss_function_with_the_expected_values_passes():
    def bce_from_logits(y_true, y_pred):
        return keras.losses.binary_crossentropy(y_true, y_pred, from_logits=True)

    def bce_on_logits_as_probabilities(y_true, y_pred):
        return keras.losses.binary_crossentropy(y_true, y_pred)

    def build(loss):
        model = keras.Sequential([L.Input((8,)), L.Dense(16, activation="relu"), L.Dense(1)])
        model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01), loss=loss)
        return model

    expected = keras.losses.BinaryCrossentropy(from_logits=True)
    assert check_compile(build(bce_from_logits), loss=expected, learning_rate=0.01) == 1.0
    with pytest.raises(CheckFailed, match="expected binary_crossentropy, found bce_on_logits_as_probabilities"):
        check_compile(build(bce_on_logits_as_probabilities), loss=expected)


def test_exact_accuracy_object_is_not_the_accuracy_string():
    model = _compiled(metrics=[keras.metrics.Accuracy()])
    with pytest.raises(CheckFailed, match="keras.metrics.Accuracy"):
        check_compile(model, metrics=["categorical_accuracy"])
    assert check_compile(_compiled(metrics=["acc"]), metrics=[keras.metrics.CategoricalAccuracy]) == 1.0


@pytest.mark.parametrize("last", [L.Softmax, lambda: L.Activation("softmax"), lambda: L.Activation(keras.activations.softmax)],
                         ids=["Softmax", "Activation-string", "Activation-function"])
def test_softmax_layer_output_is_a_softmax_output(last):
    model = keras.Sequential([L.Input((10,)), L.Dense(8, activation="relu"), L.Dense(4), last()])
    model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
    assert check_compile(model, loss="sparse_categorical_crossentropy") == 1.0
    model.compile(optimizer="adam", loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True))
    with pytest.raises(CheckFailed, match="applies softmax, but the loss"):
        check_compile(model)


def test_accuracy_class_must_be_the_one_accuracy_resolves_to_for_the_loss():
    for metric in ("accuracy", "acc", keras.metrics.SparseCategoricalAccuracy(), "sparse_categorical_accuracy"):
        assert check_compile(_compiled(loss="sparse_categorical_crossentropy", metrics=[metric]),
                             metrics=["accuracy"]) == 1.0
    with pytest.raises(CheckFailed, match='for these labels "accuracy" is sparse_categorical_accuracy'):
        check_compile(_compiled(loss="sparse_categorical_crossentropy", metrics=[keras.metrics.CategoricalAccuracy()]),
                      metrics=["accuracy"])
    with pytest.raises(CheckFailed, match='"accuracy" is categorical_accuracy'):
        check_compile(_compiled(metrics=["sparse_categorical_accuracy"]), metrics=["accuracy"])


def _compile_it(model):
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01), loss="sparse_categorical_crossentropy",
                  metrics=["accuracy"])
    return model


def test_compile_function_must_compile_and_return_the_model_it_is_given():
    assert check_compile(_compile_it, model_to_compile=_model, loss="sparse_categorical_crossentropy",
                         learning_rate=0.01) == 1.0

    def compiles_another(model):
        return _compile_it(_model())

    def returns_none(model):
        _compile_it(model)

    with pytest.raises(CheckFailed, match=re.escape("compiles_another(model) must compile the model it is given")):
        check_compile(compiles_another, model_to_compile=_model)
    with pytest.raises(CheckFailed, match=re.escape("returns_none(model) returned NoneType, not the model")):
        check_compile(returns_none, model_to_compile=_model)


def test_output_activation_asked_judges_the_loss_not_the_students_output_layer():
    linear = _compiled(loss="sparse_categorical_crossentropy", activation=None)
    assert check_compile(linear, loss="sparse_categorical_crossentropy", output_activation="softmax") == 1.0
    logits_loss = _compiled(loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True))
    with pytest.raises(CheckFailed, match="the exercise asks for a softmax output, which gives probabilities"):
        check_compile(logits_loss, output_activation="softmax")


def test_unnamed_outputs_are_read_by_position_with_output_names():
    def two_heads(names, reverse=False):
        inputs = keras.Input((4,))
        trunk = L.Dense(8, activation="relu")(inputs)
        value, positive = L.Dense(1, name=names[0])(trunk), L.Dense(1, activation="sigmoid", name=names[1])(trunk)
        model = keras.Model(inputs, [positive, value] if reverse else [value, positive])
        losses = ["binary_crossentropy", "mse"] if reverse else ["mse", "binary_crossentropy"]
        model.compile(optimizer="adam", loss=losses, loss_weights=[0.2, 1.0] if reverse else [1.0, 0.2])
        return model

    expected = dict(loss={"value": "mse", "positive": "binary_crossentropy"},
                    loss_weights={"value": 1.0, "positive": 0.2}, output_names=["value", "positive"])
    assert check_compile(two_heads(("first", "second")), **expected) == 1.0
    assert check_compile(two_heads(("value", "positive"), reverse=True), **expected) == 1.0  # by name
    with pytest.raises(CheckFailed, match="loss weight of output 'positive': expected 0.2, found 1"):
        check_compile(two_heads(("first", "second")), **dict(expected, output_names=None))
    wrong = two_heads(("first", "second"))
    wrong.compile(optimizer="adam", loss=["mse", "binary_crossentropy"], loss_weights=[0.2, 1.0])
    with pytest.raises(CheckFailed, match="loss weight of output 'value': expected 1, found 0.2"):
        check_compile(wrong, **expected)


def test_metrics_given_third_by_position_are_loss_weights_with_a_message():
    model = _model()
    model.compile("adam", "sparse_categorical_crossentropy", ["accuracy"])
    with pytest.raises(CheckFailed, match=r"loss_weights holds \['accuracy'\], not numbers.*metrics=\[\.\.\.\] by keyword"):
        check_compile(model, loss="sparse_categorical_crossentropy", metrics=["accuracy"])
