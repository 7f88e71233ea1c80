"""Student .keras files: plain models load in safe mode; Lambda, custom objects and h5 are refused.

The walk over the configuration is autograder.checks.model_config's (tested there in depth); these
tests check that a file goes through it, with the file's name in the message.
"""

import pytest

from autograder.quiet import quiet
from autograder.verdict.keras_files import RefusedModel, inspect_keras_file, load_keras_model

with quiet():
    import keras


def small(*layers):
    return keras.Sequential([keras.Input((3,)), keras.layers.Dense(2, activation="relu"), *layers])


def test_a_plain_model_loads(tmp_path):
    model = small()
    model.compile(optimizer=keras.optimizers.Adam(1e-3), loss=keras.losses.MeanSquaredError())
    model.save(tmp_path / "m.keras")
    loaded = load_keras_model(tmp_path / "m.keras")
    assert [layer.__class__.__name__ for layer in loaded.layers] == ["Dense"]


def test_a_functional_model_compiled_with_builtin_functions_loads(tmp_path):
    inputs = keras.Input((3,))
    model = keras.Model(inputs, keras.layers.Dense(1)(keras.layers.Dense(4, activation="relu")(inputs)))
    model.compile(optimizer="adam", loss=keras.losses.mean_squared_error,
                  metrics=[keras.metrics.mean_absolute_error])
    model.save(tmp_path / "functional.keras")
    loaded = load_keras_model(tmp_path / "functional.keras")
    assert [layer.__class__.__name__ for layer in loaded.layers] == ["InputLayer", "Dense", "Dense"]


def test_safe_mode_holds_even_when_the_process_turned_it_off(tmp_path, monkeypatch):
    import autograder.checks.model_config as model_config

    small(keras.layers.Lambda(lambda x: x * 2, name="double")).save(tmp_path / "lambda.keras")
    monkeypatch.setattr(model_config, "refuse_unsafe_objects", lambda *args, **kwargs: None)  # Keras alone
    keras.config.enable_unsafe_deserialization()
    try:
        with pytest.raises(RefusedModel, match="could not be loaded safely.*Lambda"):
            load_keras_model(tmp_path / "lambda.keras")
    finally:
        from keras.src.backend.common import global_state

        global_state.set_global_attribute("safe_mode_saving", None)


def test_a_lambda_layer_is_refused_before_anything_is_built(tmp_path):
    small(keras.layers.Lambda(lambda x: x * 2, name="double")).save(tmp_path / "lambda.keras")
    with pytest.raises(RefusedModel, match=r"^lambda.keras: layer 'double' \(Lambda\) is a Lambda layer.*"
                                           r"not accepted.*instead of a Lambda"):
        inspect_keras_file(tmp_path / "lambda.keras")


def test_a_custom_layer_is_refused(tmp_path):
    @keras.saving.register_keras_serializable(package="student")
    class Sneaky(keras.layers.Layer):
        def call(self, x):
            return x

    small(Sneaky()).save(tmp_path / "custom.keras")
    with pytest.raises(RefusedModel, match="custom object 'Sneaky'"):
        load_keras_model(tmp_path / "custom.keras")


def test_other_formats_are_refused(tmp_path):
    (tmp_path / "model.h5").write_bytes(b"\x89HDF\r\n")
    (tmp_path / "model.pkl").write_bytes(b"\x80\x04.")
    for name in ("model.h5", "model.pkl"):
        with pytest.raises(RefusedModel, match="native Keras format"):
            load_keras_model(tmp_path / name)


def test_a_link_is_refused(tmp_path):
    (tmp_path / "m.keras").symlink_to("/etc/passwd")
    with pytest.raises(RefusedModel, match="not a regular file"):
        inspect_keras_file(tmp_path / "m.keras")


def test_a_custom_metric_in_the_compile_settings_is_read_as_data_only_when_asked(tmp_path):
    @keras.saving.register_keras_serializable(package="student")
    class Count(keras.metrics.Mean):
        pass

    model = small()
    model.compile(optimizer="adam", loss="mse", metrics=[Count()])
    model.save(tmp_path / "metric.keras")
    with pytest.raises(RefusedModel, match="custom object 'Count'"):
        inspect_keras_file(tmp_path / "metric.keras")
    config = inspect_keras_file(tmp_path / "metric.keras", compile_config_as_data=True)
    assert config["compile_config"]["metrics"][0]["class_name"] == "Count"
    # as in the trusted process, which never ran the student's class: it is not registered there
    keras.saving.get_custom_objects().pop("student>Count")
    loaded = load_keras_model(tmp_path / "metric.keras", compile_config_as_data=True)
    assert not loaded.compiled
