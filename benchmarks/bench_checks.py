"""Print the time of each model check (median of a few runs), TensorFlow already imported.

Run: .venv/bin/python benchmarks/bench_checks.py [RUNS]
"""

from __future__ import annotations

import statistics
import sys
import time

from autograder.quiet import quiet

with quiet():
    import keras
    from keras import layers as L

from autograder.checks import Layer, check_architecture, check_compile, check_training, check_value


def _classifier():
    model = keras.Sequential([L.Input((10,)), L.Dense(64, activation="relu"), L.Dense(4, activation="softmax")])
    model.compile(optimizer=keras.optimizers.Adam(0.01), loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    return model


def _shapes():
    model = keras.Sequential([L.Input((16, 16, 1)), L.Conv2D(8, 3, activation="relu"), L.MaxPooling2D(),
                              L.Flatten(), L.Dense(4, activation="softmax")])
    model.compile(optimizer=keras.optimizers.Adam(0.01), loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    return model


CASES = {
    "check_architecture (builder, 2 layers)": lambda: check_architecture(
        _classifier, [Layer("Dense", units=64, activation="relu"), Layer("Dense", units=4, activation="softmax")],
        input_shape=(10,), params=964),
    "check_compile": lambda: check_compile(_classifier(), loss="sparse_categorical_crossentropy", optimizer="adam",
                                           learning_rate=0.01, metrics=["acc"]),
    "check_value": lambda: check_value((None, 4), (None, 4), name="output shape"),
    "check_training (shapes, 3 epochs, hidden)": lambda: check_training(
        _shapes, dataset="shapes", seed=7, thresholds={0.5: 1.0}, epochs=3),
    "check_training (fizzbuzz, 30 epochs, Dense(256))": lambda: check_training(
        lambda: _fizzbuzz(), dataset="fizzbuzz", seed=7, thresholds={0.5: 1.0}, epochs=30),
}


def _fizzbuzz():
    model = keras.Sequential([L.Input((10,)), L.Dense(256, activation="relu"), L.Dense(4, activation="softmax")])
    model.compile(optimizer=keras.optimizers.Adam(0.01), loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    return model


def main(runs: int = 3) -> None:
    """Warm up each check once, then print the median of ``runs`` timings per check."""
    print(f"{'check':52s} {'median s':>9s} {'min s':>7s}")
    for name, case in CASES.items():
        case()
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            case()
            times.append(time.perf_counter() - start)
        print(f"{name:52s} {statistics.median(times):9.3f} {min(times):7.3f}", flush=True)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 3)
