"""Fixtures for the grading tests: a generated copy of the fixture course (``tests/support``)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # run_processes, postgres_server: these tests' helpers

from fixture_course import course, generated_course  # noqa: E402,F401
