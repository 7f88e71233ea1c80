"""check_saved_model and check_litert: exported artefacts judged by the numbers they compute in the kernel."""

import re

import pytest

from autograder.checks import CheckFailed, check_litert, check_saved_model, rejudge
from autograder.checks.exported import judge_litert, judge_saved_model
from autograder.quiet import quiet

with quiet():
    import keras
    import numpy as np
    import tensorflow as tf

X = np.random.default_rng(2).normal(size=(24, 4)).astype("float32")
SPEC = [tf.TensorSpec((None, 4), tf.float32, name="features")]
FEATURES = {"features": ((None, 4), "float32")}


def small_model(seed=3):
    keras.utils.set_random_seed(seed)
    return keras.Sequential([keras.Input((4,)), keras.layers.Dense(8, activation="relu"),
                             keras.layers.Dense(1, activation="sigmoid")])


def serving(names=("serve", "serving_default")):
    return {name: {"inputs": FEATURES, "outputs": lambda model, x: model(x)} for name in names}


def test_an_export_with_the_asked_signatures_passes_and_rejudges(tmp_path, monkeypatch):
    monkeypatch.setenv("KERAS_COURSE_EXPORT_DIR", str(tmp_path))

    def export(model, directory):
        model.export(directory, input_signature=SPEC, verbose=False)

    assert check_saved_model(export, build=small_model, probe=X, signatures=serving(), points=4) == 4.0
    assert [(v.points, v.message) for v in rejudge(tmp_path)] == [(4.0, "")]


def _two_endpoints(model, directory):
    archive = keras.export.ExportArchive()
    archive.track(model)
    archive.add_endpoint("probabilities", model.call, input_signature=SPEC)
    archive.add_endpoint("label", lambda x: tf.cast(model(x)[:, 0] > 0.5, tf.int32), input_signature=SPEC)
    archive.write_out(directory, verbose=False)


def test_several_endpoints_with_integer_outputs():
    signatures = {"probabilities": {"inputs": FEATURES, "outputs": lambda model, x: model(x)},
                  "label": {"inputs": FEATURES,
                            "outputs": lambda model, x: (np.asarray(model(x))[:, 0] > 0.5).astype("int32")}}
    assert check_saved_model(_two_endpoints, build=small_model, probe=X, signatures=signatures) == 1.0
    wrong = {**signatures, "label": {"inputs": FEATURES,
                                     "outputs": lambda model, x: (np.asarray(model(x)) > 0.5).astype("int32")}}
    with pytest.raises(CheckFailed, match=re.escape("signature 'label' computes other values than the model: "
                                                    "outputs of shape (24,), expected (24, 1)")):
        check_saved_model(_two_endpoints, build=small_model, probe=X, signatures=wrong)


def test_dict_inputs_of_raw_columns_are_fed_by_key():
    def build():
        keras.utils.set_random_seed(4)
        inputs = {"size": keras.Input((1,), name="size"), "colour": keras.Input((1,), name="colour", dtype="string")}
        lookup = keras.layers.StringLookup(vocabulary=["red", "blue"], output_mode="one_hot")
        return keras.Model(inputs, keras.layers.Dense(1)(keras.layers.Concatenate()([inputs["size"],
                                                                                      lookup(inputs["colour"])])))

    probe = {"size": np.array([[1.0], [2.0], [3.0]], "float32"), "colour": np.array([["red"], ["blue"], ["green"]])}
    signatures = {"serve": {"inputs": {"size": ((None, 1), "float32"), "colour": ((None, 1), "string")},
                            "outputs": lambda model, raw: model({k: tf.constant(v) for k, v in raw.items()})}}
    assert check_saved_model(lambda model, directory: model.export(directory, verbose=False), build=build,
                             probe=probe, signatures=signatures) == 1.0


@pytest.mark.parametrize("export, message", [
    (lambda model, directory: model.export(directory, verbose=False),
     "signature 'serve': expected the inputs features: (None, 4) float32, found keras_tensor"),
    (lambda model, directory: model.export(directory, input_signature=[tf.TensorSpec((2, 4), tf.float32, name="features")],
                                           verbose=False),
     "signature 'serve': expected the inputs features: (None, 4) float32, found features: (2, 4) float32"),
    (lambda model, directory: small_model(seed=9).export(directory, input_signature=SPEC, verbose=False),
     "signature 'serve' computes other values than the model: for example #"),
    (lambda model, directory: model.save(directory + ".keras"),
     "no SavedModel in the directory given (export(..., directory) wrote nothing there)"),
    (lambda model, directory: 1 / 0, "export(..., directory) raised ZeroDivisionError"),
])
def test_wrong_exports_are_named(export, message):
    export.__name__ = "export"
    with pytest.raises(CheckFailed, match=re.escape(message)):
        check_saved_model(export, build=small_model, probe=X, signatures=serving())


def test_a_signature_returning_strings_is_said_not_raised():
    def export(model, directory):
        archive = keras.export.ExportArchive()
        archive.track(model)
        archive.add_endpoint("serve", lambda x: tf.strings.as_string(model(x)), input_signature=SPEC)
        archive.write_out(directory, verbose=False)

    with pytest.raises(CheckFailed, match="signature 'serve': it returns values of dtype object, expected numbers"):
        check_saved_model(export, build=small_model, probe=X, signatures=serving(["serve"]))


def test_the_judge_names_a_missing_signature_and_a_failed_call():
    expectation = {"atol": 1e-5, "signatures": {"label": {"inputs": {"features": [[None, 4], "float32"]},
                                                          "outputs": np.zeros(3, "int32")}}}
    with pytest.raises(CheckFailed, match="has no signature 'label' \\(found: serve\\)"):
        judge_saved_model({"signatures": {"serve": {"inputs": {}}}, "outputs": {}}, expectation, 1.0)
    observation = {"signatures": {"label": {"inputs": {"features": [[None, 4], "float32"]}}},
                   "outputs": {"label": "calling it on 3 examples raised InvalidArgumentError"}}
    with pytest.raises(CheckFailed, match="signature 'label': calling it on 3 examples raised"):
        judge_saved_model(observation, expectation, 1.0)
    observation["outputs"]["label"] = np.array([0.0, 1.0, 0.0])
    with pytest.raises(CheckFailed, match="outputs of dtype float64, expected integers"):
        judge_saved_model(observation, expectation, 1.0)


def _convert(model, optimize=False):
    converter = tf.lite.TFLiteConverter.from_keras_model(model)
    if optimize:
        converter.optimizations = [tf.lite.Optimize.DEFAULT]
    return converter.convert()


def test_a_float_conversion_passes_and_rejudges(tmp_path, monkeypatch):
    monkeypatch.setenv("KERAS_COURSE_EXPORT_DIR", str(tmp_path))
    assert check_litert(_convert, model=small_model, probe=X, atol=1e-5, points=3) == 3.0
    assert [(v.points, v.message) for v in rejudge(tmp_path)] == [(3.0, "")]


def test_a_quantized_model_meets_size_and_accuracy_limits():
    def wide():
        keras.utils.set_random_seed(5)
        return keras.Sequential([keras.Input((4,)), keras.layers.Dense(256, activation="relu"),
                                 keras.layers.Dense(64, activation="relu"), keras.layers.Dense(1, activation="sigmoid")])

    labels = (X[:, 0] > 0).astype("int32")
    limits = {"probe": X, "labels": labels, "max_size_ratio": 0.4, "max_accuracy_drop": 0.1}
    assert check_litert(lambda model: _convert(model, optimize=True), model=wide, **limits) == 1.0
    with pytest.raises(CheckFailed, match=r"the LiteRT model is \d+ bytes, 100% of the unoptimized model's"):
        check_litert(_convert, model=wide, **limits)


@pytest.mark.parametrize("convert, message", [
    (lambda model: tf.lite.TFLiteConverter.from_keras_model(model),
     "should return the flatbuffer as bytes (what converter.convert() returns), it returned TFLite"),
    (lambda model: b"not a flatbuffer", "the LiteRT interpreter could not run the model: "),
    (lambda model: _convert(small_model(seed=8)), "the LiteRT model computes other values than the Keras model"),
])
def test_wrong_conversions_are_named(convert, message):
    with pytest.raises(CheckFailed, match=re.escape(message)):
        check_litert(convert, model=small_model, probe=X, atol=1e-5)


def test_select_tensorflow_ops_are_refused_by_the_interpreter():
    def with_flex_op(model):
        as_text = lambda x: tf.cast(tf.strings.length(tf.strings.as_string(x[:, :1])), tf.float32)  # noqa: E731
        function = tf.function(lambda x: x[:, :1] + 0.0 * as_text(x),
                               input_signature=[tf.TensorSpec((None, 4), tf.float32)])
        converter = tf.lite.TFLiteConverter.from_concrete_functions([function.get_concrete_function()])
        converter.target_spec.supported_ops = [tf.lite.OpsSet.TFLITE_BUILTINS, tf.lite.OpsSet.SELECT_TF_OPS]
        return converter.convert()

    with pytest.raises(CheckFailed, match="the LiteRT interpreter could not run the model: .*Select TensorFlow op"):
        check_litert(with_flex_op, model=small_model, probe=X, atol=1e-5)


def test_the_judge_refuses_integer_inputs_and_a_lost_accuracy():
    expectation = {"outputs": np.array([[0.9], [0.1], [0.8], [0.2]]), "atol": None, "max_accuracy_drop": 0.02,
                   "labels": np.array([1, 0, 1, 0])}
    observation = {"outputs": np.array([[0.9], [0.1], [0.8], [0.2]]), "size": 10,
                   "dtypes": {"input": "int8", "output": "int8"}}
    with pytest.raises(CheckFailed, match="the LiteRT model's input is int8, expected float32"):
        judge_litert(observation, expectation, 1.0)
    observation.update(dtypes={"input": "float32", "output": "float32"}, outputs=np.array([[0.9], [0.1], [0.4], [0.2]]))
    with pytest.raises(CheckFailed, match="accuracy is 0.750, the Keras model's 1.000: it may lose at most 0.02"):
        judge_litert(observation, expectation, 1.0)
    observation["outputs"] = np.array([[0.7], [0.3], [0.6], [0.4]])
    assert judge_litert(observation, expectation, 2.0) == 2.0
