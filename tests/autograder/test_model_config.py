"""Model configurations: Lambda and foreign code refused by name, the rest rebuilt exactly and safely."""

import json

import numpy as np
import pytest

from autograder.checks import CheckFailed
from autograder.checks.model_config import (RefusedConfig, exported_architecture, predict, rebuild_model,
                                            refuse_unsafe_objects, safe_mode)
from autograder.quiet import quiet

with quiet():
    import keras
    import tensorflow as tf
    from keras import layers as L


def config_of(*layers, inputs=(3,)):
    with quiet():
        return json.loads(keras.Sequential([L.Input(inputs), *layers]).to_json())


def my_activation(x):
    return x


@pytest.mark.parametrize("layer, message", [
    (lambda: L.Lambda(lambda x: x * 2, name="double"),
     r"^layer 'double' \(Lambda\) is a Lambda layer, which runs arbitrary Python code .* not accepted\. "
     r"Write the computation with built-in Keras layers .* instead of a Lambda\.$"),
    (lambda: L.Dense(2, activation=lambda x: x, name="hidden"),
     r"^the activation of layer 'hidden' \(Dense\) is a Python lambda, which runs arbitrary Python code"),
    (lambda: L.Dense(2, activation=my_activation, name="hidden"),
     r"^the activation of layer 'hidden' \(Dense\) uses the custom object 'my_activation' .* the course does "
     r"not provide\. Build the model from built-in Keras layers .*activation=\"relu\""),
], ids=["lambda-layer", "lambda-activation", "python-function"])
def test_code_in_the_configuration_is_refused_with_the_layer_and_what_to_use(layer, message):
    with pytest.raises(RefusedConfig, match=message):
        refuse_unsafe_objects(config_of(layer()))


def test_a_student_defined_layer_is_refused_even_when_it_claims_a_keras_module():
    @keras.saving.register_keras_serializable(package="student")
    class Sneaky(L.Layer):
        def call(self, x):
            return x

    with pytest.raises(RefusedConfig, match=r"layer 'sneaky' \(Sneaky\) uses the custom object 'Sneaky' "
                                            r"\(module '.*test_model_config'\)"):
        refuse_unsafe_objects(config_of(Sneaky(name="sneaky")))
    Sneaky.__module__ = "keras.layers"  # its registered name still says whose it is
    with pytest.raises(RefusedConfig, match="custom object 'Sneaky' \\(module 'keras.layers'\\)"):
        refuse_unsafe_objects(config_of(Sneaky(name="sneaky")))


def test_a_subclassed_model_is_refused():
    class Mine(keras.Model):
        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            self.dense = L.Dense(1)

        def call(self, x):
            return self.dense(x)

    model = Mine(name="mine")
    model(np.zeros((1, 3), "float32"))
    with pytest.raises(RefusedConfig, match=r"^the model 'mine' \(Mine\) uses the custom object 'Mine'"):
        refuse_unsafe_objects(json.loads(model.to_json()))


def test_built_in_layers_functions_and_course_objects_pass():
    inputs = keras.Input((3,))
    model = keras.Model(inputs, L.Dense(1)(L.Dense(4, activation=keras.activations.relu)(inputs)))
    model.compile(optimizer="adam", loss=keras.losses.mean_squared_error, metrics=["mae"])
    refuse_unsafe_objects(json.loads(model.to_json()))  # functional tensors, builtin functions: no error
    course_layer = {"module": "course.layers", "class_name": "Scale", "config": {}, "registered_name": "course>Scale"}
    refuse_unsafe_objects({"class_name": "Sequential", "module": "keras", "config": {"layers": [course_layer]}})
    with pytest.raises(RefusedConfig, match="custom object 'Scale'"):
        refuse_unsafe_objects(course_layer, allowed_modules=())


@pytest.mark.parametrize("entry", [
    {"module": "keras.layers", "class_name": "TFSMLayer", "config": {"filepath": "/tmp/model"}},
    {"module": "keras.layers", "class_name": "TFOpLambda", "config": {}},
    {"module": "keras.layers", "class_name": "Dense", "config": {}, "registered_name": "student>Dense"},
    {"class_name": "__typespec__", "config": {}},
    {"module": "builtins", "class_name": "function", "config": "__class__", "registered_name": "function"},
], ids=["tfsm", "tfoplambda", "foreign-registered-name", "typespec", "dunder-function"])
def test_objects_that_load_outside_code_are_refused(entry):
    with pytest.raises(RefusedConfig):
        refuse_unsafe_objects({"module": "keras", "class_name": "Sequential", "config": {"layers": [entry]}})


def test_a_configuration_nested_without_end_is_refused():
    deep: dict = {"class_name": "Dense", "module": "keras.layers", "config": {}}
    for _ in range(5000):
        deep = {"x": deep}
    with pytest.raises(RefusedConfig, match="nested too deeply"):
        refuse_unsafe_objects(deep)


def churn_like_model():
    """Adapted Normalization and StringLookup: state the rebuild must carry over exactly."""
    rng = np.random.default_rng(3)
    numbers = rng.normal(5.0, 2.0, size=(40, 1)).astype("float32")
    words = np.array(["north", "south", "east"])[rng.integers(0, 3, size=40)]
    normalize, lookup = L.Normalization(), L.StringLookup(output_mode="one_hot")
    normalize.adapt(numbers)
    lookup.adapt(words)
    number_in = keras.Input((1,), name="number")
    word_in = keras.Input((1,), name="word", dtype="string")
    hidden = L.Dense(4, activation="relu")(L.Concatenate()([normalize(number_in), lookup(word_in)]))
    model = keras.Model({"number": number_in, "word": word_in}, L.Dense(1, activation="sigmoid")(hidden))
    inputs = {"number": tf.constant(numbers), "word": tf.constant(words[:, None])}
    return model, inputs


def test_a_rebuilt_model_predicts_exactly_what_the_original_did():
    model, inputs = churn_like_model()
    expected = np.asarray(model(inputs, training=False))
    rebuilt = rebuild_model(exported_architecture(model), model.get_weights())
    assert rebuilt is not model
    np.testing.assert_array_equal(predict(rebuilt, inputs, batch_size=16), expected)


def test_an_exported_architecture_has_no_compile_settings_and_is_plain_json():
    model, _ = churn_like_model()
    model.compile(optimizer="adam", loss="binary_crossentropy")
    config = exported_architecture(model)
    assert "compile_config" not in config
    assert json.loads(json.dumps(config)) == config


def test_weights_that_do_not_fit_are_a_malformed_export():
    model, _ = churn_like_model()
    config, weights = exported_architecture(model), model.get_weights()
    with pytest.raises(CheckFailed, match=r"^malformed export: \d+ weight arrays for a model that has \d+"):
        rebuild_model(config, weights[:-1])
    kernel = next(index for index, w in enumerate(weights) if w.shape == (5, 4))  # 1 number + 4 words in
    transposed = [w.T if index == kernel else w for index, w in enumerate(weights)]
    with pytest.raises(CheckFailed, match=r"^malformed export: the weight dense(_\d+)?/kernel should be a number "
                                          r"array of shape \(5, 4\), found float32 \(4, 5\)$"):
        rebuild_model(config, transposed)
    with pytest.raises(CheckFailed, match="malformed export: the weight .* found <U"):
        rebuild_model(config, [np.full(w.shape, "x") for w in weights])


def test_what_is_not_a_model_is_a_malformed_export():
    with pytest.raises(CheckFailed, match="malformed export: the architecture builds a Dense"):
        rebuild_model(json.loads(json.dumps(keras.saving.serialize_keras_object(L.Dense(2)))), [])
    with pytest.raises(CheckFailed, match="malformed export: the model could not be rebuilt safely"):
        rebuild_model({"module": "keras.layers", "class_name": "NoSuchLayer", "config": {}}, [])


def test_safe_mode_holds_when_the_process_turned_it_off(monkeypatch):
    import autograder.checks.model_config as model_config
    from keras.src.backend.common import global_state

    config = config_of(L.Lambda(lambda x: x * 2))
    monkeypatch.setattr(model_config, "refuse_unsafe_objects", lambda *args, **kwargs: None)  # Keras alone
    keras.config.enable_unsafe_deserialization()  # what a student's notebook may have done
    try:
        with pytest.raises(CheckFailed, match="could not be rebuilt safely.*Lambda"):
            rebuild_model(config, [])
        with safe_mode():
            assert global_state.get_global_attribute("safe_mode_saving") is True
        assert global_state.get_global_attribute("safe_mode_saving") is False  # restored after the scope
    finally:
        global_state.set_global_attribute("safe_mode_saving", None)


def test_predict_takes_one_output_however_it_is_wrapped_and_refuses_several():
    inputs = keras.Input((3,))
    hidden = L.Dense(2)(inputs)
    data = tf.constant(np.arange(12, dtype="float32").reshape(4, 3))
    wrapped = keras.Model(inputs, {"only": hidden})
    np.testing.assert_array_equal(predict(wrapped, data, batch_size=3), np.asarray(wrapped(data)["only"]))
    with pytest.raises(CheckFailed, match="the rebuilt model has 2 outputs; a single output is graded"):
        predict(keras.Model(inputs, [hidden, L.Dense(1)(hidden)]), data)



@pytest.mark.parametrize("activation", [tf.nn.softmax, tf.nn.log_softmax, tf.nn.swish, tf.math.sigmoid,
                                        keras.activations.softmax, "softmax"],
                         ids=["tf.nn.softmax", "tf.nn.log_softmax", "tf.nn.swish", "tf.math.sigmoid",
                              "keras.activations.softmax", "string"])
def test_keras_activations_in_tensorflow_spelling_pass_and_rebuild_the_same_function(activation):
    inputs = keras.Input((3,))
    model = keras.Model(inputs, L.Dense(4, activation=activation)(inputs))
    config = exported_architecture(model)
    refuse_unsafe_objects(config)
    data = tf.constant(np.arange(12, dtype="float32").reshape(4, 3) / 10)
    rebuilt = rebuild_model(config, model.get_weights())
    np.testing.assert_allclose(predict(rebuilt, data), np.asarray(model(data)), rtol=1e-6, atol=1e-7)


@pytest.mark.parametrize("name", ["exp", "bias_add", "crelu_v2", "softmax_v3"])
def test_tensorflow_functions_that_are_no_keras_activation_stay_refused(name):
    entry = {"module": "builtins", "class_name": "function", "config": name, "registered_name": "function"}
    with pytest.raises(RefusedConfig, match=f"custom object '{name}'"):
        refuse_unsafe_objects({"module": "keras.layers", "class_name": "Dense", "config": {"activation": entry}})
