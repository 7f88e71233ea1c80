"""Which protections a sandbox really has on this machine, as a list the grader prints and records.

Nothing is silently pretended: where bubblewrap or cgroups are missing (or the sandbox is turned
off with ``KERAS_COURSE_SANDBOX=off``), the matching protections are listed as missing, with why.
``KERAS_COURSE_SANDBOX=require`` makes a missing protection an error instead.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import asdict, dataclass
from functools import lru_cache

from autograder.sandbox.limits import Limits

MODE_ENV = "KERAS_COURSE_SANDBOX"
BWRAP_ENV = "KERAS_COURSE_BWRAP"


class SandboxUnavailable(RuntimeError):
    """Raised in ``require`` mode when a protection is missing on this machine."""


@dataclass(frozen=True)
class Protection:
    """One protection: its name, whether it is active, and how (or why it is missing)."""

    name: str
    active: bool
    how: str

    def line(self) -> str:
        """``[on] name: how`` or ``[MISSING] name: why``."""
        return f"[{'on' if self.active else 'MISSING'}] {self.name}: {self.how}"


def sandbox_mode() -> str:
    """``auto`` (default: use what the machine has), ``off`` or ``require``."""
    mode = os.environ.get(MODE_ENV, "auto").strip().lower() or "auto"
    if mode not in ("auto", "off", "require"):
        raise ValueError(f"{MODE_ENV} must be auto, off or require, not {mode!r}")
    return mode


@lru_cache(maxsize=1)
def find_bwrap() -> tuple[str | None, str]:
    """Return ``(path to a working bwrap, "")`` or ``(None, why not)``; probed once per process."""
    path = os.environ.get(BWRAP_ENV) or shutil.which("bwrap")
    if not path:
        return None, "bubblewrap (bwrap) is not installed (Debian: apt-get install bubblewrap)"
    probe = [path, "--unshare-pid", "--unshare-net", "--unshare-user", "--disable-userns",
             "--die-with-parent", "--new-session", "--ro-bind", "/", "/", "--proc", "/proc",
             "--dev", "/dev", "true"]
    try:
        done = subprocess.run(probe, capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired) as error:
        return None, f"bwrap at {path} cannot run: {error}"
    if done.returncode != 0:
        detail = " ".join(done.stderr.split())[:200]
        return None, f"bwrap at {path} cannot create namespaces here: {detail}"
    return path, ""


def plan(limits: Limits, bwrap_reason: str | None, cgroup_kind: str, cgroup_reason: str,
         pids_limited: bool, fallback_nproc: bool) -> list[Protection]:
    """Build the protection list from what was found.

    Args:
        limits: the limits asked for.
        bwrap_reason: ``None`` when bwrap is used, else why it is not.
        cgroup_kind: ``"v2"``, ``"v1"`` or ``""``.
        cgroup_reason: why there is no cgroup (when ``cgroup_kind`` is empty).
        pids_limited: the cgroup caps processes.
        fallback_nproc: ``RLIMIT_NPROC`` caps processes instead (not root).
    """
    mb = limits.memory_bytes // (1024 * 1024)
    isolated = bwrap_reason is None
    why = bwrap_reason or ""
    found = [
        Protection("process tree", isolated,
                   "bwrap --unshare-pid --die-with-parent --new-session" if isolated else why),
        Protection("network", isolated, "bwrap --unshare-net: no network" if isolated else why),
        Protection("filesystem view", isolated,
                   "empty root + read-only system, Python and packages; writable work folder only"
                   if isolated else why),
        Protection("privileges", isolated,
                   "runs as nobody in a user namespace, no capabilities" if isolated else why),
    ]
    if cgroup_kind:
        found.append(Protection("memory", True, f"cgroup {cgroup_kind} memory limit {mb} MiB"))
    else:
        found.append(Protection("memory", False, cgroup_reason or "no cgroup"))
    if pids_limited:
        found.append(Protection("processes", True,
                                f"cgroup {cgroup_kind} pids.max {limits.max_processes}"))
    elif fallback_nproc:
        found.append(Protection("processes", True,
                                f"RLIMIT_NPROC {limits.max_processes} above the user's current count"))
    else:
        found.append(Protection("processes", False,
                                "no pids cgroup, and RLIMIT_NPROC does not bind root"))
    found += [
        Protection("file size", True, f"RLIMIT_FSIZE {limits.file_bytes} bytes"),
        Protection("output size", True, f"{limits.output_bytes} bytes per cell, cut while it runs"),
        Protection("cell time", True, f"{limits.cell_seconds:g} s per cell"),
        Protection("notebook time", True,
                   f"{limits.notebook_seconds:g} s per notebook, then the tree is killed"),
    ]
    return found


def disabled(limits: Limits) -> list[Protection]:
    """The protection list when the sandbox is turned off with ``KERAS_COURSE_SANDBOX=off``."""
    why = f"sandbox turned off ({MODE_ENV}=off)"
    names = ("process tree", "network", "filesystem view", "privileges", "memory", "processes",
             "file size")
    return [Protection(name, False, why) for name in names] + [
        Protection("output size", True, f"{limits.output_bytes} bytes per cell, cut while it runs"),
        Protection("cell time", True, f"{limits.cell_seconds:g} s per cell"),
        Protection("notebook time", True, f"{limits.notebook_seconds:g} s per notebook"),
    ]


def missing(protections: list[Protection]) -> list[Protection]:
    """The protections that are not active."""
    return [p for p in protections if not p.active]


def as_records(protections: list[Protection]) -> list[dict]:
    """The list as plain dicts, for JSON logs and the grade record."""
    return [asdict(p) for p in protections]


def describe(protections: list[Protection]) -> str:
    """A short text for the grader's output: everything on, or each missing protection and why."""
    gaps = missing(protections)
    if not gaps:
        return "sandbox: all protections on (" + ", ".join(p.name for p in protections) + ")"
    return "sandbox: MISSING PROTECTIONS\n" + "\n".join("  " + p.line() for p in gaps)
