"""CheckFailed: the one exception a check raises when the student's work is wrong; GraderError when the grader failed."""

from __future__ import annotations


class CheckFailed(AssertionError):
    """A check found wrong work; the message says what was expected, what was found, where to look.

    It subclasses ``AssertionError`` so nbgrader and pytest treat it as a failed test. In Jupyter it
    renders as its message alone (``_render_traceback_``), never as a traceback into the grader.

    Example:
        >>> raise CheckFailed("Layer 3: expected Dense(20), found Dense(10)")
    """

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message

    def _render_traceback_(self) -> list[str]:
        """Return the lines IPython shows instead of a traceback: the message alone."""
        return [f"CheckFailed: {self.message}"]


GRADER_ERROR = "grader_error"
"""The observation key that marks a grader failure (e.g. the runaway guard fired): no points either way."""


class GraderError(RuntimeError):
    """The grader could not judge the work (a runaway guard fired on an overloaded machine...).

    Never the student's doing: ``keras-course grade`` ends such a submission with status ``error``
    and records no grade; in a plain kernel the test cell shows this message.
    """

    def _render_traceback_(self) -> list[str]:
        """Return the lines IPython shows instead of a traceback: the message alone."""
        return [f"GraderError: {self}"]
