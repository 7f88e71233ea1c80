"""The sandbox line that grade and demo print: which protections are off, and how to install bubblewrap."""

from __future__ import annotations

import shutil

from autograder.grade.run import GradeOutcome, bubblewrap_hint
from autograder.sandbox.protections import Protection

MISSING = [Protection("filesystem view", False, "bwrap not found on PATH"), Protection("memory", True, "cgroup")]


def test_without_bubblewrap_the_line_names_the_install_command(monkeypatch):
    monkeypatch.setattr(shutil, "which", lambda tool: "/usr/bin/apt-get" if tool == "apt-get" else None)
    outcome = GradeOutcome("ch", protections=[p.__dict__ for p in MISSING])
    summary = outcome.sandbox_summary()
    assert "filesystem view" in summary
    assert summary.endswith("install it with: sudo apt-get install bubblewrap")


def test_no_hint_when_bubblewrap_is_there_or_nothing_is_missing(monkeypatch):
    monkeypatch.setattr(shutil, "which", lambda tool: None)
    assert bubblewrap_hint([Protection("memory", True, "cgroup")]) == ""
    assert "bubblewrap package of your distribution" in bubblewrap_hint(MISSING)
    monkeypatch.setattr(shutil, "which", lambda tool: "/usr/bin/" + tool)
    assert bubblewrap_hint(MISSING) == ""
