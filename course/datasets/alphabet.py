"""Next letter of the alphabet from a window of letters (as in the "learn the alphabet" LSTM).

``x`` is int32 letter indices (0 = "A" ... 25 = "Z") of shape (n, 3); ``y`` is the int32 index of the
next letter. Windows step through the alphabet by 1 ("ABC" -> "D") or by 2 ("ACE" -> "G") and
wrap around ("XYZ" -> "A"), so there are 52 distinct windows: the task is to learn all of them.
Feed ``x`` to an ``Embedding(26, ...)`` + ``LSTM``/``Flatten``, or ``x[..., None] / 25`` to an LSTM.

Splits: train = the 52 windows 4 times each, shuffled (208); test = each window once (52);
hidden = 100 windows drawn with replacement by the hidden test's seed.

Learnability (this CPU, seed 0): Embedding(26, 8) -> Flatten -> Dense(64, relu) -> Dense(26, softmax),
Adam(0.01), batch 16: test accuracy 1.00 after 60 epochs (~3-9 s on a busy CPU; 20-30 epochs
already give > 0.9). Suggested thresholds: 0.9 (full), 0.6 (partial).
"""

from __future__ import annotations

import numpy as np

from course.datasets.splits import public_split

NAME = "alphabet"
SALT = 2
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
WINDOW = 3
STRIDES = (1, 2)
HIDDEN_SIZE = 100


def windows() -> tuple[np.ndarray, np.ndarray]:
    """Return every distinct (window, next letter) pair as int32 arrays (52, 3) and (52,)."""
    starts = np.arange(len(LETTERS))
    xs, ys = [], []
    for stride in STRIDES:
        steps = np.arange(WINDOW + 1) * stride
        seq = (starts[:, None] + steps[None, :]) % len(LETTERS)
        xs.append(seq[:, :WINDOW])
        ys.append(seq[:, WINDOW])
    return np.concatenate(xs).astype(np.int32), np.concatenate(ys).astype(np.int32)


def decode(indices: np.ndarray) -> str:
    """Return the letters of a sequence of indices, e.g. ``decode([0, 1, 2]) == "ABC"``."""
    return "".join(LETTERS[int(i)] for i in np.ravel(indices))


def build() -> dict[str, np.ndarray]:
    """Return the arrays of the shipped file."""
    x, y = windows()
    rng = np.random.default_rng(SALT)
    order = rng.permutation(np.tile(np.arange(len(x)), 4))
    return {"x_train": x[order], "y_train": y[order], "x_test": x, "y_test": y}


def split(arrays: dict[str, np.ndarray], split_name: str) -> tuple[np.ndarray, np.ndarray]:
    """Return (x, y) of a public split from the shipped arrays."""
    return public_split(arrays, split_name)


def hidden(rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Return (x, y) of a hidden split drawn with ``rng``."""
    x, y = windows()
    pick = rng.integers(0, len(x), size=HIDDEN_SIZE)
    return x[pick], y[pick]
