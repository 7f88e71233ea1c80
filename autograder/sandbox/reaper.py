"""Find and kill every process of a grading run, wherever its parent went.

Every process a grading run starts carries its marker (:mod:`autograder.sandbox.marker`), and
every sandbox cgroup is named after the marker of the process that created it. So one
:func:`sweep` of a marker prefix reaches every process of the run, or of one worker: those that
carry the marker and those in its cgroups, even after their parent died and they were re-parented
to init. (Without cgroups, killing the sandbox's bwrap, which carries the marker, ends the PID
namespace and so every process in it.)
"""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

from autograder.sandbox.cgroup import SandboxCgroup, cgroup_support
from autograder.sandbox.marker import MARK_ENV, leaf_marker, matches


def marked_pids(prefix: str) -> set[int]:
    """Pids of the live processes whose marker is ``prefix`` or starts with ``prefix.``."""
    needle = f"{MARK_ENV}=".encode()
    found: set[int] = set()
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            environ = Path("/proc", entry, "environ").read_bytes()
        except OSError:
            continue
        for item in environ.split(b"\0"):
            if item.startswith(needle) and matches(item[len(needle):].decode(errors="replace"), prefix):
                found.add(int(entry))
                break
    found.discard(os.getpid())
    return found


def run_cgroups(prefix: str) -> list[SandboxCgroup]:
    """The sandbox cgroups whose name carries a marker matching ``prefix``."""
    support = cgroup_support()
    if not support.kind:
        return []
    groups: dict[str, SandboxCgroup] = {}
    parents = {"memory_dir": support.memory_parent, "pids_dir": support.pids_parent}
    for attribute, parent in parents.items():
        try:
            names = [p.name for p in parent.iterdir() if p.is_dir()] if parent is not None else []
        except OSError:
            continue
        for name in names:
            if not matches(leaf_marker(name), prefix):
                continue
            group = groups.setdefault(name, SandboxCgroup(support))
            setattr(group, attribute, parent / name)
            if parent / name not in group.created:
                group.created.append(parent / name)
    return list(groups.values())


def sweep(prefix: str, rounds: int = 100) -> int:
    """SIGKILL every process of the marker ``prefix`` and remove its cgroups; return how many died.

    Repeats until a round finds nobody (a process may fork while it is being killed).
    """
    killed: set[int] = set()
    for _ in range(rounds):
        groups = run_cgroups(prefix)
        found = marked_pids(prefix)
        for group in groups:
            found |= group.pids()
        found.discard(os.getpid())
        if not found:
            break
        for pid in found:
            try:
                os.kill(pid, signal.SIGKILL)
                killed.add(pid)
            except OSError:
                pass
        for group in groups:
            group.kill()
        time.sleep(0.02)
    for group in run_cgroups(prefix):
        group.remove()
    return len(killed)
