"""Sandbox tests need bubblewrap and cgroups; where missing, they skip and say exactly which."""

import pytest

from autograder.sandbox.cgroup import cgroup_support
from autograder.sandbox.protections import find_bwrap


@pytest.fixture
def needs_bwrap():
    """Skip (naming the reason) when bubblewrap cannot run here."""
    path, why = find_bwrap()
    if path is None:
        pytest.skip(f"isolation not testable on this machine: {why}")


@pytest.fixture
def needs_cgroups():
    """Skip (naming the reason) when no cgroup can limit memory and processes here."""
    support = cgroup_support()
    if not support.kind:
        pytest.skip(f"cgroup limits not testable on this machine: {support.reason}")
