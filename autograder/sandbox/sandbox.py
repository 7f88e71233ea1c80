"""One submission's sandbox: bubblewrap for isolation, a cgroup for memory and processes, rlimits.

Usage::

    with Sandbox(Policy(workdir), Limits(memory_bytes=2 << 30)) as box:
        print(describe(box.protections))          # what is on, what is missing and why
        subprocess.run(box.wrap([sys.executable, "script.py"]), env=box.env())

``wrap`` turns a command into one that enters the cgroup and the limits (``enter.py``), then runs
under bwrap with the policy's view. Leaving the block kills whatever is left and removes the cgroup.
"""

from __future__ import annotations

import atexit
import os
import sys
from pathlib import Path

from autograder.sandbox.cgroup import SandboxCgroup, cgroup_support
from autograder.sandbox.limits import Limits
from autograder.sandbox.policy import Policy, bwrap_args, sandbox_env
from autograder.sandbox.protections import (Protection, SandboxUnavailable, describe, disabled,
                                            find_bwrap, missing, plan, sandbox_mode)

ENTER = str(Path(__file__).with_name("enter.py"))
OPEN: "set[Sandbox]" = set()


@atexit.register
def close_all() -> None:
    """Close every sandbox this process left open (its processes die, its cgroup goes)."""
    for box in list(OPEN):
        box.close()


def user_thread_count(uid: int | None = None) -> int:
    """Threads of every process of ``uid`` now (what ``RLIMIT_NPROC`` counts)."""
    uid = os.getuid() if uid is None else uid
    total = 0
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            status = Path("/proc", entry, "status").read_text()
        except OSError:
            continue
        fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
        if int(fields.get("Uid", "-1").split()[0]) == uid:
            total += int(fields.get("Threads", "1").strip() or 1)
    return total


class Sandbox:
    """The sandbox of one submission (a context manager).

    Args:
        policy: what it sees (work folder, extra writable and read-only paths, environment).
        limits: what it may use.
        mode: ``auto`` / ``off`` / ``require``; default from ``KERAS_COURSE_SANDBOX``.

    Attributes:
        protections: the :class:`Protection` list, after :meth:`start`.
    """

    def __init__(self, policy: Policy, limits: Limits | None = None, mode: str | None = None):
        self.policy = policy
        self.limits = limits or Limits()
        self.mode = mode or sandbox_mode()
        self.protections: list[Protection] = []
        self.cgroup: SandboxCgroup | None = None
        self.bwrap: str | None = None
        self.nproc: int | None = None

    def __enter__(self) -> "Sandbox":
        self.start()
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def start(self) -> None:
        """Find bwrap, create the cgroup and decide the protections (raises in ``require`` mode)."""
        if self.mode == "off":
            self.protections = disabled(self.limits)
            return
        OPEN.add(self)
        self.bwrap, bwrap_reason = find_bwrap()
        cgroup_reason = ""
        try:
            self.cgroup = SandboxCgroup.create(self.limits.memory_bytes, self.limits.max_processes)
        except OSError as error:
            cgroup_reason = str(error.strerror or error) if not cgroup_support().reason else cgroup_support().reason
        pids_limited = self.cgroup is not None and self.cgroup.limits_processes
        if not pids_limited and os.geteuid() != 0:
            self.nproc = user_thread_count() + self.limits.max_processes
        self.protections = plan(self.limits, None if self.bwrap else bwrap_reason,
                                self.cgroup.support.kind if self.cgroup else "", cgroup_reason,
                                pids_limited, self.nproc is not None)
        if self.policy.private_workdir:
            mib = self.limits.workdir_bytes // (1024 * 1024)
            self.protections.append(Protection(
                "work folder size", self.bwrap is not None,
                f"private tmpfs of {mib} MiB (counted in the memory limit); the real folder read-only"
                if self.bwrap else bwrap_reason))
        if self.mode == "require" and missing(self.protections):
            self.close()
            raise SandboxUnavailable(describe(self.protections))

    @property
    def isolated(self) -> bool:
        """True when the command runs under bwrap."""
        return self.bwrap is not None

    def wrap(self, argv: list[str]) -> list[str]:
        """Return the command that runs ``argv`` inside this sandbox."""
        if self.mode == "off":
            return list(argv)
        prefix = [sys.executable, "-I", "-S", ENTER]
        if self.cgroup is not None:
            for procs in self.cgroup.procs_files():
                prefix += ["--cgroup", procs]
        prefix += ["--rlimit", f"FSIZE={self.limits.file_bytes}", "--rlimit", "CORE=0"]
        if self.nproc is not None:
            prefix += ["--rlimit", f"NPROC={self.nproc}"]
        prefix.append("--")
        if self.bwrap:
            prefix += [self.bwrap] + bwrap_args(self.policy, workdir_bytes=self.limits.workdir_bytes)
        return prefix + list(argv)

    def env(self, base: dict[str, str] | None = None) -> dict[str, str]:
        """The environment to launch :meth:`wrap`'s command with.

        Under bwrap the sandbox rebuilds its own environment (``--clearenv``), so this is only the
        caller's; without bwrap it is the same clean environment bwrap would have set, with the
        working folder's HOME.
        """
        base = dict(os.environ if base is None else base)
        if self.isolated or self.mode == "off":
            base.update(self.policy.env)
            return base
        env = sandbox_env(self.policy, base)
        env["HOME"] = str(self.policy.workdir)
        return env

    def kill(self) -> None:
        """SIGKILL every process of the sandbox (through its cgroup, when it has one)."""
        if self.cgroup is not None:
            self.cgroup.kill()

    def oom_killed(self) -> bool:
        """True when the memory limit killed a process of this sandbox."""
        return self.cgroup is not None and self.cgroup.oom_killed()

    def close(self) -> None:
        """Kill what is left and remove the cgroup (idempotent)."""
        if self.cgroup is not None:
            self.cgroup.remove()
            self.cgroup = None
        OPEN.discard(self)
