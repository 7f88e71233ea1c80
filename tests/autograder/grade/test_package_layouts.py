"""One resolution of the course packages: every install layout grades a class to the same points.

Issue 12: an editable install grading another clone of the repository (a course root with its own
``autograder/`` and ``course/`` folders) scored the instructor's own answers 0, because the worker
imported the clone's folders and the sandbox bound them while the kernel imported the install's.
Each layout here grades the ``pkg_tiny`` fixture chapter (its cells import ``course``, its hidden
test calls a check of ``autograder``) for a solved and an untouched submission with the
``keras-course`` command of that layout, sandbox and verdict on:

* in place: a clone with its own editable install, graded from its root;
* elsewhere: this repository's editable install (the test interpreter) grading another clone;
* wheel: ``pip install`` of a built wheel into a fresh venv, grading a clone and a course folder
  that holds no packages;
* a subfolder: the command run from ``source/`` inside the clone.

The two venvs are built once per session and hold only keras-course (their dependencies come from
the test interpreter's site folder through a ``.pth`` file), so they take seconds, not minutes.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from grading_helpers import FIXTURE_COURSE, nbgrader, scores, sqlite_url, submit

pytestmark = pytest.mark.xdist_group("package_layouts")

REPOSITORY = Path(__file__).resolve().parents[3]
CHAPTER = "pkg_tiny"
EXPECTED = {"solved": {"test_rows": 2.0}, "untouched": {"test_rows": 0.0}}
SKIP = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info", "build")


def _project(target: Path) -> None:
    """Copy the repository's packages and project files (what a clone holds of them) into ``target``."""
    for name in ("autograder", "course"):
        shutil.copytree(REPOSITORY / name, target / name, ignore=SKIP)
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(REPOSITORY / name, target)


def _course(target: Path, with_packages: bool) -> Path:
    """A course folder with the pkg_tiny chapter released; a clone holds the packages too."""
    target.mkdir(parents=True)
    shutil.copy(FIXTURE_COURSE / "nbgrader_config.py", target)
    with open(target / "nbgrader_config.py", "a") as config:  # the hidden test imports TensorFlow
        config.write("\nc.Execute.timeout = 180\n")
    shutil.copytree(FIXTURE_COURSE / "source" / CHAPTER, target / "source" / CHAPTER)
    if with_packages:
        _project(target)
    done = nbgrader(target, "generate_assignment", CHAPTER, "--force")
    assert done.returncode == 0, done.stderr
    submit(target, "solved", CHAPTER, solved=True)
    submit(target, "untouched", CHAPTER)
    return target


def _venv(folder: Path) -> Path:
    """A fresh venv without pip whose dependencies come from the test interpreter's site folder."""
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(folder)], check=True)
    python = folder / "bin" / "python"
    site = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                          capture_output=True, text=True, check=True).stdout.strip()
    (Path(site) / "keras_course_deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    return python


def _pip(python: Path, *args: str) -> None:
    done = subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "-q", "--no-deps",
                           "--no-build-isolation", "--no-index", *args], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


@pytest.fixture(scope="session")
def layouts(tmp_path_factory) -> dict:
    """The courses and venvs of every layout, built once."""
    base = tmp_path_factory.mktemp("layouts")
    clone = _course(base / "clone", with_packages=True)
    plain = _course(base / "plain", with_packages=False)
    own = _course(base / "own_clone", with_packages=True)
    wheels, project = base / "wheels", base / "project"  # built from a copy: nothing written in the repository
    project.mkdir()
    _project(project)
    done = subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation",
                           "-w", str(wheels), str(project)], cwd=base, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    wheel_python = _venv(base / "wheel-venv")
    _pip(wheel_python, *map(str, wheels.glob("*.whl")))
    own_python = _venv(base / "editable-venv")
    _pip(own_python, "-e", str(own))
    return {"clone": clone, "plain": plain, "own": own, "wheel": wheel_python.parent,
            "editable": own_python.parent, "repository": Path(sys.executable).parent}


def grade(bin_dir: Path, course: Path, cwd: Path, tmp_path: Path) -> tuple[dict, str]:
    """Grade a private copy of ``course`` with ``bin_dir/keras-course`` run from ``cwd`` inside it."""
    private = tmp_path / course.name
    shutil.copytree(course, private, symlinks=True)
    env = dict(os.environ, PATH=f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}")
    env.pop("KERAS_COURSE_PACKAGES", None)
    done = subprocess.run([str(bin_dir / "keras-course"), "grade", CHAPTER, "--workers", "2"],
                          cwd=private / cwd.relative_to(course), env=env, capture_output=True, text=True,
                          timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    return scores(sqlite_url(private), CHAPTER), done.stdout


@pytest.mark.parametrize("layout", ["in_place", "editable_elsewhere", "wheel_clone", "wheel_plain", "subfolder"])
def test_every_layout_gives_the_same_points(layouts, layout, tmp_path):
    bin_dir, course, cwd = {
        "in_place": (layouts["editable"], layouts["own"], layouts["own"]),
        "editable_elsewhere": (layouts["repository"], layouts["clone"], layouts["clone"]),
        "wheel_clone": (layouts["wheel"], layouts["clone"], layouts["clone"]),
        "wheel_plain": (layouts["wheel"], layouts["plain"], layouts["plain"]),
        "subfolder": (layouts["repository"], layouts["clone"], layouts["clone"] / "source"),
    }[layout]
    points, table = grade(bin_dir, course, cwd, tmp_path)
    assert points == EXPECTED, table
