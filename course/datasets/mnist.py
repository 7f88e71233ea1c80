"""Optional MNIST through Keras's real loader (``keras.datasets.mnist.load_data``), or a local file.

Not shipped: the real loader downloads ``mnist.npz`` once (needs the network) into
``~/.keras/datasets``. Give ``path`` to read a local file in the same format (``x_train``,
``y_train``, ``x_test``, ``y_test`` arrays, as Keras's own loader reads it), e.g. on an offline
grading machine. ``x`` is float32 in [0, 1] of shape (n, 28, 28); ``y`` is the uint8 digit.
No hidden split: use a reference dataset for graded work.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

NAME = "mnist"


def load(split: str, path: str | Path | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Return (x, y) of MNIST's ``"train"`` or ``"test"`` split.

    Raises:
        ValueError: another split was asked for.
        FileNotFoundError: ``path`` does not exist.
    """
    if split not in ("train", "test"):
        raise ValueError(f"mnist has only the 'train' and 'test' splits, not {split!r}")
    if path is not None:
        path = Path(path)
        if not path.exists():
            raise FileNotFoundError(f"no MNIST file at {path}; give the path of an mnist.npz")
        with np.load(path, allow_pickle=False) as npz:
            x, y = npz[f"x_{split}"], npz[f"y_{split}"]
    else:
        from autograder.quiet import quiet

        with quiet():
            import keras

            (x_train, y_train), (x_test, y_test) = keras.datasets.mnist.load_data()
        x, y = (x_train, y_train) if split == "train" else (x_test, y_test)
    return x.astype(np.float32) / 255.0, y
