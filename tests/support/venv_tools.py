"""Run the command-line tools of the test interpreter's environment (nbgrader, keras-course).

nbgrader's gradebook runs ``alembic`` through PATH, so every tool starts with this environment's
``bin`` folder first on PATH, as ``python3 tasks.py`` arranges for the README's commands.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

BIN = Path(sys.executable).parent


def tool_env() -> dict[str, str]:
    """The current environment with this interpreter's ``bin`` folder first on PATH."""
    return dict(os.environ, PATH=f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}")


def nbgrader(course: Path, *args: str) -> subprocess.CompletedProcess:
    """Run the plain ``nbgrader`` command in ``course`` and return it (output captured as text)."""
    return subprocess.run([str(BIN / "nbgrader"), *args], cwd=course, env=tool_env(), capture_output=True,
                          text=True)
