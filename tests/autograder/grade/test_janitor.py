"""The janitor starts light: every grading run starts one, so it imports no grading machinery."""

from __future__ import annotations

import subprocess
import sys


def test_the_janitor_imports_neither_nbgrader_nor_the_grading_run():
    loaded = subprocess.run(
        [sys.executable, "-c", "import sys, autograder.grade.janitor\n"
         "print(' '.join(m for m in ('nbgrader', 'nbformat', 'tensorflow', 'autograder.grade.run') if m in sys.modules))"],
        capture_output=True, text=True, check=True).stdout.split()
    assert loaded == []


def test_the_janitor_refuses_a_missing_run_id():
    done = subprocess.run([sys.executable, "-m", "autograder.grade.janitor"], capture_output=True, text=True,
                          input="")
    assert done.returncode == 2 and "usage: python -m autograder.grade.janitor RUN_ID" in done.stderr
