"""Split names and the seeded random generators behind each split."""

from __future__ import annotations

import numpy as np

SPLITS = ("train", "test", "hidden")

# Fixed seeds for the shipped public splits (build.py); hidden splits use the caller's seed only.
PUBLIC_SEEDS = {"train": 1, "test": 2}


def check_split(name: str, split: str, seed: int | None) -> None:
    """Raise ValueError with a one-line message when the split/seed combination is not valid."""
    if split not in SPLITS:
        raise ValueError(f"unknown split {split!r} for dataset {name!r}; use one of {', '.join(SPLITS)}")
    if split == "hidden" and (seed is None or isinstance(seed, bool) or not isinstance(seed, int)):
        raise ValueError(f"the hidden split of {name!r} needs an integer seed, e.g. load({name!r}, 'hidden', seed=123)")


def hidden_rng(seed: int, salt: int) -> np.random.Generator:
    """Return the generator for a hidden split: a function of the test's seed and the dataset."""
    return np.random.default_rng([int(seed) & 0xFFFFFFFF, salt, 0x4B43])


def build_generated(generate, counts: dict[str, int], salt: int) -> dict[str, np.ndarray]:
    """Return ``{x_<split>, y_<split>}`` for each public split, drawn by ``generate(rng, n)``.

    Split number ``i`` of ``counts`` (in order) uses ``np.random.default_rng([salt, i])``, so the
    shipped files are rebuilt byte for byte.
    """
    arrays = {}
    for index, (split_name, n) in enumerate(counts.items()):
        arrays[f"x_{split_name}"], arrays[f"y_{split_name}"] = generate(np.random.default_rng([salt, index]), n)
    return arrays


def public_split(arrays: dict[str, np.ndarray], split_name: str) -> tuple[np.ndarray, np.ndarray]:
    """Return ``(x, y)`` of a public split from a dataset's shipped arrays."""
    return arrays[f"x_{split_name}"], arrays[f"y_{split_name}"]
