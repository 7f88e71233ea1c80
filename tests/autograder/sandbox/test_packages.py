"""One resolution of the course packages: a child process imports exactly the folders it is told."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

import autograder
import course
from autograder.sandbox.packages import (PACKAGES_ENV, package_environment, pinned_kernel, pinned_module,
                                         resolved_packages)


def real_folders():
    return {"autograder": os.path.realpath(os.path.dirname(autograder.__file__)),
            "course": os.path.realpath(os.path.dirname(course.__file__))}


def test_the_first_process_resolves_what_it_imported(monkeypatch):
    monkeypatch.delenv(PACKAGES_ENV, raising=False)
    assert resolved_packages() == real_folders()
    assert json.loads(package_environment()[PACKAGES_ENV]) == real_folders()


def test_a_child_reads_what_its_parent_resolved(monkeypatch, tmp_path):
    monkeypatch.setenv(PACKAGES_ENV, json.dumps({"autograder": "/a", "course": "/c"}))
    assert resolved_packages() == {"autograder": "/a", "course": "/c"}
    monkeypatch.setenv(PACKAGES_ENV, json.dumps({"autograder": "/a"}))
    with pytest.raises(ValueError, match="must map autograder and course"):
        resolved_packages()


def test_a_course_root_with_its_own_packages_does_not_shadow_the_pinned_ones(monkeypatch, tmp_path):
    """The bug of issue 12: ``python -m`` from a clone put the clone's folders first."""
    monkeypatch.delenv(PACKAGES_ENV, raising=False)
    for name in ("autograder", "course"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "__init__.py").write_text("raise ImportError('the course root copy was imported')\n")
    (tmp_path / "probe.py").write_text("import autograder, course\nprint(autograder.__file__, course.__file__)\n")
    env = dict(os.environ, **package_environment())
    done = subprocess.run(pinned_module(sys.executable, "probe"), cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    folders = real_folders()
    assert done.stdout.split() == [os.path.join(folders["autograder"], "__init__.py"),
                                   os.path.join(folders["course"], "__init__.py")]
    plain = subprocess.run([sys.executable, "-m", "probe"], cwd=tmp_path, env=env, capture_output=True, text=True,
                           timeout=60)
    assert "the course root copy was imported" in plain.stderr  # what the pin prevents


def test_only_ipykernel_commands_are_pinned():
    command = pinned_kernel(["/py", "-m", "ipykernel_launcher", "-f", "conn.json"])
    assert command[:2] == ["/py", "-c"] and command[-2:] == ["-f", "conn.json"]
    assert "kernelapp.launch_new_instance()" in command[2]
    assert pinned_kernel(["/other", "kernel"]) == ["/other", "kernel"]
