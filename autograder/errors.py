"""Errors a user can cause, each carrying one clear line that says what to fix."""

from __future__ import annotations


class CourseError(Exception):
    """A problem the user can fix (bad input, wrong folder, broken notebook); the CLI exits 2.

    The message is one line naming the file (and cell) involved and how to fix it.
    """

    exit_status = 2
