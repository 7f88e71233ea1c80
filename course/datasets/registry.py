"""``load(name, split, seed=None)``: one entry point for every reference dataset."""

from __future__ import annotations

from types import ModuleType

from course.datasets import alphabet, fizzbuzz, imbalanced, mnist, regression, shapes, tabular
from course.datasets.splits import check_split, hidden_rng
from course.datasets.storage import load_verified

DATASETS: dict[str, ModuleType] = {
    module.NAME: module for module in (fizzbuzz, alphabet, shapes, tabular, imbalanced, regression)
}
NAMES = tuple(DATASETS) + ("mnist",)


def file_name(name: str) -> str:
    """Return the shipped file name of a reference dataset, e.g. ``"fizzbuzz.npz"``."""
    return f"{name}.npz"


def load(name: str, split: str, seed: int | None = None, *, path=None):
    """Return ``(x, y)`` of a reference dataset's split (``x`` is a DataFrame for ``tabular``).

    Args:
        name: one of ``fizzbuzz``, ``alphabet``, ``shapes``, ``tabular``, ``imbalanced``,
            ``regression`` (shipped, verified against MANIFEST.json) or ``mnist`` (optional).
        split: ``"train"`` or ``"test"`` (public), or ``"hidden"`` (needs ``seed``).
        seed: the integer seed of a hidden split; only hidden tests know theirs. With
            ``split="test"`` a seed is ignored.
        path: ``mnist`` only: a local ``mnist.npz`` to read instead of downloading.

    Raises:
        ValueError: unknown dataset or split, or a hidden split without a seed.

    Example:
        >>> x, y = load("fizzbuzz", "train")
        >>> x.shape, y.shape
        ((923, 10), (923,))
    """
    if name == "mnist":
        return mnist.load(split, path=path)
    if name not in DATASETS:
        raise ValueError(f"unknown dataset {name!r}; choose one of {', '.join(NAMES)}")
    check_split(name, split, seed)
    module = DATASETS[name]
    if split == "hidden":
        return module.hidden(hidden_rng(seed, module.SALT))
    return module.split(load_verified(file_name(name)), split)
