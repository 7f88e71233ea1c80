"""Find the registered judges of every check family and apply one safely.

Judges are pure functions registered by the check modules (``autograder.checks.*``) with
``register_judge``; importing those modules registers them. Only the grader's own modules are
imported here, never anything from a submission.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import lru_cache

import numpy as np


@lru_cache(maxsize=1)
def load_judges() -> dict:
    """Import every ``autograder.checks`` module and return the judge registry (name -> judge)."""
    import autograder.checks as checks
    from autograder.checks.observation import JUDGES
    from autograder.quiet import quiet

    with quiet():
        for module in pkgutil.iter_modules(checks.__path__):
            importlib.import_module(f"autograder.checks.{module.name}")
    return JUDGES


def judge_registry(check: str) -> dict:
    """The judge registry once ``check``'s judge is registered: only its own module is imported.

    A public check's module is named by :func:`autograder.checks.public.defining_module` (judging
    ``check_value`` or ``check_function`` never imports TensorFlow); any other name imports every
    check module (:func:`load_judges`), so an unknown check is reported as unknown, not missed.
    """
    from autograder.checks.observation import JUDGES
    from autograder.checks.public import import_defining_module

    if not import_defining_module(check):
        return load_judges()
    return JUDGES if check in JUDGES else load_judges()


def judge_one(check: str, observation: dict, expectation: dict, points: float) -> tuple[float, str]:
    """Judge one observation against a trusted expectation: ``(points earned, message)``.

    A wrong answer, an unknown check or a malformed observation earns 0 with its reason; this
    function never raises for what a submission exported.
    """
    from autograder.checks.failure import CheckFailed

    judges = judge_registry(check)
    if check not in judges:
        return 0.0, f"no judge for the check {check!r}"
    if "failed" in observation:
        return 0.0, str(observation["failed"])[:2000]
    try:
        with np.errstate(all="ignore"):
            earned = float(judges[check](observation, expectation, points))
    except CheckFailed as failure:
        return 0.0, failure.message
    except Exception as error:  # a malformed observation: wrong keys, types or shapes
        return 0.0, f"malformed export for {check}: {type(error).__name__}: {str(error)[:200]}"
    if not np.isfinite(earned):
        return 0.0, f"{check} judged a non-finite number of points"
    return max(0.0, min(earned, float(points))), ""
