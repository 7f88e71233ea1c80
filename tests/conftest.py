"""Suite-wide set-up: tools of this environment on PATH, quiet TensorFlow, a non-interactive plot backend.

Scheduling under ``-n N`` (``xdist_group``, one worker per notebook under nbval) is set up by the
``conftest.py`` at the course root, so that it also holds for ``pytest -n 2 source``.
"""

import os

from autograder.tool_path import ensure_tools_on_path

# The notebooks under tests/ are fixtures that tests execute on purpose (infinite loops, broken
# metadata): nbval (``--nbval-lax`` in pyproject.toml) collects only the course's source/ notebooks.
collect_ignore_glob = ["*.ipynb"]

ensure_tools_on_path()
os.environ.setdefault("MPLBACKEND", "Agg")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
