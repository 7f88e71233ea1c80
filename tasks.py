#!/usr/bin/env python3
"""The README's two commands: ``python3 tasks.py demo`` and ``python3 tasks.py test``.

Each one needs nothing but Python 3.10+ with pip and venv. It creates ``.venv`` beside this file,
installs the course into it (again only when ``pyproject.toml`` changed), then runs:

- ``demo``: ``keras-course demo``, the course's main job on embedded defaults;
- ``test``: the whole test suite (``pytest -n <cores + 1> --dist loadgroup``), extra arguments passed on to pytest.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = ROOT / ".venv-stamp"


def venv_python() -> Path:
    """Return the path of the virtual environment's Python interpreter."""
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def ensure_environment(extras: str) -> Path:
    """Create ``.venv`` and install the course with ``extras`` unless it is already up to date."""
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + extras.encode()).hexdigest()
    python = venv_python()
    if python.exists() and STAMP.exists() and STAMP.read_text().strip() == wanted:
        return python
    if not python.exists():
        print(f"tasks.py: creating the virtual environment {VENV}", flush=True)
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    print(f"tasks.py: installing keras-course[{extras}] (TensorFlow takes a minute)", flush=True)
    target = f"{ROOT}[{extras}]" if extras else str(ROOT)
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", "--upgrade", "pip"], check=True)
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", "-e", target], check=True)
    STAMP.write_text(wanted + "\n")
    return python


def main(argv: list[str]) -> int:
    """Run ``demo`` or ``test`` in the course's virtual environment and return its exit status."""
    if not argv or argv[0] not in {"demo", "test"}:
        print("usage: python3 tasks.py demo | test [pytest arguments...]", file=sys.stderr)
        return 2
    command, rest = argv[0], argv[1:]
    # Both commands install the dev extras: one environment serves the demo and the tests.
    python = ensure_environment("dev")
    # The environment's scripts (nbgrader, jupyter, alembic) first on PATH, as if it were activated.
    path = os.pathsep.join([str(python.parent), os.environ.get("PATH", "")])
    env = dict(os.environ, PYTHONUNBUFFERED="1", PATH=path, VIRTUAL_ENV=str(VENV))
    if command == "demo":
        cmd = [str(python), "-m", "autograder.cli.main", "demo", *rest]
    else:
        # In parallel unless the caller chose otherwise (pytest-xdist): one worker more than the
        # cores, because many tests spend part of their time waiting (a time limit running out, a
        # sandbox or a browser starting, pip installing a layout), and one core's worth of waiting
        # left the machine about a third idle with one worker per core. loadgroup keeps the tests
        # marked with one xdist_group (a chapter's graded course) on one worker.
        workers = str((os.cpu_count() or 1) + 1)
        parallel = [] if any(a == "-n" or a.startswith("-n") for a in rest) else ["-n", workers, "--dist", "loadgroup"]
        cmd = [str(python), "-m", "pytest", *parallel, *rest]
    return subprocess.run(cmd, cwd=ROOT, env=env).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
