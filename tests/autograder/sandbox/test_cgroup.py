"""A sandbox cgroup carries its limits, holds its processes and is removed afterwards."""

import subprocess
import sys
import time

from autograder.sandbox.cgroup import SandboxCgroup
from autograder.sandbox.limits import MIB
from autograder.sandbox.sandbox import ENTER


def test_limits_are_written_and_the_cgroup_is_removed(needs_cgroups):
    group = SandboxCgroup.create(200 * MIB, 33)
    try:
        memory = group.memory_dir
        name = "memory.max" if group.support.kind == "v2" else "memory.limit_in_bytes"
        assert int((memory / name).read_text()) == 200 * MIB
        if group.pids_dir is not None:
            assert (group.pids_dir / "pids.max").read_text().strip() == "33"
    finally:
        group.remove()
    assert not memory.exists()


def test_a_process_joins_and_kill_empties_the_cgroup(needs_cgroups):
    group = SandboxCgroup.create(200 * MIB, 33)
    try:
        args = [sys.executable, "-I", "-S", ENTER]
        for procs in group.procs_files():
            args += ["--cgroup", procs]
        process = subprocess.Popen(args + ["--", "sleep", "600"])
        while process.pid not in group.pids() and process.poll() is None:  # until it joined
            time.sleep(0.01)
        assert process.pid in group.pids()
        group.kill()
        assert process.wait(timeout=30) == -9
        assert group.pids() == set()
    finally:
        group.remove()
