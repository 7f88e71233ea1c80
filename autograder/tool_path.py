"""Making the tools installed beside this Python (alembic, jupyter, nbgrader) findable on PATH.

nbgrader's gradebook runs the ``alembic`` executable through PATH, and Jupyter starts kernels the
same way; when ``keras-course`` is run as ``.venv/bin/keras-course`` without activating the virtual
environment, those tools would not be found and every gradebook operation would fail.
"""

from __future__ import annotations

import os
import sys


def ensure_tools_on_path() -> None:
    """Put the folder of the running interpreter's scripts first on PATH, once."""
    scripts = os.path.dirname(sys.executable)
    parts = os.environ.get("PATH", "").split(os.pathsep)
    if scripts not in parts:
        os.environ["PATH"] = os.pathsep.join([scripts, *[p for p in parts if p]])
