"""Tests for course.plotting: the figures have the expected axes, lines, labels and texts."""

import matplotlib

matplotlib.use("Agg")

import numpy as np
import pytest
from matplotlib.figure import Figure

from autograder.errors import CourseError
from course.plotting import (
    confusion_counts,
    plot_confusion_matrix,
    plot_history,
    show_predictions,
)

HISTORY = {
    "accuracy": [0.5, 0.7, 0.8],
    "loss": [1.0, 0.6, 0.4],
    "val_accuracy": [0.45, 0.6, 0.7],
    "val_loss": [1.1, 0.8, 0.7],
}


class FakeHistory:
    """Stands in for keras.callbacks.History: only .history is read."""

    def __init__(self, history):
        self.history = history


@pytest.mark.parametrize("given", [HISTORY, FakeHistory(HISTORY)], ids=["dict", "History"])
def test_plot_history_draws_one_panel_per_metric_loss_first(given):
    fig = plot_history(given)
    assert isinstance(fig, Figure)
    titles = [ax.get_title() for ax in fig.axes]
    assert titles == ["loss", "accuracy"]
    loss_ax = fig.axes[0]
    assert [line.get_label() for line in loss_ax.get_lines()] == ["training", "validation"]
    train, val = loss_ax.get_lines()
    assert list(train.get_xdata()) == [1, 2, 3]
    assert list(train.get_ydata()) == HISTORY["loss"]
    assert list(val.get_ydata()) == HISTORY["val_loss"]
    assert loss_ax.get_xlabel() == "epoch"
    assert loss_ax.get_ylabel() == "loss"
    assert loss_ax.get_legend() is not None


def test_plot_history_without_validation_draws_training_only():
    fig = plot_history({"loss": [3.0, 2.0]})
    (ax,) = fig.axes
    assert [line.get_label() for line in ax.get_lines()] == ["training"]


def test_plot_history_selected_metrics_in_given_order():
    fig = plot_history(HISTORY, metrics=["accuracy"])
    assert [ax.get_title() for ax in fig.axes] == ["accuracy"]
    assert len(fig.axes[0].get_lines()) == 2


def test_plot_history_from_a_real_keras_fit():
    keras = pytest.importorskip("keras")
    model = keras.Sequential([keras.Input((2,)), keras.layers.Dense(1)])
    model.compile(optimizer="sgd", loss="mse", metrics=["mae"])
    x = np.random.default_rng(0).normal(size=(32, 2)).astype("float32")
    history = model.fit(x, x[:, :1], validation_split=0.25, epochs=2, verbose=0)
    fig = plot_history(history)
    assert [ax.get_title() for ax in fig.axes] == ["loss", "mae"]
    assert all(len(ax.get_lines()) == 2 for ax in fig.axes)


@pytest.mark.parametrize("bad, words", [
    ({}, "empty"),
    ([1, 2, 3], "History"),
])
def test_plot_history_rejects_what_is_not_a_history(bad, words):
    with pytest.raises(CourseError, match=words):
        plot_history(bad)


def test_plot_history_names_a_missing_metric():
    with pytest.raises(CourseError, match="'precision'"):
        plot_history(HISTORY, metrics=["precision"])


@pytest.mark.parametrize("y_pred", [
    np.array([0, 1, 1, 2, 2, 2]),
    np.eye(3)[[0, 1, 1, 2, 2, 2]] * 0.8 + 0.05,
], ids=["indices", "probabilities"])
def test_confusion_counts_rows_are_true_classes(y_pred):
    y_true = np.array([0, 0, 1, 2, 2, 1])
    counts = confusion_counts(y_true, y_pred)
    assert counts.tolist() == [[1, 1, 0], [0, 1, 1], [0, 0, 2]]


def test_confusion_counts_binary_probabilities_threshold_at_half():
    counts = confusion_counts([0, 1, 1, 0], np.array([0.2, 0.9, 0.4, 0.6]))
    assert counts.tolist() == [[1, 1], [1, 1]]


def test_plot_confusion_matrix_has_labels_and_one_text_per_cell():
    labels = ["cat", "dog", "eel"]
    fig = plot_confusion_matrix([0, 1, 2, 2], [0, 2, 2, 2], labels=labels)
    ax = fig.axes[0]
    assert ax.get_xlabel() == "predicted"
    assert ax.get_ylabel() == "true"
    assert [t.get_text() for t in ax.get_xticklabels()] == labels
    assert [t.get_text() for t in ax.get_yticklabels()] == labels
    texts = [t.get_text() for t in ax.texts]
    assert len(texts) == 9
    assert texts[8] == "2"  # row eel, column eel
    assert texts[5] == "1"  # row dog, column eel
    assert len(ax.get_images()) == 1


def test_plot_confusion_matrix_normalized_rows_sum_to_one():
    fig = plot_confusion_matrix([0, 0, 1, 1], [0, 1, 1, 1], normalize=True)
    texts = [t.get_text() for t in fig.axes[0].texts]
    assert texts == ["0.50", "0.50", "0.00", "1.00"]


def test_plot_confusion_matrix_rejects_too_few_labels():
    with pytest.raises(CourseError, match="2 labels"):
        plot_confusion_matrix([0, 1, 2], [0, 1, 2], labels=["a", "b"])


def test_show_predictions_titles_and_marks_mistakes_in_red():
    images = np.zeros((3, 8, 8, 1))
    fig = show_predictions(images, [0, 1, 2], np.eye(3)[[0, 2, 2]], labels=["a", "b", "c"])
    drawn = [ax for ax in fig.axes if ax.get_title()]
    assert [ax.get_title() for ax in drawn] == ["true: a\npred: a", "true: b\npred: c",
                                                "true: c\npred: c"]
    assert drawn[1].title.get_color() == "red"
    assert drawn[0].title.get_color() == "black"
    assert all(len(ax.get_images()) == 1 for ax in drawn)


def test_show_predictions_draws_vectors_as_bars_and_caps_the_count():
    x = np.arange(40, dtype=float).reshape(20, 2)
    fig = show_predictions(x, np.zeros(20, int), np.zeros(20, int), max_items=4)
    drawn = [ax for ax in fig.axes if ax.get_title()]
    assert len(drawn) == 4
    assert len(drawn[0].patches) == 2


def test_show_predictions_rejects_mismatched_lengths():
    with pytest.raises(CourseError, match="same length"):
        show_predictions(np.zeros((2, 3)), [0, 1], [0])
