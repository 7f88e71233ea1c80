"""Observe / judge / export: the skeleton every check is built on.

A check is split in two:

* *observe* runs student code (inside :func:`autograder.quiet.quiet`) and returns plain data: a dict
  of JSON-able values and NumPy arrays, never pickles;
* *judge* is a pure function ``judge(observation, expectation, points) -> float`` that returns the
  points earned or raises :class:`CheckFailed`. Judges are registered by check name with
  :func:`register_judge` so that :func:`rejudge` can find them.

:func:`run_check` ties them together: observe quietly, export the observation when
``KERAS_COURSE_EXPORT_DIR`` is set (``NNNN-<check>.json`` + ``NNNN-<check>.npz``), judge, and write a
record (:mod:`autograder.records`). :func:`rejudge` recomputes verdicts from an export folder in a
process that never ran student code.

An observation of ``{"failed": message}`` means observing itself found the work wrong (the student
code raised, returned the wrong type...); every judge then fails with that message. Student code
that still raises the release stub's ``raise NotImplementedError()``, wherever a check calls it
(builder, function, method, class), fails every check with one message,
:data:`autograder.checks.unanswered.UNANSWERED` (see :func:`run_check`).
"""

from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

import numpy as np

from autograder.checks.failure import GRADER_ERROR, CheckFailed, GraderError
from autograder.checks.keras_errors import described_error
from autograder.checks.unanswered import UNANSWERED, is_unanswered
from autograder.quiet import quiet
from autograder.records import Record, versions, write_record

EXPORT_ENV = "KERAS_COURSE_EXPORT_DIR"

Judge = Callable[[dict, dict, float], float]
JUDGES: dict[str, Judge] = {}


def register_judge(name: str) -> Callable[[Judge], Judge]:
    """Decorator: register ``judge(observation, expectation, points)`` under check ``name``."""

    def decorate(function: Judge) -> Judge:
        JUDGES[name] = function
        return function

    return decorate


def call_student(function: Callable, what: str, *args: Any, **kwargs: Any) -> Any:
    """Call student code; turn any exception it raises into a one-line :class:`CheckFailed`.

    ``what`` names the thing for the message, e.g. ``"build_model()"``. The stub of an unanswered
    exercise (``raise NotImplementedError()``) gives :data:`UNANSWERED` instead.
    """
    try:
        return function(*args, **kwargs)
    except CheckFailed:
        raise
    except Exception as exc:  # the student's bug, reported as what to fix
        if is_unanswered(exc):
            raise CheckFailed(UNANSWERED) from exc
        raise CheckFailed(f"{what} raised {described_error(exc)}") from exc


def build_if_callable(obj: Any, what: str, is_built_object: Callable[[Any], bool]) -> Any:
    """Return ``obj``, or ``obj()`` when it is a zero-argument builder rather than the object."""
    if is_built_object(obj):
        return obj
    if callable(obj):
        return call_student(obj, f"{getattr(obj, '__name__', what)}()")
    return obj


@dataclass
class Verdict:
    """A judged observation: points out of max_points, and the message when it failed."""

    check: str
    points: float
    max_points: float
    message: str
    source: str = ""


def judge_observation(check: str, observation: dict, expectation: dict, points: float) -> Verdict:
    """Judge one observation with the registered judge; never raises for wrong work.

    Raises:
        GraderError: the observation records a grader failure (``GRADER_ERROR``): no points.
    """
    if check not in JUDGES:
        raise KeyError(f"no judge registered for check {check!r}")
    if GRADER_ERROR in observation:
        raise GraderError(str(observation[GRADER_ERROR]))
    try:
        if "failed" in observation:
            raise CheckFailed(str(observation["failed"]))
        earned = float(JUDGES[check](observation, expectation, points))
        return Verdict(check, earned, float(points), "")
    except CheckFailed as failure:
        return Verdict(check, 0.0, float(points), failure.message)


def run_check(check: str, observe: Callable[[], dict], expectation: dict, points: float) -> float:
    """Observe quietly, export, judge and record; return the points or raise CheckFailed.

    Args:
        check: the public check name (also the judge's registry key), e.g. ``"check_compile"``.
        observe: zero-argument function that runs student code and returns the observation.
        expectation: JSON-able dict (arrays allowed) of what the judge compares against.
        points: the full points of this check.
    """
    from autograder.device import used_device_description
    from autograder.replicas import replica_layout

    start = time.perf_counter()
    captured_text = ""
    try:
        with quiet() as captured:
            try:
                observation = observe()
            except Exception as exc:  # wrong work; the stub of an unanswered exercise, however called
                if is_unanswered(exc):
                    observation = {"failed": UNANSWERED}
                elif isinstance(exc, CheckFailed):
                    observation = {"failed": exc.message}
                else:
                    raise
        captured_text = captured.text
        export_observation(check, observation, expectation, points)
        with quiet():
            verdict = judge_observation(check, observation, expectation, points)
    finally:
        seconds = time.perf_counter() - start
    tf_version, keras_version = versions()
    write_record(
        Record(
            check=check,
            points=verdict.points,
            max_points=float(points),
            message=verdict.message,
            seconds=round(seconds, 4),
            device=used_device_description(),
            layout=replica_layout(),
            tensorflow=tf_version,
            keras=keras_version,
            captured=captured_text[-4000:],
        )
    )
    if verdict.message:
        raise CheckFailed(verdict.message)
    return verdict.points


def _to_plain(value: Any, arrays: dict[str, np.ndarray]) -> Any:
    if isinstance(value, np.ndarray):
        key = f"a{len(arrays)}"
        arrays[key] = value
        return {"__npz__": key}
    if isinstance(value, dict):
        return {str(k): _to_plain(v, arrays) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_to_plain(v, arrays) for v in value]
    if isinstance(value, np.generic):
        return value.item()
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    raise TypeError(f"observation value of type {type(value).__name__} is not JSON-able")


def _from_plain(value: Any, arrays: Any) -> Any:
    if isinstance(value, dict):
        if set(value) == {"__npz__"}:
            return np.asarray(arrays[value["__npz__"]])
        return {k: _from_plain(v, arrays) for k, v in value.items()}
    if isinstance(value, list):
        return [_from_plain(v, arrays) for v in value]
    return value


def export_observation(check: str, observation: dict, expectation: dict, points: float) -> Path | None:
    """Write the observation to ``$KERAS_COURSE_EXPORT_DIR`` (JSON + .npz); None when unset."""
    folder = os.environ.get(EXPORT_ENV)
    if not folder:
        return None
    directory = Path(folder)
    directory.mkdir(parents=True, exist_ok=True)
    arrays: dict[str, np.ndarray] = {}
    payload = {
        "check": check,
        "points": float(points),
        "observation": _to_plain(observation, arrays),
        "expectation": _to_plain(expectation, arrays),
    }
    index = len(list(directory.glob("*.json")))
    while True:
        stem = directory / f"{index:04d}-{check}"
        try:
            with open(stem.with_suffix(".json"), "x", encoding="utf-8") as handle:
                json.dump(payload, handle, sort_keys=True)
            break
        except FileExistsError:
            index += 1
    with open(stem.with_suffix(".npz"), "wb") as handle:
        np.savez(handle, **arrays)
    return stem.with_suffix(".json")


def load_export(path: str | os.PathLike) -> tuple[str, dict, dict, float]:
    """Read one exported check: (check name, observation, expectation, points). No pickles."""
    path = Path(path)
    payload = json.loads(path.read_text(encoding="utf-8"))
    npz_path = path.with_suffix(".npz")
    arrays: Any = {}
    if npz_path.exists():
        arrays = dict(np.load(npz_path, allow_pickle=False))
    return (
        payload["check"],
        _from_plain(payload["observation"], arrays),
        _from_plain(payload["expectation"], arrays),
        float(payload["points"]),
    )


def rejudge(export_dir: str | os.PathLike) -> list[Verdict]:
    """Recompute the verdict of every check exported to ``export_dir``, in export order.

    Runs no student code: it only reads the JSON/.npz files and calls the registered judges.
    """
    from autograder.checks.public import import_defining_module

    verdicts = []
    for path in sorted(Path(export_dir).glob("*.json")):
        check, observation, expectation, points = load_export(path)
        import_defining_module(check)  # registers its judge (the checks load lazily)
        verdict = judge_observation(check, observation, expectation, points)
        verdict.source = path.name
        verdicts.append(verdict)
    return verdicts
