"""Tests for autograder.checks.feature_model: check_feature_model on small churn-like models."""

import numpy as np
import pandas as pd
import pytest

from autograder.checks import CheckFailed, check_feature_model
from autograder.checks.observation import EXPORT_ENV, rejudge
from autograder.quiet import quiet

with quiet():
    import keras

FRAME = pd.DataFrame({"age": np.arange(30, 90, dtype="int32"),
                      "income": np.linspace(10, 70, 60).astype("float32"),
                      "city": ["north", "south", "east"] * 20})
OTHER = FRAME.assign(age=FRAME["age"] * 2, city=["west", "south", "east"] * 20)
ASK = dict(numeric=["age", "income"], categorical=["city"], head=[("relu", 4), ("sigmoid", 1)])


def build(frame, *, adapt=True, lookup_mode="one_hot", encode=False, hidden="relu", relu_layer=False,
          one_norm=False, output="sigmoid"):
    """A churn-like model; the keywords make it wrong (or differently right) in one way each."""
    numeric = [keras.Input(shape=(1,), name=name) for name in ("age", "income")]
    city = keras.Input(shape=(1,), name="city", dtype="string")
    if one_norm:
        norm = keras.layers.Normalization()
        if adapt:
            norm.adapt(frame[["age", "income"]].to_numpy("float32"))
        parts = [norm(keras.layers.Concatenate()(numeric))]
    else:
        parts = []
        for name, tensor in zip(("age", "income"), numeric):
            norm = keras.layers.Normalization()
            if adapt:
                norm.adapt(frame[name].to_numpy("float32")[:, None])
            parts.append(norm(tensor))
    lookup = keras.layers.StringLookup(output_mode=lookup_mode)
    lookup.adapt(frame["city"].to_numpy())
    encoded = lookup(city)
    if encode:
        encoded = keras.layers.CategoryEncoding(lookup.vocabulary_size(), output_mode="one_hot")(encoded)
    elif lookup_mode == "int":
        encoded = keras.ops.cast(encoded, "float32")
    x = keras.layers.Concatenate()(parts + [encoded])
    x = keras.layers.Dense(4, activation=None if relu_layer else hidden)(x)
    if relu_layer:
        x = keras.layers.ReLU()(x)
    return keras.Model(numeric + [city], keras.layers.Dense(1, activation=output)(x))


@pytest.mark.parametrize("kwargs", [{}, {"relu_layer": True}, {"one_norm": True},
                                    {"lookup_mode": "int", "encode": True}],
                         ids=["plain", "relu-layer", "one-normalization", "lookup-then-encoding"])
def test_equivalent_models_pass(kwargs):
    assert check_feature_model(lambda: build(FRAME, **kwargs), frame=FRAME, points=2, **ASK) == 2


@pytest.mark.parametrize("model, words", [
    (lambda: build(FRAME, adapt=False), "never adapted"),
    (lambda: build(OTHER), "of train_frame"),
    (lambda: build(FRAME, lookup_mode="int"), "not one-hot encoded"),
    (lambda: build(FRAME, hidden=None), "found Dense\\(4, activation='linear'\\)"),
    (lambda: build(FRAME, output="softmax"), "expected Dense\\(1, activation='sigmoid'\\)"),
], ids=["not-adapted", "adapted-on-another-frame", "ids-not-one-hot", "linear-hidden", "softmax-output"])
def test_wrong_models_fail_with_the_cause(model, words):
    with pytest.raises(CheckFailed, match=words):
        check_feature_model(model, frame=FRAME, **ASK)


def test_missing_column_input_is_named():
    with pytest.raises(CheckFailed, match="no Input named 'income', 'city'"):
        check_feature_model(lambda: build_partial(), frame=FRAME, **ASK)


def build_partial():
    age = keras.Input(shape=(1,), name="age")
    return keras.Model(age, keras.layers.Dense(1, activation="sigmoid")(keras.layers.Dense(4, activation="relu")(age)))


def test_exports_rejudge_alike(tmp_path, monkeypatch):
    monkeypatch.setenv(EXPORT_ENV, str(tmp_path))
    check_feature_model(lambda: build(FRAME), frame=FRAME, **ASK)
    with pytest.raises(CheckFailed):
        check_feature_model(lambda: build(FRAME, adapt=False), frame=FRAME, **ASK)
    assert [v.points for v in rejudge(tmp_path)] == [1.0, 0.0]
