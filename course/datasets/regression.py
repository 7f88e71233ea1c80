"""A small non-linear regression set: four features, one float target.

``x`` is float32 (n, 4) uniform in [-1, 1]; ``y`` is float32 (n,):
``sin(pi * x0) + x1**2 - 0.5 * x2 + noise(0.1)``; ``x3`` is irrelevant. The variance of ``y`` is
about 0.7, so predicting the mean gives an MSE of ~0.7.

Splits: train 1000, test 250 (shipped), hidden = 500 fresh rows drawn by the hidden test's seed.

Learnability (this CPU): Dense(32, relu) -> Dense(32, relu) -> Dense(1) (linear), Adam(0.01),
loss "mse", batch 32: test MSE ~0.03-0.05 after 30 epochs (~3 s); a linear model stays near 0.45.
Suggested metric "mse" (lower is better) with thresholds such as 0.1 / 0.3.
"""

from __future__ import annotations

import numpy as np

from course.datasets.splits import build_generated, public_split

NAME = "regression"
SALT = 6
FEATURES = 4
COUNTS = {"train": 1000, "test": 250}
HIDDEN_SIZE = 500


def generate(rng: np.random.Generator, n: int) -> tuple[np.ndarray, np.ndarray]:
    """Return n rows: x float32 (n, 4) and y float32 (n,)."""
    x = rng.uniform(-1.0, 1.0, size=(n, FEATURES))
    y = np.sin(np.pi * x[:, 0]) + x[:, 1] ** 2 - 0.5 * x[:, 2] + rng.normal(0, 0.1, size=n)
    return x.astype(np.float32), y.astype(np.float32)


def build() -> dict[str, np.ndarray]:
    """Return the arrays of the shipped file."""
    return build_generated(generate, COUNTS, SALT)


def split(arrays: dict[str, np.ndarray], split_name: str) -> tuple[np.ndarray, np.ndarray]:
    """Return (x, y) of a public split from the shipped arrays."""
    return public_split(arrays, split_name)


def hidden(rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Return (x, y) of a hidden split drawn with ``rng``."""
    return generate(rng, HIDDEN_SIZE)
