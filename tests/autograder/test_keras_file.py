"""check_keras_file: the .keras file a student writes (opened safely) and the model they load back."""

import re

import pytest

from autograder.checks import CheckFailed, check_keras_file, rejudge
from autograder.quiet import quiet

with quiet():
    import keras
    import numpy as np

X = np.random.default_rng(1).normal(size=(32, 6)).astype("float32")


@keras.saving.register_keras_serializable(package="tests_keras_file")
class Counting(keras.metrics.Mean):
    def __init__(self, threshold=0.5, name="counting", **kwargs):
        super().__init__(name=name, **kwargs)
        self.threshold = threshold

    def update_state(self, y_true, y_pred, sample_weight=None):
        return super().update_state(keras.ops.cast(y_pred > self.threshold, "float32"))

    def get_config(self):
        return {**super().get_config(), "threshold": self.threshold}


def trained():
    model = keras.Sequential([keras.Input((6,)), keras.layers.Dense(1, activation="sigmoid")])
    model.compile(optimizer=keras.optimizers.Adam(0.01), loss="binary_crossentropy",
                  metrics=["accuracy", Counting(threshold=0.3)])
    model.fit(X, (X[:, 0] > 0).astype("float32"), epochs=1, batch_size=16, verbose=0)
    return model


def test_save_then_load_passes_and_rejudges(tmp_path, monkeypatch):
    monkeypatch.setenv("KERAS_COURSE_EXPORT_DIR", str(tmp_path))

    def round_trip(model, path):
        keras.saving.save_model(model, path)
        return keras.models.load_model(path, safe_mode=True)

    assert check_keras_file(round_trip, model=trained, probe=X[:8], points=4) == 4.0
    assert [(v.points, v.message) for v in rejudge(tmp_path)] == [(4.0, "")]


@pytest.mark.parametrize("function, message", [
    (lambda model, path: (model.save(path), keras.saving.load_model(path, compile=False))[1],
     "the returned model is not compiled"),
    (lambda model, path: (model.save(path), model)[1], "returned the model it was given"),
    (lambda model, path: (model.save_weights(path.replace(".keras", ".weights.h5")), model)[1],
     "no file at the path given (model.keras)"),
    (lambda model, path: (model.save(path), path)[1], "should return the loaded keras Model, it returned str"),
])
def test_wrong_round_trips_are_named(function, message):
    with pytest.raises(CheckFailed, match=re.escape(message)):
        check_keras_file(function, model=trained, probe=X[:8])


def test_a_file_without_the_metric_or_the_optimizer_state_fails():
    def recompiled(model, path):
        model.compile(optimizer=keras.optimizers.Adam(0.01), loss="binary_crossentropy")
        model.save(path)
        return keras.saving.load_model(path)

    with pytest.raises(CheckFailed, match=re.escape("the saved file: expected the metric Counting(")):
        check_keras_file(recompiled, model=trained, probe=X[:8])

    def weights_only(model, path):
        model.save(path)
        fresh = keras.saving.load_model(path)
        fresh.optimizer.iterations.assign(0)
        return fresh

    with pytest.raises(CheckFailed, match="optimizer has taken 0 steps, the original's 2"):
        check_keras_file(weights_only, model=trained, probe=X[:8])


def test_a_file_with_a_custom_layer_is_refused_unread(tmp_path):
    @keras.saving.register_keras_serializable(package="student")
    class Sneaky(keras.layers.Layer):
        def call(self, x):
            return x

    def sneaky(model, path):
        keras.Sequential([keras.Input((6,)), Sneaky(), *model.layers]).save(path)
        return keras.saving.load_model(path)

    with pytest.raises(CheckFailed, match="the saved file: model.keras: .*custom object 'Sneaky'"):
        check_keras_file(sneaky, model=trained, probe=X[:8])
