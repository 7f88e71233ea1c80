"""One cgroup per sandboxed submission: memory and process limits, OOM detection, kill, removal.

Works with the unified hierarchy (cgroup v2: ``memory.max``, ``pids.max``, ``cgroup.kill``) and,
where the machine still mounts the memory and pids controllers as cgroup v1 (hybrid hosts, many
containers), with v1 (``memory.limit_in_bytes``, ``pids.max``). :func:`cgroup_support` says which
one this machine offers, or why neither works; :class:`SandboxCgroup` is what a sandbox uses.

``KERAS_COURSE_CGROUP_ROOT`` names a cgroup v2 folder delegated to the grader (for example a
systemd scope with ``Delegate=yes``) when the grader's own cgroup cannot hold children.
"""

from __future__ import annotations

import os
import signal
import time
import uuid
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from autograder.sandbox.marker import cgroup_leaf_name

ROOT_ENV = "KERAS_COURSE_CGROUP_ROOT"
CGROUP_MOUNT = Path("/sys/fs/cgroup")


@dataclass(frozen=True)
class CgroupSupport:
    """Where sandbox cgroups can be created: ``kind`` is ``"v2"``, ``"v1"`` or ``""`` (none)."""

    kind: str
    memory_parent: Path | None = None
    pids_parent: Path | None = None
    reason: str = ""


def _own_paths() -> dict[str, str]:
    """Map controller name (``""`` for the unified hierarchy) to this process's cgroup path."""
    paths: dict[str, str] = {}
    try:
        lines = Path("/proc/self/cgroup").read_text().splitlines()
    except OSError:
        return paths
    for line in lines:
        parts = line.split(":", 2)
        if len(parts) != 3:
            continue
        for controller in parts[1].split(",") if parts[1] else [""]:
            paths[controller] = parts[2]
    return paths


def _unified_mount() -> Path | None:
    if (CGROUP_MOUNT / "cgroup.controllers").exists():
        return CGROUP_MOUNT
    if (CGROUP_MOUNT / "unified" / "cgroup.controllers").exists():
        return CGROUP_MOUNT / "unified"
    return None


def _probe(parent: Path) -> str:
    """Create and remove a child of ``parent``; return '' when that works, else why not."""
    probe = parent / f"kc-probe-{os.getpid()}-{uuid.uuid4().hex[:6]}"
    try:
        probe.mkdir()
    except OSError as error:
        return f"cannot create a cgroup under {parent}: {error.strerror or error}"
    try:
        probe.rmdir()
    except OSError:
        pass
    return ""


def _v2_support() -> CgroupSupport:
    mount = _unified_mount()
    if mount is None:
        return CgroupSupport("", reason="no cgroup v2 hierarchy mounted")
    delegated = os.environ.get(ROOT_ENV)
    parent = Path(delegated) if delegated else mount / _own_paths().get("", "/").lstrip("/")
    try:
        available = (parent / "cgroup.controllers").read_text().split()
    except OSError as error:
        return CgroupSupport("", reason=f"cgroup v2 at {parent} unreadable: {error}")
    missing = [c for c in ("memory", "pids") if c not in available]
    if missing:
        return CgroupSupport("", reason=f"cgroup v2 at {parent} lacks the {' and '.join(missing)} "
                                        "controller (bound to cgroup v1 or not delegated)")
    try:
        enabled = (parent / "cgroup.subtree_control").read_text().split()
        wanted = [c for c in ("memory", "pids") if c not in enabled]
        if wanted:
            (parent / "cgroup.subtree_control").write_text(" ".join(f"+{c}" for c in wanted))
    except OSError as error:
        return CgroupSupport("", reason=(
            f"cannot enable memory and pids for children of {parent} ({error.strerror or error}); "
            f"run the grader in a delegated cgroup and name it in {ROOT_ENV}"))
    why = _probe(parent)
    if why:
        return CgroupSupport("", reason=why)
    return CgroupSupport("v2", parent, parent)


def _v1_support() -> CgroupSupport:
    own = _own_paths()
    memory = CGROUP_MOUNT / "memory"
    pids = CGROUP_MOUNT / "pids"
    if not (memory / "memory.limit_in_bytes").exists() and not (memory / "cgroup.procs").exists():
        return CgroupSupport("", reason="no cgroup v1 memory controller mounted")
    memory_parent = memory / own.get("memory", "/").lstrip("/")
    pids_parent = pids / own.get("pids", "/").lstrip("/") if (pids / "cgroup.procs").exists() else None
    why = _probe(memory_parent)
    if why:
        return CgroupSupport("", reason=why)
    if pids_parent is not None and _probe(pids_parent):
        pids_parent = None
    return CgroupSupport("v1", memory_parent, pids_parent)


@lru_cache(maxsize=1)
def cgroup_support() -> CgroupSupport:
    """Return how this machine can limit a sandbox's memory and processes (cached per process)."""
    v2 = _v2_support()
    if v2.kind:
        return v2
    v1 = _v1_support()
    if v1.kind:
        return v1
    return CgroupSupport("", reason=f"{v2.reason}; {v1.reason}")


@dataclass
class SandboxCgroup:
    """The cgroup(s) of one sandbox: create with :meth:`create`, always :meth:`remove` after."""

    support: CgroupSupport
    memory_dir: Path | None = None
    pids_dir: Path | None = None
    created: list[Path] = field(default_factory=list)

    @classmethod
    def create(cls, memory_bytes: int, max_processes: int, name: str = "") -> "SandboxCgroup":
        """Create the cgroup with its limits; raise OSError when the machine has no usable cgroups.

        Its default name carries the grading run's marker (:mod:`autograder.sandbox.marker`), so
        :func:`autograder.sandbox.reaper.sweep` finds it even when its creator died.
        """
        support = cgroup_support()
        if not support.kind:
            raise OSError(support.reason)
        leaf = name or cgroup_leaf_name()
        group = cls(support)
        try:
            if support.kind == "v2":
                group.memory_dir = group.pids_dir = support.memory_parent / leaf
                group._mkdir(group.memory_dir)
                (group.memory_dir / "memory.max").write_text(str(memory_bytes))
                swap = group.memory_dir / "memory.swap.max"
                if swap.exists():
                    swap.write_text("0")
                (group.memory_dir / "pids.max").write_text(str(max_processes))
            else:
                group.memory_dir = support.memory_parent / leaf
                group._mkdir(group.memory_dir)
                (group.memory_dir / "memory.limit_in_bytes").write_text(str(memory_bytes))
                memsw = group.memory_dir / "memory.memsw.limit_in_bytes"
                if memsw.exists():
                    try:
                        memsw.write_text(str(memory_bytes))
                    except OSError:
                        pass
                if support.pids_parent is not None:
                    group.pids_dir = support.pids_parent / leaf
                    group._mkdir(group.pids_dir)
                    (group.pids_dir / "pids.max").write_text(str(max_processes))
        except OSError:
            group.remove()
            raise
        return group

    def _mkdir(self, path: Path) -> None:
        path.mkdir()
        self.created.append(path)

    @property
    def limits_processes(self) -> bool:
        """True when this cgroup caps the number of processes."""
        return self.pids_dir is not None

    def procs_files(self) -> list[str]:
        """The ``cgroup.procs`` files a process writes its pid to, to join this sandbox."""
        dirs = [d for d in dict.fromkeys([self.memory_dir, self.pids_dir]) if d is not None]
        return [str(d / "cgroup.procs") for d in dirs]

    def pids(self) -> set[int]:
        """Every process still in the sandbox's cgroup(s)."""
        found: set[int] = set()
        for procs in self.procs_files():
            try:
                found.update(int(p) for p in Path(procs).read_text().split())
            except (OSError, ValueError):
                continue
        return found

    def oom_killed(self) -> bool:
        """True when the kernel's OOM killer killed a process of this sandbox."""
        if self.memory_dir is None:
            return False
        name = "memory.events" if self.support.kind == "v2" else "memory.oom_control"
        try:
            for line in (self.memory_dir / name).read_text().splitlines():
                key, _, value = line.partition(" ")
                if key == "oom_kill" and int(value) > 0:
                    return True
        except (OSError, ValueError):
            pass
        return False

    def peak_memory(self) -> int | None:
        """The most memory the sandbox used, in bytes, where the kernel reports it."""
        if self.memory_dir is None:
            return None
        for name in ("memory.peak", "memory.max_usage_in_bytes"):
            try:
                return int((self.memory_dir / name).read_text().split()[0])
            except (OSError, ValueError, IndexError):
                continue
        return None

    def kill(self, attempts: int = 50) -> None:
        """SIGKILL every process of the sandbox, repeating until none is left (fork bombs race)."""
        kill_file = self.memory_dir / "cgroup.kill" if self.memory_dir is not None else None
        for _ in range(attempts):
            remaining = self.pids()
            if not remaining:
                return
            if kill_file is not None and self.support.kind == "v2" and kill_file.exists():
                try:
                    kill_file.write_text("1")
                except OSError:
                    pass
            for pid in remaining:
                try:
                    os.kill(pid, signal.SIGKILL)
                except OSError:
                    pass
            time.sleep(0.02)

    def remove(self) -> None:
        """Kill what is left and delete the cgroup folders (idempotent)."""
        self.kill()
        for path in reversed(self.created):
            for _ in range(100):
                try:
                    path.rmdir()
                    break
                except FileNotFoundError:
                    break
                except OSError:
                    time.sleep(0.02)
        self.created.clear()
