"""A student lab served for a test exactly as ``keras-course lab`` serves it (``prepare_lab`` + ``running_lab``)."""

from __future__ import annotations

import contextlib
import secrets
import socket
from collections.abc import Callable, Iterator
from pathlib import Path

from autograder.errors import CourseError
from autograder.lab import LabFolder, RunningLab, prepare_lab, running_lab

ATTEMPTS = 3  # a free port can be taken by another process between probing and serving it


def free_port() -> int:
    """Return a TCP port on 127.0.0.1 that was free a moment ago."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextlib.contextmanager
def served_lab(release: Path, tmp: Path, *, before_start: Callable[[LabFolder], None] | None = None,
               env: dict[str, str] | None = None) -> Iterator[RunningLab]:
    """Prepare a student folder from ``release`` under ``tmp`` and serve it until the block ends.

    The folder is ``tmp/work``, the server's log ``tmp/lab.log``; the lab listens on a free port of
    127.0.0.1 with a random token (``RunningLab.address`` and ``get_json`` attach it). The server
    is stopped when the block ends, also on error.

    Args:
        release: a ``release/`` folder holding one folder per chapter.
        tmp: a test's own temporary folder.
        before_start: called with the prepared ``LabFolder`` before the server starts (to edit
            the student's notebooks, for instance).
        env: the server's base environment (default: this process's).

    Raises:
        CourseError: the server did not answer on any of ``ATTEMPTS`` free ports (the message
            has the last line of ``tmp/lab.log``).
    """
    folder = prepare_lab(release, tmp / "work")
    if before_start is not None:
        before_start(folder)
    with contextlib.ExitStack() as stack:
        for attempt in range(1, ATTEMPTS + 1):
            try:
                served = stack.enter_context(running_lab(folder, port=free_port(), token=secrets.token_hex(16),
                                                         log=tmp / "lab.log", env=env))
                break
            except CourseError:
                if attempt == ATTEMPTS:
                    raise
        yield served
