"""Run one command in a sandbox to the end: output capped while it runs, wall time, tree kill."""

from __future__ import annotations

import os
import signal
import subprocess
import threading
import time
from dataclasses import dataclass, field

from autograder.sandbox.limits import Limits
from autograder.sandbox.policy import Policy
from autograder.sandbox.protections import Protection
from autograder.sandbox.sandbox import Sandbox

CHUNK = 65536


@dataclass
class SandboxResult:
    """How a sandboxed command ended.

    ``returncode`` is negative for a signal (``-9``: killed); ``timed_out`` when the wall-time
    limit killed it; ``oom_killed`` when the memory limit did; ``stdout``/``stderr`` hold at most
    ``Limits.output_bytes`` each and ``dropped`` counts the bytes cut beyond that.
    """

    returncode: int
    stdout: str
    stderr: str
    timed_out: bool = False
    oom_killed: bool = False
    dropped: int = 0
    seconds: float = 0.0
    peak_memory: int | None = None
    protections: list[Protection] = field(default_factory=list)


class CappedReader(threading.Thread):
    """Read a pipe to its end, keeping the first ``cap`` bytes and counting the rest."""

    def __init__(self, pipe, cap: int):
        super().__init__(daemon=True)
        self.pipe, self.cap = pipe, cap
        self.kept = bytearray()
        self.dropped = 0

    def run(self) -> None:
        """Drain the pipe."""
        while True:
            chunk = self.pipe.read1(CHUNK) if hasattr(self.pipe, "read1") else self.pipe.read(CHUNK)
            if not chunk:
                break
            room = self.cap - len(self.kept)
            if room > 0:
                self.kept += chunk[:room]
            self.dropped += max(0, len(chunk) - max(room, 0))

    def text(self) -> str:
        """What was kept, decoded, with a note when something was cut."""
        text = self.kept.decode("utf-8", "replace")
        if self.dropped:
            text += f"\n[output cut: {self.dropped} more bytes dropped]\n"
        return text


def run_sandboxed(argv: list[str], policy: Policy, limits: Limits | None = None, *,
                  mode: str | None = None, stdin: bytes | None = None) -> SandboxResult:
    """Run ``argv`` in a fresh sandbox until it ends or ``limits.notebook_seconds`` pass.

    Args:
        argv: the command; it starts in ``policy.workdir``.
        policy: what it sees.
        limits: what it may use (defaults: :class:`Limits`).
        mode: ``auto``/``off``/``require`` (default from ``KERAS_COURSE_SANDBOX``).
        stdin: bytes fed to its standard input (none: ``/dev/null``).

    Returns:
        A :class:`SandboxResult`; the whole process tree is gone when it returns.
    """
    limits = limits or Limits()
    started = time.monotonic()
    with Sandbox(policy, limits, mode) as box:
        process = subprocess.Popen(box.wrap(argv), cwd=str(policy.workdir), env=box.env(),
                                   stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                   start_new_session=True)
        readers = [CappedReader(process.stdout, limits.output_bytes),
                   CappedReader(process.stderr, limits.output_bytes)]
        for reader in readers:
            reader.start()
        if stdin is not None:
            try:
                process.stdin.write(stdin)
                process.stdin.close()
            except OSError:
                pass
        timed_out = False
        try:
            process.wait(timeout=limits.notebook_seconds)
        except subprocess.TimeoutExpired:
            timed_out = True
        _kill_tree(process, box)
        for reader in readers:
            reader.join(timeout=10)
        result = SandboxResult(
            returncode=process.returncode, stdout=readers[0].text(), stderr=readers[1].text(),
            timed_out=timed_out, oom_killed=box.oom_killed(),
            dropped=readers[0].dropped + readers[1].dropped,
            seconds=round(time.monotonic() - started, 3),
            peak_memory=box.cgroup.peak_memory() if box.cgroup else None,
            protections=list(box.protections))
    return result


def _kill_tree(process: subprocess.Popen, box: Sandbox) -> None:
    """Kill the command's process group, its bwrap (whose PID namespace then dies) and its cgroup."""
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except OSError:
        pass
    try:
        process.kill()
    except OSError:
        pass
    process.wait()
    box.kill()
