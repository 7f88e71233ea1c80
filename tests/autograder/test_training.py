"""check_training: retrain from fresh seeded weights, thresholds, determinism, export + rejudge.

The export is the trained model (architecture + weights); the judge rebuilds it and scores it on
data it loads itself, so forged exports earn what their weights earn.
"""

import json
import re

import keras
import numpy as np
import pytest
from keras import layers as L

from autograder.checks import CheckFailed, check_training, rejudge
from autograder.checks import training as training_module
from autograder.checks.failure import GRADER_ERROR, GraderError
from autograder.checks.observation import load_export
from autograder.quiet import quiet
from autograder.verdict.exports import read_export
from autograder.verdict.judges import judge_one
from course.datasets import load
from course.preprocessing import CATEGORICAL, NUMERIC, to_model_inputs


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


@pytest.fixture(autouse=True)
def no_reused_trainings():
    """Each test trains for itself: no training of an earlier test is reused."""
    training_module._TRAINED.clear()
    yield
    training_module._TRAINED.clear()


KW = {"dataset": "regression", "metric": "mse", "thresholds": {0.3: 1.0, 0.5: 0.5}, "epochs": 3, "batch_size": 64}


@pytest.mark.parametrize("as_builder", [True, False], ids=["builder", "compiled-model"])
def test_good_model_scores_full(as_builder):
    build = regression_builder()
    assert check_training(build if as_builder else build(), seed=11, points=2, **KW) == 2.0


def test_three_runs_give_the_same_points():
    kw = dict(KW, thresholds={0.25: 1.0, 0.3: 0.75, 0.4: 0.5, 0.6: 0.25})
    points = set()
    for _ in range(3):
        training_module._TRAINED.clear()  # three real trainings, not one reused
        points.add(check_training(regression_builder(hidden=4), seed=5, points=4, **kw))
    assert len(points) == 1


def counted_fits(monkeypatch) -> list:
    """Record every keras.Model.fit call made from now on."""
    calls = []
    original = keras.Model.fit

    def fit(self, *args, **kwargs):
        calls.append(kwargs.get("epochs"))
        return original(self, *args, **kwargs)

    monkeypatch.setattr(keras.Model, "fit", fit)
    return calls


def test_a_cells_visible_and_hidden_checks_train_once_with_the_same_weights(tmp_path, monkeypatch):
    """The visible (public split) and hidden (seeded split) checks of one cell train the same model on
    the same train split: the second reuses the first's trained weights, which equal a new training."""
    calls = counted_fits(monkeypatch)
    monkeypatch.setenv("KERAS_COURSE_EXPORT_DIR", str(tmp_path))
    check_training(regression_builder(), seed=None, **KW)
    check_training(regression_builder(), seed=11, **KW)
    assert calls == [KW["epochs"]]
    first, second = (read_export(path).observation for path in sorted(tmp_path.glob("*.json")))
    training_module._TRAINED.clear()
    monkeypatch.setenv("KERAS_COURSE_EXPORT_DIR", str(tmp_path / "again"))
    (tmp_path / "again").mkdir()
    check_training(regression_builder(), seed=11, **KW)
    (fresh,) = (read_export(path).observation for path in sorted((tmp_path / "again").glob("*.json")))
    assert calls == [KW["epochs"], KW["epochs"]]
    for a, b, c in zip(first["weights"], second["weights"], fresh["weights"]):
        np.testing.assert_array_equal(a, b)
        np.testing.assert_array_equal(a, c)


@pytest.mark.parametrize("change", ["epochs", "architecture", "optimizer"])
def test_a_training_is_reused_only_for_the_same_model_and_settings(monkeypatch, change):
    calls = counted_fits(monkeypatch)
    check_training(regression_builder(), seed=11, **KW)
    other = {"epochs": (regression_builder(), dict(KW, epochs=2)),
             "architecture": (regression_builder(hidden=8), KW)}
    if change == "optimizer":
        def build():
            model = regression_builder()()
            model.compile(optimizer=keras.optimizers.Adam(0.01), loss="mse")
            return model
        other[change] = (build, KW)
    builder, kw = other[change]
    check_training(builder, seed=11, **kw)
    assert len(calls) == 2


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


# --- what is exported, and the trusted verdict recomputed from it ---------------------------------

def exported(tmp_path, monkeypatch, model, **kw):
    """Run check_training with exports on; return (points or the failure message, the export)."""
    monkeypatch.setenv("KERAS_COURSE_EXPORT_DIR", str(tmp_path))
    try:
        earned = check_training(model, **kw)
    except CheckFailed as failure:
        earned = failure.message
    (path,) = sorted(tmp_path.glob("*.json"))
    return earned, read_export(path), load_export(path)[2]


def test_the_export_is_the_trained_model_not_its_predictions(tmp_path, monkeypatch):
    _, export, _ = exported(tmp_path, monkeypatch, regression_builder(), seed=11, **KW)
    assert set(export.observation) == {"model", "weights", "from_logits", "epochs_run", "seconds"}
    assert export.observation["model"]["class_name"] == "Sequential"
    assert [w.shape for w in export.observation["weights"]] == [(4, 16), (16,), (16, 1), (1,)]


def test_the_budget_is_the_epochs_never_the_clock(tmp_path, monkeypatch):
    """Every epoch runs however slow the machine; the expectation holds no seconds."""
    _, export, expectation = exported(tmp_path, monkeypatch, regression_builder(), seed=11, **KW)
    assert export.observation["epochs_run"] == KW["epochs"]
    assert not any("budget" in key or "seconds" in key for key in expectation)


def test_a_runaway_guard_that_fires_is_a_grader_error_not_points(tmp_path, monkeypatch):
    monkeypatch.setenv("KERAS_COURSE_EXPORT_DIR", str(tmp_path))
    with pytest.raises(GraderError, match="runaway guard stopped training"):
        check_training(regression_builder(), seed=11, runaway_seconds=0.0, **KW)
    (path,) = sorted(tmp_path.glob("*.json"))
    observation = read_export(path).observation
    assert GRADER_ERROR in observation and "model" not in observation and "weights" not in observation


def test_the_trusted_verdict_gives_exactly_the_kernel_points(tmp_path, monkeypatch):
    kw = dict(KW, thresholds={0.2: 1.0, 0.25: 0.75, 0.3: 0.5, 0.6: 0.25})
    earned, export, expectation = exported(tmp_path, monkeypatch, regression_builder(hidden=4), seed=5,
                                           points=4, **kw)
    assert 0 < earned < 4  # partial credit: the equality below is not full marks twice
    assert judge_one("check_training", export.observation, expectation, 4.0) == (earned, "")
    assert [v.points for v in rejudge(tmp_path)] == [earned]


def test_forged_weights_earn_what_the_weights_deserve(tmp_path, monkeypatch):
    earned, export, expectation = exported(tmp_path, monkeypatch, regression_builder(), seed=11, points=2, **KW)
    assert earned == 2.0
    keras.utils.set_random_seed(0)
    untrained = regression_builder()().get_weights()
    forged = dict(export.observation, weights=untrained)
    points, message = judge_one("check_training", forged, expectation, 2.0)
    assert points == 0.0
    assert re.match(r"mse on the hidden split after retraining from fresh weights: \d+\.\d+, needs at most 0\.5",
                    message)


def test_forged_scores_and_predictions_are_ignored(tmp_path, monkeypatch):
    failed, export, expectation = exported(tmp_path, monkeypatch, regression_builder(hidden=1, activation="linear"),
                                           seed=3, **dict(KW, thresholds={0.1: 1.0}))
    _, y_true = load("regression", "hidden", seed=3)
    forged = dict(export.observation, predictions=np.asarray(y_true, "float32")[:, None], mse=0.0, score=0.0)
    assert judge_one("check_training", forged, expectation, 1.0) == (0.0, failed)


def test_weights_of_the_wrong_shapes_score_zero_as_a_malformed_export(tmp_path, monkeypatch):
    _, export, expectation = exported(tmp_path, monkeypatch, regression_builder(), seed=11, **KW)
    weights = export.observation["weights"]
    forged = dict(export.observation, weights=[weights[0].reshape(16, 4), *weights[1:]])
    points, message = judge_one("check_training", forged, expectation, 1.0)
    assert points == 0.0
    assert message.startswith("malformed export: the weight ") and "should be a number array of shape (4, 16)" \
        in message


def test_a_lambda_smuggled_into_the_export_is_refused_by_the_judge(tmp_path, monkeypatch):
    _, export, expectation = exported(tmp_path, monkeypatch, regression_builder(), seed=11, **KW)
    with quiet():
        lambda_config = json.loads(keras.Sequential([L.Input((4,)), L.Lambda(lambda x: x, name="sneaky")]).to_json())
    model = dict(export.observation["model"])
    model["config"] = dict(model["config"], layers=model["config"]["layers"] + lambda_config["config"]["layers"][1:])
    points, message = judge_one("check_training", dict(export.observation, model=model), expectation, 1.0)
    assert points == 0.0
    assert message.startswith("layer 'sneaky' (Lambda) is a Lambda layer")


class Twice(L.Layer):
    """A student-defined layer: the course does not provide it."""

    def call(self, x):
        return 2 * x


@pytest.mark.parametrize("layer, message", [
    (lambda: L.Lambda(lambda x: x / 10, name="scale"),
     r"^layer 'scale' \(Lambda\) is a Lambda layer.*not accepted.*built-in Keras layers \(e\.g\. Rescaling"),
    (lambda: Twice(name="twice"),
     r"^layer 'twice' \(Twice\) uses the custom object 'Twice' .*the course does not provide"),
], ids=["lambda", "custom-layer"])
def test_a_lambda_or_student_defined_layer_is_refused_with_what_to_use(layer, message):
    def build():
        model = keras.Sequential([L.Input((4,)), layer(), L.Dense(1)])
        model.compile(optimizer="adam", loss="mse")
        return model

    with pytest.raises(CheckFailed, match=message):
        check_training(build, seed=11, **KW)


# --- preprocess: named by import path, from the course package --------------------------------------

def churn_builder():
    frame = load("tabular", "train")[0]

    def build():
        inputs = {name: keras.Input((1,), name=name) for name in NUMERIC}
        inputs.update({name: keras.Input((1,), name=name, dtype="string") for name in CATEGORICAL})
        encoded = []
        for name in NUMERIC:
            normalize = L.Normalization()
            normalize.adapt(frame[name].to_numpy("float32")[:, None])
            encoded.append(normalize(inputs[name]))
        for name in CATEGORICAL:
            lookup = L.StringLookup(output_mode="one_hot")
            lookup.adapt(frame[name].to_numpy())
            encoded.append(lookup(inputs[name]))
        model = keras.Model(inputs, L.Dense(1, activation="sigmoid")(L.Dense(8, activation="relu")(
            L.Concatenate()(encoded))))
        model.compile(optimizer=keras.optimizers.Adam(0.01), loss="binary_crossentropy", metrics=["accuracy"])
        return model

    return build


def test_a_preprocessed_dataset_is_judged_with_the_course_function(tmp_path, monkeypatch):
    earned, export, expectation = exported(tmp_path, monkeypatch, churn_builder(), dataset="tabular", seed=56629,
                                           thresholds={0.76: 1.0, 0.7: 0.5}, epochs=4, preprocess=to_model_inputs,
                                           points=5)
    assert earned == 5.0
    assert expectation["preprocess"] == "course.preprocessing:to_model_inputs"
    assert judge_one("check_training", export.observation, expectation, 5.0) == (5.0, "")


def test_a_preprocess_outside_the_course_package_is_refused_for_the_instructor():
    def notebook_inputs(frame):
        return to_model_inputs(frame)

    for preprocess in (notebook_inputs, "os:system", "course.preprocessing:no_such_function"):
        with pytest.raises(ValueError, match="preprocess must be a function of the course package"):
            check_training(churn_builder(), dataset="tabular", thresholds={0.7: 1.0}, epochs=1,
                           preprocess=preprocess)
    notebook_inputs.__module__, notebook_inputs.__qualname__ = "course.preprocessing", "to_model_inputs"
    with pytest.raises(ValueError, match="is not the function the course package defines"):
        check_training(churn_builder(), dataset="tabular", thresholds={0.7: 1.0}, epochs=1,
                       preprocess=notebook_inputs)


# --- models not built yet, integer labels --------------------------------------------------------------

def test_a_lambda_model_without_an_input_is_refused_with_the_course_message_not_a_traceback():
    def build():
        model = keras.Sequential([L.Lambda(lambda x: x / 10, name="scale"), L.Dense(1)])
        model.compile(optimizer="adam", loss="mse")
        return model

    with pytest.raises(CheckFailed, match=r"^layer 'scale' \(Lambda\) is a Lambda layer"):
        check_training(build, seed=11, **KW)


def test_a_model_without_an_input_is_built_by_the_training():
    def build():
        model = keras.Sequential([L.Dense(16, activation="relu"), L.Dense(1)])
        model.compile(optimizer=keras.optimizers.Adam(0.02), loss="mse")
        return model

    assert check_training(build, seed=11, points=2, **KW) == 2.0


def fizzbuzz_builder(loss):
    def build():
        model = keras.Sequential([L.Input((10,)), L.Dense(64, activation="relu"), L.Dense(4, activation="softmax")])
        model.compile(optimizer=keras.optimizers.Adam(0.01), loss=loss)
        return model

    return build


FIZZBUZZ = {"dataset": "fizzbuzz", "metric": "accuracy", "thresholds": {0.4: 1.0}, "epochs": 1, "batch_size": 64}


def test_categorical_loss_on_integer_labels_fails_when_the_labels_are_not_one_hot_encoded():
    build = fizzbuzz_builder("categorical_crossentropy")
    assert check_training(build, **FIZZBUZZ) == 1.0  # one-hot labels by default
    with pytest.raises(CheckFailed, match=r"integer class labels \(y of shape \(923,\), values 0\.\.3\), but the "
                                          r"loss categorical_crossentropy expects one-hot labels: compile with "
                                          r"sparse_categorical_crossentropy"):
        check_training(build, one_hot_for_categorical=False, **FIZZBUZZ)
    assert check_training(fizzbuzz_builder("sparse_categorical_crossentropy"), one_hot_for_categorical=False,
                          **FIZZBUZZ) == 1.0


def test_a_model_that_cannot_take_the_data_says_what_data_it_was_given():
    def build():
        model = keras.Sequential([L.Input((3,)), L.Dense(1)])
        model.compile(optimizer="adam", loss="mse")
        return model

    with pytest.raises(CheckFailed, match=r"^training on the reference data \(x: shape \(\d+, 4\) float32; y: shape "
                                          r"\(\d+,\) float32\) failed for a model whose output per example has "
                                          r"shape \(1,\): model.fit raised ValueError: .*incompatible"):
        check_training(build, seed=11, **KW)


def test_a_graph_execution_error_is_cut_to_the_line_that_says_what_went_wrong():
    with pytest.raises(CheckFailed) as failure:
        check_training(fizzbuzz_builder("mse"), one_hot_for_categorical=False, **FIZZBUZZ)
    assert re.fullmatch(r"training on the reference data \(x: shape \(923, 10\) float32; y: integer class labels of "
                        r"shape \(923,\), values 0\.\.3\) failed for a model whose output per example has shape "
                        r"\(4,\): model.fit raised InvalidArgumentError: Incompatible shapes: \[64\] vs\. \[64,4\]",
                        failure.value.message), failure.value.message


class SubclassedRegressor(keras.Model):
    """A subclassed model: its call is code no trusted process may rebuild."""

    def __init__(self, hidden=16, activation="relu", **kwargs):
        super().__init__(**kwargs)
        self.hidden = L.Dense(hidden, activation=activation)
        self.out = L.Dense(1)

    def call(self, inputs, training=None):
        return self.out(self.hidden(inputs))


def subclassed_builder(**layer_kwargs):
    def build():
        model = SubclassedRegressor(**layer_kwargs)
        model.compile(optimizer=keras.optimizers.Adam(0.02), loss="mse")
        return model

    return build


def test_subclassed_model_exports_predictions_and_is_rejudged_from_them(tmp_path, monkeypatch):
    monkeypatch.setenv("KERAS_COURSE_EXPORT_DIR", str(tmp_path))
    assert check_training(subclassed_builder(), seed=11, subclassed=True, points=2, **KW) == 2.0
    (path,) = sorted(tmp_path.glob("*.json"))
    observation = read_export(path).observation
    assert "model" not in observation and "weights" not in observation
    assert observation["predictions"].shape[0] == len(load("regression", "hidden", seed=11)[1])
    assert [v.points for v in rejudge(tmp_path)] == [2.0]
    _, _, expectation, _ = load_export(path)
    forged = dict(observation, predictions=observation["predictions"][:10])
    points, message = judge_one("check_training", forged, expectation, 2.0)
    assert points == 0.0 and "malformed export" in message


def test_subclassed_model_is_refused_without_the_flag():
    with pytest.raises(CheckFailed):
        check_training(subclassed_builder(), seed=11, points=2, **KW)


def test_subclassed_models_of_one_class_name_are_never_reused(monkeypatch):
    """Two classes of one name and config that differ only in call must each train: a linear one fails."""
    calls = counted_fits(monkeypatch)
    assert check_training(subclassed_builder(), seed=11, subclassed=True, **KW) == 1.0

    class SubclassedRegressor(keras.Model):  # noqa: F811 (the same name, another call)
        def __init__(self, hidden=16, activation="relu", **kwargs):
            super().__init__(**kwargs)
            self.hidden = L.Dense(hidden, activation=activation)
            self.out = L.Dense(1)

        def call(self, inputs, training=None):
            return self.out(inputs)

    def build_linear():
        model = SubclassedRegressor()
        model.compile(optimizer=keras.optimizers.Adam(0.02), loss="mse")
        return model

    with pytest.raises(CheckFailed, match="mse on the hidden split"):
        check_training(build_linear, seed=11, subclassed=True, **dict(KW, thresholds={0.25: 1.0}))
    assert calls == [KW["epochs"], KW["epochs"]]
