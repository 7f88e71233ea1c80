"""check_event_files: the runs, scalar tags and steps of a training's TensorBoard event files."""

import pytest

from autograder.checks import CheckFailed, check_event_files, rejudge
from autograder.quiet import quiet

with quiet():
    import keras
    import numpy as np

CURVES = {"train": ["epoch_loss", "epoch_accuracy"], "validation": ["epoch_loss", "epoch_accuracy"]}
X = np.random.default_rng(0).normal(size=(64, 5)).astype("float32")
Y = (X[:, 0] > 0).astype("int32")


def model():
    built = keras.Sequential([keras.Input((5,)), keras.layers.Dense(2, activation="softmax")])
    built.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    return built


def fitting(**settings):
    def fit(model, x, y, log_dir):
        options = {"epochs": 3, "validation_split": 0.25, **settings.pop("fit", {})}
        return model.fit(x, y, batch_size=32, verbose=0,
                         callbacks=[keras.callbacks.TensorBoard(log_dir=log_dir, **settings)], **options)
    return fit


def test_the_callback_with_validation_passes_and_rejudges(tmp_path, monkeypatch):
    monkeypatch.setenv("KERAS_COURSE_EXPORT_DIR", str(tmp_path))
    assert check_event_files(fitting(), args=(model, X, Y), runs=CURVES, steps=[0, 1, 2],
                             forbidden=["batch_loss"], points=3) == 3.0
    assert [(v.points, v.message) for v in rejudge(tmp_path)] == [(3.0, "")]


@pytest.mark.parametrize("function, message", [
    (fitting(fit={"validation_split": 0.0}), "expected a run 'validation' under the log folder, found runs ['train']"),
    (fitting(fit={"epochs": 2}), "'epoch_loss' should be written at steps [0, 1, 2], found steps [0, 1]"),
    (fitting(update_freq="batch"), "found ['batch_loss'], which this exercise does not want"),
    (lambda model, x, y, log_dir: fitting()(model, x, y, log_dir + "/run1"), "found runs ['run1/train', 'run1/validation']"),
    (lambda model, x, y, log_dir: model.fit(x, y, epochs=3, verbose=0), "no event file was written"),
])
def test_wrong_runs_are_named(function, message):
    with pytest.raises(CheckFailed, match=__import__("re").escape(message)):
        check_event_files(function, args=(model, X, Y), runs=CURVES, steps=[0, 1, 2], forbidden=["batch_loss"])


def test_a_metric_missing_is_named():
    def without_accuracy():
        built = keras.Sequential([keras.Input((5,)), keras.layers.Dense(2, activation="softmax")])
        built.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
        return built

    with pytest.raises(CheckFailed, match=r"run 'train': expected the scalar 'epoch_accuracy'"):
        check_event_files(fitting(), args=(without_accuracy, X, Y), runs=CURVES, steps=[0, 1, 2])
