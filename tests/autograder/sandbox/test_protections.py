"""The protection list says exactly what is missing, and require mode refuses to run without it."""

import pytest

from autograder.sandbox import protections
from autograder.sandbox.limits import Limits
from autograder.sandbox.policy import Policy
from autograder.sandbox.protections import describe, missing, plan
from autograder.sandbox.sandbox import Sandbox


def test_everything_found_means_nothing_missing():
    found = plan(Limits(), None, "v2", "", True, False)
    assert missing(found) == []
    assert describe(found).startswith("sandbox: all protections on")


def test_no_bwrap_lists_the_isolation_protections_as_missing_with_the_reason():
    found = plan(Limits(), "bubblewrap (bwrap) is not installed", "v1", "", True, False)
    gaps = {p.name: p.how for p in missing(found)}
    assert set(gaps) == {"process tree", "network", "filesystem view", "privileges"}
    assert all("not installed" in why for why in gaps.values())
    assert "[MISSING] network: bubblewrap (bwrap) is not installed" in describe(found)


def test_no_cgroup_as_root_leaves_memory_and_processes_missing():
    found = plan(Limits(), None, "", "no cgroup v2 hierarchy mounted", False, False)
    assert {p.name for p in missing(found)} == {"memory", "processes"}


def test_no_cgroup_as_a_user_falls_back_to_rlimit_nproc():
    found = plan(Limits(max_processes=64), None, "", "no cgroup", False, True)
    processes = next(p for p in found if p.name == "processes")
    assert processes.active and "RLIMIT_NPROC 64" in processes.how


def test_a_missing_bwrap_is_reported(monkeypatch):
    monkeypatch.setenv(protections.BWRAP_ENV, "/nonexistent/bwrap")
    protections.find_bwrap.cache_clear()
    try:
        path, why = protections.find_bwrap()
    finally:
        monkeypatch.delenv(protections.BWRAP_ENV)
        protections.find_bwrap.cache_clear()
    assert path is None
    assert "/nonexistent/bwrap" in why


def test_require_mode_refuses_a_machine_without_bwrap(monkeypatch, tmp_path):
    monkeypatch.setenv(protections.BWRAP_ENV, "/nonexistent/bwrap")
    protections.find_bwrap.cache_clear()
    try:
        with pytest.raises(protections.SandboxUnavailable, match="MISSING"):
            Sandbox(Policy(tmp_path), Limits(), mode="require").start()
    finally:
        monkeypatch.delenv(protections.BWRAP_ENV)
        protections.find_bwrap.cache_clear()


def test_unknown_mode_is_an_error(monkeypatch):
    monkeypatch.setenv(protections.MODE_ENV, "maybe")
    with pytest.raises(ValueError, match="auto, off or require"):
        protections.sandbox_mode()
