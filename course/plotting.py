"""Plots for the course notebooks: training curves, a confusion matrix and sample predictions.

Every function returns a :class:`matplotlib.figure.Figure` (so a notebook shows it and a test can
inspect it) and draws with plain matplotlib: no seaborn, no global style changes. TensorFlow is not
imported here; ``History`` objects, tensors and NumPy arrays are all accepted.

Example::

    from course.plotting import plot_history
    history = model.fit(x, y, validation_split=0.2, epochs=10)
    plot_history(history)
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
from matplotlib.figure import Figure

from autograder.errors import CourseError

_VALIDATION_PREFIX = "val_"


def _history_dict(history_or_dict) -> dict[str, list[float]]:
    """Return the ``{name: [value per epoch]}`` mapping of a Keras ``History`` or a plain dict."""
    history = getattr(history_or_dict, "history", history_or_dict)
    if not isinstance(history, Mapping):
        raise CourseError(
            "plot_history expects the History returned by model.fit(...) or its .history dict, "
            f"got {type(history_or_dict).__name__}"
        )
    if not history:
        raise CourseError("plot_history: the history is empty; did model.fit(...) run any epoch?")
    return {str(k): [float(v) for v in np.ravel(np.asarray(vals, dtype=float))]
            for k, vals in history.items()}


def plot_history(history_or_dict, metrics: Sequence[str] | None = None) -> Figure:
    """Plot training (and validation, when present) curves per epoch, one panel per metric.

    Args:
        history_or_dict: the ``History`` returned by ``model.fit`` or its ``.history`` dict
            (``{"loss": [...], "val_loss": [...], "accuracy": [...], ...}``).
        metrics: names of the metrics to draw, in panel order (``"loss"``, ``"accuracy"``...);
            by default every training metric in the history, loss first. Validation curves
            (``val_<name>``) are added to the panel of ``<name>`` automatically.

    Returns:
        A Figure with one Axes per metric; each Axes has a ``"training"`` line and, when the
        history holds ``val_<name>``, a ``"validation"`` line, x label ``"epoch"``, y label the
        metric name and a legend.

    Raises:
        CourseError: the history is empty or a requested metric is not in it.
    """
    history = _history_dict(history_or_dict)
    if metrics is None:
        names = [k for k in history if not k.startswith(_VALIDATION_PREFIX)]
        if not names:
            names = [k[len(_VALIDATION_PREFIX):] for k in history]
        names.sort(key=lambda k: k != "loss")  # stable: loss first, the rest in fit's order
    else:
        names = [metrics] if isinstance(metrics, str) else list(metrics)
    missing = [m for m in names if m not in history and _VALIDATION_PREFIX + m not in history]
    if missing:
        raise CourseError(
            f"plot_history: no metric named {missing[0]!r} in the history; "
            f"it has {sorted(history)}"
        )
    fig = Figure(figsize=(4.5 * len(names), 3.5), layout="constrained")
    axes = fig.subplots(1, len(names), squeeze=False)[0]
    for ax, name in zip(axes, names):
        for key, label, style in ((name, "training", "-o"),
                                  (_VALIDATION_PREFIX + name, "validation", "--s")):
            if key in history:
                values = history[key]
                ax.plot(range(1, len(values) + 1), values, style, markersize=3, label=label)
        ax.set_title(name)
        ax.set_xlabel("epoch")
        ax.set_ylabel(name)
        ax.grid(True, alpha=0.3)
        ax.legend()
    return fig


def _as_labels(values, name: str) -> np.ndarray:
    """Return class indices from indices, one-hot rows or probability rows."""
    array = np.asarray(values)
    if array.ndim == 2 and array.shape[1] > 1:
        return array.argmax(axis=1)
    array = array.reshape(-1)
    if array.dtype.kind == "f":
        if np.all((array >= 0) & (array <= 1)) and not np.all(array == np.round(array)):
            return (array >= 0.5).astype(int)
        return np.round(array).astype(int)
    if array.dtype.kind not in "iub":
        raise CourseError(f"{name} must hold class indices, one-hot rows or probabilities, "
                          f"got dtype {array.dtype}")
    return array.astype(int)


def confusion_counts(y_true, y_pred, num_classes: int | None = None) -> np.ndarray:
    """Return the confusion matrix as counts: row = true class, column = predicted class.

    Accepts class indices, one-hot rows or probability rows (argmax) and binary probabilities
    (threshold 0.5) for both arguments.
    """
    true = _as_labels(y_true, "y_true")
    pred = _as_labels(y_pred, "y_pred")
    if true.shape != pred.shape:
        raise CourseError(f"y_true has {true.size} examples but y_pred has {pred.size}")
    if true.size and (true.min() < 0 or pred.min() < 0):
        raise CourseError("class indices must be non-negative")
    seen = int(max(true.max(initial=0), pred.max(initial=0))) + 1
    if num_classes is not None and seen > num_classes:
        raise CourseError(f"{num_classes} labels given but the data has {seen} classes")
    n = num_classes or seen
    counts = np.zeros((n, n), dtype=int)
    np.add.at(counts, (true, pred), 1)
    return counts


def plot_confusion_matrix(y_true, y_pred, labels: Sequence[str] | None = None,
                          normalize: bool = False) -> Figure:
    """Draw the confusion matrix of predictions against true classes, with counts in each cell.

    Args:
        y_true: true classes (indices, one-hot rows, or binary 0/1).
        y_pred: predictions (indices, one-hot or probability rows, or binary probabilities).
        labels: class names, one per class, used as tick labels; default ``"0"``, ``"1"``...
        normalize: show each row as fractions of its true class instead of counts.

    Returns:
        A Figure with one Axes: an image of the matrix (rows = true class, x label
        ``"predicted"``, y label ``"true"``), one text per cell and a colour bar.
    """
    num_classes = len(labels) if labels is not None else None
    counts = confusion_counts(y_true, y_pred, num_classes)
    n = counts.shape[0]
    names = [str(x) for x in labels] if labels is not None else [str(i) for i in range(n)]
    if normalize:
        totals = counts.sum(axis=1, keepdims=True)
        shown = np.divide(counts, totals, out=np.zeros(counts.shape), where=totals > 0)
    else:
        shown = counts
    fig = Figure(figsize=(1.0 + 0.6 * n, 0.6 + 0.6 * n) if n > 6 else (4.5, 4), layout="constrained")
    ax = fig.subplots()
    image = ax.imshow(shown, cmap="Blues", vmin=0)
    fig.colorbar(image, ax=ax)
    ax.set_xticks(range(n), names, rotation=45 if n > 6 else 0)
    ax.set_yticks(range(n), names)
    ax.set_xlabel("predicted")
    ax.set_ylabel("true")
    ax.set_title("confusion matrix" + (" (fraction of true class)" if normalize else ""))
    threshold = shown.max() / 2 if shown.size else 0
    for i in range(n):
        for j in range(n):
            text = f"{shown[i, j]:.2f}" if normalize else str(counts[i, j])
            ax.text(j, i, text, ha="center", va="center",
                    color="white" if shown[i, j] > threshold else "black")
    return fig


def _label_name(value, labels: Sequence[str] | None) -> str:
    """Return the display name of one class given as an index, one-hot or probability row."""
    array = np.asarray(value)
    array = array.reshape(1, -1) if array.size > 1 else array.reshape(1)
    index = int(_as_labels(array, "label")[0])
    if labels is not None and 0 <= index < len(labels):
        return str(labels[index])
    return str(index)


def show_predictions(inputs, y_true, y_pred, labels: Sequence[str] | None = None,
                     max_items: int = 12) -> Figure:
    """Show sample inputs with their true and predicted class; wrong predictions titled in red.

    Args:
        inputs: a batch of images ``(n, h, w)`` / ``(n, h, w, channels)``, or of vectors
            ``(n, features)`` (drawn as bar charts).
        y_true: true classes of the batch (indices or one-hot rows).
        y_pred: predictions for the batch (indices, one-hot or probability rows).
        labels: class names; default the class index.
        max_items: draw at most this many examples (the first ones).

    Returns:
        A Figure with one Axes per example, titled ``"true: <name>\\npred: <name>"``.
    """
    x = np.asarray(inputs)
    true = list(np.asarray(y_true))
    pred = list(np.asarray(y_pred))
    if not (len(x) == len(true) == len(pred)):
        raise CourseError(f"show_predictions: inputs, y_true and y_pred must have the same length, "
                          f"got {len(x)}, {len(true)} and {len(pred)}")
    count = min(len(x), max_items)
    if count == 0:
        raise CourseError("show_predictions: no examples to show")
    columns = min(count, 6)
    rows = -(-count // columns)
    fig = Figure(figsize=(2.0 * columns, 2.3 * rows), layout="constrained")
    axes = fig.subplots(rows, columns, squeeze=False).ravel()
    for k, ax in enumerate(axes):
        if k >= count:
            ax.set_axis_off()
            continue
        sample = x[k]
        if sample.ndim == 3 and sample.shape[-1] == 1:
            sample = sample[..., 0]
        if sample.ndim >= 2:
            ax.imshow(sample, cmap="gray" if sample.ndim == 2 else None)
            ax.set_xticks([])
            ax.set_yticks([])
        else:
            flat = np.ravel(sample)
            ax.bar(range(flat.size), flat)
        truth, guess = _label_name(true[k], labels), _label_name(pred[k], labels)
        ax.set_title(f"true: {truth}\npred: {guess}", fontsize=9,
                     color="black" if truth == guess else "red")
    return fig
