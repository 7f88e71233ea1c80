"""The life of one grading command: its marker, its janitor, and Ctrl-C.

:func:`grading_run` wraps ``grade_chapter``. For the duration of the call:

* **marker**: ``KERAS_COURSE_RUN=<run id>.main`` is set in this process's environment, so every
  process the run starts (reference and canary kernels, workers, their sandboxes) carries it, and
  every sandbox cgroup is named after it (:mod:`autograder.sandbox.marker`). Workers get
  ``<run id>.w<slot>n<serial>`` (:func:`worker_marker`).
* **janitor**: a separate process (:mod:`autograder.grade.janitor`) tied to this one by a pipe.
  When the call ends, or this process dies in any way (SIGKILL included), it kills every process
  of the run and removes its cgroups. A normal end waits for it, so when ``grade_chapter``
  returns, nothing of the run is left.
* **Ctrl-C**: one SIGINT handler for the whole call. It records the interrupt in a flag that no
  library can swallow, and raises ``KeyboardInterrupt`` unless a gradebook write is in progress
  (:func:`deferred_interrupt`); the flag is checked again between stages
  (:func:`raise_if_interrupted`), so an interrupt that a library caught still stops the run.
"""

from __future__ import annotations

import functools
import os
import signal
import subprocess
import sys
import threading
import uuid
from contextlib import contextmanager
from itertools import count
from typing import Callable, Iterator

from autograder.sandbox.marker import MARK_ENV

RUN_ID_ENV = "KERAS_COURSE_RUN_ID"  # set by a caller to name the run (tests find its processes by it)
_STOP = threading.Event()
_STATE = {"deferring": 0, "run": ""}
_SERIAL = count(1)


def _on_sigint(signum, frame) -> None:
    _STOP.set()
    if not _STATE["deferring"]:
        raise KeyboardInterrupt


def interrupt_requested() -> bool:
    """True once Ctrl-C reached the running grading command."""
    return _STOP.is_set()


def raise_if_interrupted() -> None:
    """Raise ``KeyboardInterrupt`` when Ctrl-C reached the grading command (even if it was caught)."""
    if _STOP.is_set() and threading.current_thread() is threading.main_thread():
        raise KeyboardInterrupt


@contextmanager
def deferred_interrupt() -> Iterator[None]:
    """Hold Ctrl-C until the block ends, so a gradebook write is never cut in half."""
    _STATE["deferring"] += 1
    try:
        yield
    finally:
        _STATE["deferring"] -= 1
    if not _STATE["deferring"]:
        raise_if_interrupted()


def worker_marker() -> dict[str, str]:
    """The environment entry naming a new worker process of the current run (empty outside one)."""
    if not _STATE["run"]:
        return {}
    return {MARK_ENV: f"{_STATE['run']}.w{next(_SERIAL)}"}


def _start_janitor(run: str) -> subprocess.Popen:
    from autograder.sandbox.packages import package_environment, pinned_module

    env = dict({k: v for k, v in os.environ.items() if k != MARK_ENV}, **package_environment())
    return subprocess.Popen(pinned_module(sys.executable, "autograder.grade.janitor", run), env=env,
                            stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, start_new_session=True)


@contextmanager
def run_scope() -> Iterator[str]:
    """Mark this process as a grading run, start its janitor and own Ctrl-C; yield the run id."""
    run = "".join(c for c in os.environ.get(RUN_ID_ENV, "") if c.isalnum())[:40] or uuid.uuid4().hex[:12]
    previous_mark = os.environ.get(MARK_ENV)
    main = threading.current_thread() is threading.main_thread()
    _STOP.clear()
    _STATE.update(run=run, deferring=1)  # a Ctrl-C while the scope opens or closes is only recorded
    previous_handler = signal.signal(signal.SIGINT, _on_sigint) if main else None
    os.environ[MARK_ENV] = f"{run}.main"
    janitor = _start_janitor(run)
    _STATE["deferring"] = 0
    try:
        yield run
    finally:
        _STATE.update(run="", deferring=1)
        if previous_mark is None:
            os.environ.pop(MARK_ENV, None)
        else:
            os.environ[MARK_ENV] = previous_mark
        janitor.stdin.close()
        janitor.wait()
        if main:
            signal.signal(signal.SIGINT, previous_handler)
        _STATE["deferring"] = 0


def grading_run(on_interrupt: Callable[..., object]):
    """Decorate a grading function: run it inside :func:`run_scope`.

    ``on_interrupt(*args, **kwargs)`` builds the result returned when Ctrl-C stopped the call before
    it could return one; a result returned after Ctrl-C gets ``interrupted = True``.
    """
    def decorate(function):
        @functools.wraps(function)
        def wrapper(*args, **kwargs):
            with run_scope():
                try:
                    result = function(*args, **kwargs)
                except KeyboardInterrupt:
                    return on_interrupt(*args, **kwargs)
                if interrupt_requested():
                    result.interrupted = True
                return result
        return wrapper
    return decorate
