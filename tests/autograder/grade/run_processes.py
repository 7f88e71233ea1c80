"""Find the processes of one ``keras-course grade`` run by its run id, read from /proc (for tests).

A run started with ``KERAS_COURSE_RUN_ID=<run>`` marks its processes with ``KERAS_COURSE_RUN=<run>.<who>``
and names its sandbox cgroups ``kc-<run>.<who>-<hex>``. This reads /proc on its own, without the
grader's code, so a test of the grader's clean-up does not trust the clean-up's own search.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Callable


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError:
        return b""


def _alive(pid: str) -> bool:
    for line in _read(Path("/proc", pid, "status")).splitlines():
        if line.startswith(b"State:"):
            return b"Z" not in line.split()[1] and b"X" not in line.split()[1]
    return False


def run_processes(run: str, who: str = "") -> dict[int, str]:
    """``{pid: command line}`` of the live processes of ``run`` (only of ``<run>.<who>`` if given)."""
    marker = f"{run}.{who}" if who else run
    in_env = (f"KERAS_COURSE_RUN={marker}\0" if who else f"KERAS_COURSE_RUN={run}.").encode()
    in_cgroup = (f"kc-{marker}-" if who else f"kc-{run}.").encode()
    found = {}
    for pid in os.listdir("/proc"):
        if not pid.isdigit() or int(pid) == os.getpid():
            continue
        base = Path("/proc", pid)
        if in_env in _read(base / "environ") + b"\0" or in_cgroup in _read(base / "cgroup"):
            if _alive(pid):
                found[int(pid)] = _read(base / "cmdline").replace(b"\0", b" ").decode(errors="replace")
    return found


def wait_for(condition: Callable[[], object], what: str, deadline: float = 600.0) -> object:
    """Poll ``condition`` until it returns something true; fail (never pass) after ``deadline`` s.

    The deadline only stops a test that would hang; no result depends on how fast it is met.
    """
    give_up = time.monotonic() + deadline
    while True:
        value = condition()
        if value:
            return value
        assert time.monotonic() < give_up, f"never happened: {what}"
        time.sleep(0.05)
