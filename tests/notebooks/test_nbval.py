"""nbval (``--nbval-lax``) over every source notebook with its solutions in place."""

from __future__ import annotations

import subprocess
import sys

import pytest
from chapter_grading import REPO, chapters

pytestmark = pytest.mark.notebook


@pytest.mark.parametrize("chapter", chapters())
def test_source_notebook_passes_nbval(chapter, tmp_path):
    notebook = f"source/{chapter}/{chapter}.ipynb"
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "--nbval-lax", notebook, "-q", "-p", "no:cacheprovider",
         "-p", "no:xdist", "--rootdir", str(REPO), "-o", "addopts=", "-o", "testpaths="],
        cwd=REPO, capture_output=True, text=True, timeout=600,
    )
    assert done.returncode == 0, f"nbval failed on {notebook}:\n{done.stdout[-6000:]}\n{done.stderr[-2000:]}"
    assert " passed" in done.stdout
