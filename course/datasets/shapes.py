"""Small grey images of four shapes, for a first Conv2D: 16x16x1, classes square/disc/cross/triangle.

``x`` is float32 in [0, 1] of shape (n, 16, 16, 1) (stored as uint8); ``y`` is int32 class ids
0 = hollow square, 1 = filled disc, 2 = cross ("+"), 3 = filled triangle. Each image has a random
position, size and brightness plus pixel noise.

Splits: train 800, test 200 (shipped), hidden = 200 fresh images drawn by the hidden test's seed.

Learnability (this CPU, seed 0): Conv2D(8, 3, relu) -> MaxPooling2D -> Flatten -> Dense(4, softmax),
Adam(0.01), batch 32: test accuracy 0.92 after 5 epochs (~3 s), 0.7-0.9 after 3 epochs (~1.2 s).
Suggested thresholds: 0.9 / 0.7.
"""

from __future__ import annotations

import numpy as np

from course.datasets.splits import build_generated, public_split

NAME = "shapes"
SALT = 3
SIZE = 16
CLASSES = ("square", "disc", "cross", "triangle")
COUNTS = {"train": 800, "test": 200}
HIDDEN_SIZE = 200


def _draw(kind: int, rng: np.random.Generator) -> np.ndarray:
    half = int(rng.integers(3, 6))
    cy, cx = rng.integers(half + 1, SIZE - half - 1, size=2)
    yy, xx = np.mgrid[0:SIZE, 0:SIZE]
    dy, dx = yy - cy, xx - cx
    if kind == 0:
        mask = (np.maximum(abs(dy), abs(dx)) <= half) & (np.maximum(abs(dy), abs(dx)) >= half - 1)
    elif kind == 1:
        mask = dy**2 + dx**2 <= half**2
    elif kind == 2:
        mask = ((abs(dy) <= 1) & (abs(dx) <= half)) | ((abs(dx) <= 1) & (abs(dy) <= half))
    else:
        mask = (dy >= -half) & (dy <= half) & (abs(dx) <= (dy + half) / 2)
    brightness = rng.uniform(0.6, 1.0)
    image = mask * brightness + rng.normal(0.0, 0.08, size=(SIZE, SIZE))
    return np.clip(image, 0.0, 1.0)


def generate(rng: np.random.Generator, n: int) -> tuple[np.ndarray, np.ndarray]:
    """Return n images as uint8 (n, 16, 16) and their int32 labels, balanced over the classes."""
    y = (np.arange(n) % len(CLASSES)).astype(np.int32)
    y = y[rng.permutation(n)]
    images = np.stack([_draw(int(k), rng) for k in y])
    return np.round(images * 255).astype(np.uint8), y


def _as_float(images: np.ndarray) -> np.ndarray:
    return (images.astype(np.float32) / 255.0)[..., None]


def build() -> dict[str, np.ndarray]:
    """Return the arrays of the shipped file (uint8 images)."""
    return build_generated(generate, COUNTS, SALT)


def split(arrays: dict[str, np.ndarray], split_name: str) -> tuple[np.ndarray, np.ndarray]:
    """Return (x, y) of a public split from the shipped arrays."""
    x, y = public_split(arrays, split_name)
    return _as_float(x), y


def hidden(rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Return (x, y) of a hidden split drawn with ``rng``."""
    x, y = generate(rng, HIDDEN_SIZE)
    return _as_float(x), y
