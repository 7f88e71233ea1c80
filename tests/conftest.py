"""Suite-wide set-up: tools of this environment on PATH, quiet TensorFlow, a non-interactive plot backend.

The hooks of ``xdist_groups`` make ``xdist_group`` marks schedule under ``-n N`` for every folder:
a module whose tests share an expensive module or session fixture (a graded class, a running lab)
carries one group, so one worker builds that fixture once instead of each worker building its own.
"""

import os

from autograder.tool_path import ensure_tools_on_path
from xdist_groups import pytest_collection_modifyitems, pytest_configure, pytest_configure_node  # noqa: F401

ensure_tools_on_path()
os.environ.setdefault("MPLBACKEND", "Agg")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
