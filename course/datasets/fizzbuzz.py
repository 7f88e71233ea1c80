"""FizzBuzz as classification: 10-bit binary encodings of integers, four classes.

Classes: 0 = the number itself, 1 = "fizz" (divisible by 3), 2 = "buzz" (by 5), 3 = "fizzbuzz" (by 15).
``x`` is float32 of shape (n, 10), least significant bit first; ``y`` is int32 class ids (use
``keras.utils.to_categorical(y, 4)`` for ``categorical_crossentropy``).

Splits: train = 101..1023 (923 numbers), test = 1..100 (the classic exercise), hidden = 100 numbers
drawn with replacement from 1..100 by the hidden test's seed (FizzBuzz has no other numbers that
fit 10 bits and are not in train).

Learnability (measured on this shared 2-core CPU, seed 0): Dense(256, relu) -> Dense(4, softmax),
Adam(0.01), batch 32: test accuracy 0.99 after 30 epochs (~6-8 s); Dense(512), Adam(0.005): 0.95
after 30 epochs (~5.5 s). The majority class alone gives 0.53. FizzBuzz needs many steps: keep
epochs near 30 and pick thresholds such as 0.90 (full) / 0.75 (partial).
"""

from __future__ import annotations

import numpy as np

NAME = "fizzbuzz"
SALT = 1
BITS = 10
CLASSES = ("number", "fizz", "buzz", "fizzbuzz")
HIDDEN_SIZE = 100


def encode(numbers: np.ndarray, bits: int = BITS) -> np.ndarray:
    """Return the binary encoding (least significant bit first) of integers as float32 (n, bits)."""
    numbers = np.asarray(numbers, dtype=np.int64)
    return ((numbers[:, None] >> np.arange(bits)) & 1).astype(np.float32)


def labels(numbers: np.ndarray) -> np.ndarray:
    """Return the FizzBuzz class id (0..3) of each integer."""
    numbers = np.asarray(numbers, dtype=np.int64)
    fizz = numbers % 3 == 0
    buzz = numbers % 5 == 0
    return (fizz * 1 + buzz * 2).astype(np.int32)


def build() -> dict[str, np.ndarray]:
    """Return the arrays of the shipped file (train and test numbers)."""
    return {"train_numbers": np.arange(101, 1024), "test_numbers": np.arange(1, 101)}


def split(arrays: dict[str, np.ndarray], split_name: str) -> tuple[np.ndarray, np.ndarray]:
    """Return (x, y) of a public split from the shipped arrays."""
    numbers = arrays[f"{split_name}_numbers"]
    return encode(numbers), labels(numbers)


def hidden(rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Return (x, y) of a hidden split drawn with ``rng``."""
    numbers = rng.integers(1, 101, size=HIDDEN_SIZE)
    return encode(numbers), labels(numbers)
