"""Student .keras files: plain models load in safe mode; Lambda, custom objects and h5 are refused."""

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


def test_a_lambda_layer_is_refused_before_anything_is_built(tmp_path):
    small(keras.layers.Lambda(lambda x: x * 2)).save(tmp_path / "lambda.keras")
    with pytest.raises(RefusedModel, match="Lambda layer .* not accepted"):
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
