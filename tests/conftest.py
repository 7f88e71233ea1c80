"""Suite-wide set-up: tools of this environment on PATH, quiet TensorFlow, a non-interactive plot backend."""

import os

from autograder.tool_path import ensure_tools_on_path

ensure_tools_on_path()
os.environ.setdefault("MPLBACKEND", "Agg")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
