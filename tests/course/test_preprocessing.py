"""course.preprocessing: the churn table as model inputs, importable by path for the trusted verdict."""

import importlib

import numpy as np

from course.datasets import load
from course.datasets.tabular import COLUMNS
from course.preprocessing import CATEGORICAL, NUMERIC, to_model_inputs


def test_every_column_becomes_one_input_of_shape_n_by_1():
    frame, _ = load("tabular", "test")
    inputs = to_model_inputs(frame)
    assert sorted(inputs) == sorted(COLUMNS) == sorted(NUMERIC + CATEGORICAL)
    for name in NUMERIC:
        assert inputs[name].dtype == np.float32 and inputs[name].shape == (len(frame), 1)
        np.testing.assert_array_equal(inputs[name][:, 0], frame[name].to_numpy("float32"))
    for name in CATEGORICAL:
        assert inputs[name].dtype.name == "string" and tuple(inputs[name].shape) == (len(frame), 1)
        assert [v.decode() for v in inputs[name].numpy()[:, 0]] == frame[name].tolist()


def test_it_is_found_by_the_import_path_check_training_records():
    module, _, name = "course.preprocessing:to_model_inputs".partition(":")
    assert getattr(importlib.import_module(module), name) is to_model_inputs
