"""check_training: retrain from fresh seeded weights, thresholds, determinism, export + rejudge."""

import keras
import pytest
from keras import layers as L

from autograder.checks import CheckFailed, check_training, rejudge


def regression_builder(hidden=16, activation="relu"):
    def build():
        model = keras.Sequential([L.Input((4,)), L.Dense(hidden, activation=activation), L.Dense(1)])
        model.compile(optimizer=keras.optimizers.Adam(0.02), loss="mse")
        return model

    return build


def imbalanced_model(from_logits):
    model = keras.Sequential([L.Input((8,)), L.Dense(8, activation="relu"),
                              L.Dense(1, activation=None if from_logits else "sigmoid")])
    model.compile(optimizer=keras.optimizers.Adam(0.02),
                  loss=keras.losses.BinaryCrossentropy(from_logits=from_logits), metrics=["accuracy"])
    return model


KW = {"dataset": "regression", "metric": "mse", "thresholds": {0.3: 1.0, 0.5: 0.5}, "epochs": 3, "batch_size": 64}


@pytest.mark.parametrize("as_builder", [True, False], ids=["builder", "compiled-model"])
def test_good_model_scores_full(as_builder):
    build = regression_builder()
    assert check_training(build if as_builder else build(), seed=11, points=2, **KW) == 2.0


def test_three_runs_give_the_same_points():
    kw = dict(KW, thresholds={0.25: 1.0, 0.3: 0.75, 0.4: 0.5, 0.6: 0.25})
    assert len({check_training(regression_builder(hidden=4), seed=5, points=4, **kw) for _ in range(3)}) == 1


def test_wrong_model_fails_with_score():
    with pytest.raises(CheckFailed, match=r"mse on the hidden split after retraining from fresh weights: \d"):
        check_training(regression_builder(hidden=1, activation="linear"), seed=3,
                       **dict(KW, thresholds={0.1: 1.0}))


@pytest.mark.parametrize("from_logits", [False, True], ids=["sigmoid", "logits"])
def test_binary_thresholds_respect_logits(from_logits):
    points = check_training(lambda: imbalanced_model(from_logits), dataset="imbalanced", seed=None, metric="accuracy",
                            thresholds={0.9: 1.0}, epochs=2, batch_size=64)
    assert points == 1.0


def test_uncompiled_model_is_a_clear_failure():
    with pytest.raises(CheckFailed, match="not compiled"):
        check_training(keras.Sequential([L.Input((4,)), L.Dense(1)]), **KW)


def test_export_and_rejudge_recompute_the_score(tmp_path, monkeypatch):
    monkeypatch.setenv("KERAS_COURSE_EXPORT_DIR", str(tmp_path))
    earned = check_training(regression_builder(), seed=11, points=2, **KW)
    verdicts = rejudge(tmp_path)
    assert [(v.check, v.points) for v in verdicts] == [("check_training", earned)]


def test_bad_arguments_are_clear():
    with pytest.raises(ValueError, match="unknown metric 'auc'"):
        check_training(regression_builder(), **dict(KW, metric="auc"))
