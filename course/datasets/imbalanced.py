"""An imbalanced binary set (about 7% positives) for precision, recall and F1.

``x`` is float32 of shape (n, 8); ``y`` is int32, 1 = positive. Positives sit where a linear score
plus an interaction term is high, so a small network separates them well while "always negative"
gets ~93% accuracy and zero recall: the point of the chapter on metrics.

Splits: train 2000, test 500 (shipped), hidden = 1000 fresh rows drawn by the hidden test's seed.

Learnability (this CPU): Dense(16, relu) -> Dense(1, sigmoid), Adam(0.01), batch 32, 20 epochs
(~2 s): test accuracy ~0.97, F1 ~0.75-0.8, recall ~0.7. Suggested F1 thresholds: 0.6 / 0.4;
accuracy is a poor criterion here (the majority class alone reaches ~0.93).
"""

from __future__ import annotations

import numpy as np

from course.datasets.splits import build_generated, public_split

NAME = "imbalanced"
SALT = 5
FEATURES = 8
COUNTS = {"train": 2000, "test": 500}
HIDDEN_SIZE = 1000
_WEIGHTS = np.array([1.0, -0.8, 0.6, 0.5, 0.0, 0.0, -0.4, 0.3])


def generate(rng: np.random.Generator, n: int) -> tuple[np.ndarray, np.ndarray]:
    """Return n rows: x float32 (n, 8) and y int32 (n,)."""
    x = rng.normal(size=(n, FEATURES))
    score = x @ _WEIGHTS + 0.6 * x[:, 0] * x[:, 1] + rng.normal(0, 0.3, size=n)
    return x.astype(np.float32), (score > 2.3).astype(np.int32)


def build() -> dict[str, np.ndarray]:
    """Return the arrays of the shipped file."""
    return build_generated(generate, COUNTS, SALT)


def split(arrays: dict[str, np.ndarray], split_name: str) -> tuple[np.ndarray, np.ndarray]:
    """Return (x, y) of a public split from the shipped arrays."""
    return public_split(arrays, split_name)


def hidden(rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Return (x, y) of a hidden split drawn with ``rng``."""
    return generate(rng, HIDDEN_SIZE)
