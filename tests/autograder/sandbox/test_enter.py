"""enter.py: joins cgroups, sets rlimits, then runs the command."""

import subprocess
import sys

import pytest

from autograder.sandbox.enter import parse
from autograder.sandbox.sandbox import ENTER


def test_parse_splits_options_and_command():
    procs, limits, command = parse(["--cgroup", "/a/cgroup.procs", "--rlimit", "FSIZE=10", "--",
                                    "echo", "hi"])
    assert (procs, limits, command) == (["/a/cgroup.procs"], {"FSIZE": 10}, ["echo", "hi"])


def test_unknown_option_is_refused():
    with pytest.raises(SystemExit):
        parse(["--nope", "x", "--", "true"])


def test_rlimit_is_applied_to_the_command():
    done = subprocess.run([sys.executable, "-I", "-S", ENTER, "--rlimit", "FSIZE=4096", "--",
                           sys.executable, "-c",
                           "import resource; print(resource.getrlimit(resource.RLIMIT_FSIZE))"],
                          capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "(4096, 4096)"
