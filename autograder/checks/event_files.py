"""check_event_files: the TensorBoard event files a training function writes.

The check calls the student's function with a fresh, empty log folder (and the arguments the test
gives, such as a compiled model and data), then reads back every event file under that folder
with TensorBoard's own reader (``tensorboard.backend.event_processing.event_accumulator``): for
each run (the sub-folder holding event files, relative to the log folder, e.g. ``train`` and
``validation``) the scalar tags and the steps they were written at. The judge compares them with
the runs, tags and steps the test names (what TensorBoard will plot); the values are not compared
(they depend on the data, which the test chooses, not on logging).
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any, Callable, Sequence

import numpy as np

from autograder.checks.failure import CheckFailed
from autograder.checks.observation import call_student, register_judge, run_check
from autograder.determinism import seed_everything

EVENT_SEED = 60604


def scalar_runs(log_dir: str | Path) -> dict[str, dict[str, list[int]]]:
    """Every run under ``log_dir`` with its scalar tags: ``{run: {tag: [step, ...]}}``.

    A run is a folder that holds ``events.out.tfevents.*`` files, named relative to ``log_dir``
    (``"."`` for the folder itself). Scalars written by Keras 3 and ``tf.summary.scalar`` are
    stored as tensors; legacy scalar summaries are read too.
    """
    from tensorboard.backend.event_processing.event_accumulator import EventAccumulator

    root = Path(log_dir)
    runs: dict[str, dict[str, list[int]]] = {}
    folders = sorted({path.parent for path in root.rglob("events.out.tfevents.*") if path.is_file()})
    for folder in folders:
        accumulator = EventAccumulator(str(folder), size_guidance={"tensors": 0, "scalars": 0})
        accumulator.Reload()
        tags = accumulator.Tags()
        scalars: dict[str, list[int]] = {}
        for tag in tags.get("tensors", []):
            events = accumulator.Tensors(tag)
            if all(np.asarray(_tensor_value(e)).size == 1 for e in events):
                scalars[tag] = [int(e.step) for e in events]
        for tag in tags.get("scalars", []):
            scalars[tag] = [int(e.step) for e in accumulator.Scalars(tag)]
        runs[folder.relative_to(root).as_posix()] = scalars
    return runs


def _tensor_value(event: Any) -> Any:
    from tensorboard.util import tensor_util

    return tensor_util.make_ndarray(event.tensor_proto)


@register_judge("check_event_files")
def judge_event_files(observation: dict, expectation: dict, points: float) -> float:
    """Full points when every expected run holds the expected tags at the expected steps."""
    found = observation["runs"]
    if not found:
        raise CheckFailed("no event file was written under the log folder given (pass log_dir=<that "
                          "folder> to keras.callbacks.TensorBoard, and the callback to fit)")
    for run, tags in expectation["runs"].items():
        if run not in found:
            raise CheckFailed(f"expected a run {run!r} under the log folder, found runs {sorted(found)}"
                              + (" (validation curves need validation data in fit)" if "validation" in run else ""))
        for tag in expectation["tags"]:
            if tag not in tags:
                continue
            if tag not in found[run]:
                raise CheckFailed(f"run {run!r}: expected the scalar {tag!r}, found {sorted(found[run])}")
            if found[run][tag] != tags[tag]:
                raise CheckFailed(f"run {run!r}: {tag!r} should be written at steps {tags[tag]}, found "
                                  f"steps {found[run][tag]}")
    for run, tags in found.items():
        extra = [t for t in expectation.get("forbidden", []) if t in tags]
        if extra:
            raise CheckFailed(f"run {run!r}: found {extra}, which this exercise does not want "
                              f"(per-batch logging; log once per epoch)")
    return float(points)


def _record(function: Callable, args: Sequence[Any], what: str) -> dict:
    with tempfile.TemporaryDirectory(prefix="kc-events-", ignore_cleanup_errors=True) as scratch:
        folder = Path(scratch)
        built = [a() if callable(a) else a for a in args]
        seed_everything(EVENT_SEED)
        call_student(function, what, *built, str(folder / "logs"))
        return {"runs": scalar_runs(folder / "logs")}


def check_event_files(function: Callable, *, runs: dict[str, Sequence[str]], steps: Sequence[int],
                      args: Sequence[Any] = (), forbidden: Sequence[str] = (), points: float = 1.0) -> float:
    """Call ``function(*args, log_dir)`` and judge the TensorBoard event files it writes.

    Args:
        function: the student's function; its last argument is the log folder (a path string,
            which does not exist yet).
        runs: the runs expected under the log folder and the scalar tags each must hold, e.g.
            ``{"train": ["epoch_loss"], "validation": ["epoch_loss"]}``.
        steps: the steps every expected tag must be written at (``[0, 1, 2]`` for 3 epochs).
        args: the other arguments; a callable among them is called first (a fresh model).
        forbidden: tags that must appear in no run (e.g. ``"batch_loss"``).
        points: full points.

    Raises:
        CheckFailed: a run or a tag missing, other steps, a forbidden tag, or the function raised.
    """
    label = getattr(function, "__name__", "your function")
    wanted_steps = [int(step) for step in steps]
    expectation = {"runs": {run: {tag: wanted_steps for tag in tags} for run, tags in runs.items()},
                   "tags": list(dict.fromkeys(tag for tags in runs.values() for tag in tags)),
                   "forbidden": list(forbidden)}

    def observe() -> dict:
        return _record(function, args, f"{label}(...)")

    return run_check("check_event_files", observe, expectation, points)
