"""A customer-churn table: numeric and categorical columns in a pandas DataFrame, binary target.

``x`` is a DataFrame with columns ``age`` (int), ``income`` (float, k$ a year), ``tenure_months``
(int), ``support_calls`` (int), ``city`` (str: north/south/east/west) and ``plan`` (str:
basic/standard/premium); ``y`` is int32, 1 = the customer churned (about 35% of rows). Churn
rises with support calls and basic plans, falls with tenure and income, and the city matters.

Splits: train 800, test 200 (shipped), hidden = 300 fresh rows drawn by the hidden test's seed.

Learnability (this CPU): standardise the numeric columns, one-hot the two categorical ones
(``pd.get_dummies`` or ``keras.layers.StringLookup(output_mode="one_hot")``), then
Dense(16, relu) -> Dense(1, sigmoid), Adam(0.01): test accuracy ~0.80-0.85 after 20 epochs
(~2 s); always predicting "no churn" gives ~0.65. Suggested thresholds: 0.78 / 0.70.
"""

from __future__ import annotations

import numpy as np

NAME = "tabular"
SALT = 4
CITIES = ("north", "south", "east", "west")
PLANS = ("basic", "standard", "premium")
COLUMNS = ("age", "income", "tenure_months", "support_calls", "city", "plan")
NUMERIC = ["age", "income", "tenure_months", "support_calls"]
CATEGORICAL = ["city", "plan"]
COUNTS = {"train": 800, "test": 200}
HIDDEN_SIZE = 300


def generate(rng: np.random.Generator, n: int) -> dict[str, np.ndarray]:
    """Return n rows as a dict of column arrays plus ``target``."""
    age = rng.integers(18, 80, size=n)
    income = np.round(rng.lognormal(3.7, 0.4, size=n), 1)
    tenure = rng.integers(1, 120, size=n)
    calls = rng.poisson(1.5, size=n)
    city = rng.integers(0, len(CITIES), size=n)
    plan = rng.integers(0, len(PLANS), size=n)
    score = (
        0.9 * calls
        - 0.03 * tenure
        - 0.02 * (income - 40)
        + np.array([0.0, 0.6, -0.4, 0.2])[city]
        + np.array([0.9, 0.0, -0.9])[plan]
        + 0.01 * (age - 45)
        - 0.3
        + rng.logistic(0, 0.6, size=n)
    )
    return {
        "age": age.astype(np.int32),
        "income": income.astype(np.float32),
        "tenure_months": tenure.astype(np.int32),
        "support_calls": calls.astype(np.int32),
        "city": np.array(CITIES)[city],
        "plan": np.array(PLANS)[plan],
        "target": (score > 0).astype(np.int32),
    }


def _frame(columns: dict[str, np.ndarray]):
    import pandas as pd

    return pd.DataFrame({name: columns[name] for name in COLUMNS}), columns["target"]


def build() -> dict[str, np.ndarray]:
    """Return the arrays of the shipped file: ``<split>_<column>`` for every column and target."""
    arrays = {}
    for index, (split_name, n) in enumerate(COUNTS.items()):
        for column, values in generate(np.random.default_rng([SALT, index]), n).items():
            arrays[f"{split_name}_{column}"] = values
    return arrays


def split(arrays: dict[str, np.ndarray], split_name: str):
    """Return (DataFrame, y) of a public split from the shipped arrays."""
    names = list(COLUMNS) + ["target"]
    return _frame({name: arrays[f"{split_name}_{name}"] for name in names})


def hidden(rng: np.random.Generator):
    """Return (DataFrame, y) of a hidden split drawn with ``rng``."""
    return _frame(generate(rng, HIDDEN_SIZE))
