"""Recognise an exercise the student has not answered yet: the stub's ``raise NotImplementedError()``.

A released solution cell holds ``# YOUR CODE HERE`` and ``raise NotImplementedError()``. When a
check calls such a builder, function, object method or class, the student should read that the
exercise is not answered yet, not a ``raised NotImplementedError`` error. :func:`is_unanswered`
tells that exception apart from a library's own bare ``NotImplementedError`` (e.g. Keras's
``Metric.result`` when a subclass does not define it): it must be raised by code outside the
installed packages, the standard library and the grader, on a line that raises it.
"""

from __future__ import annotations

import linecache
import sysconfig
from pathlib import Path

UNANSWERED = ("you have not answered this exercise yet (replace `raise NotImplementedError()` "
              "with your code)")

_LIBRARY_DIRS = tuple(
    {str(Path(path).resolve()) for key in ("stdlib", "platstdlib", "purelib", "platlib")
     if (path := sysconfig.get_paths().get(key))}
    | {str(Path(__file__).resolve().parents[1])})  # the autograder package itself


def _raised_in_student_code(exc: BaseException) -> bool:
    """True when the innermost frame of ``exc``'s traceback is outside libraries and raises it."""
    tb = exc.__traceback__
    if tb is None:
        return False
    while tb.tb_next is not None:
        tb = tb.tb_next
    filename = tb.tb_frame.f_code.co_filename
    if filename and not filename.startswith("<"):
        resolved = str(Path(filename).resolve())
        if any(resolved == d or resolved.startswith(d + "/") for d in _LIBRARY_DIRS):
            return False
    line = linecache.getline(filename, tb.tb_lineno, tb.tb_frame.f_globals).strip()
    return not line or "NotImplementedError" in line


def is_unanswered(exc: BaseException) -> bool:
    """True when ``exc``, or an exception it was raised from or while handling, is an untouched stub.

    The stub is a ``NotImplementedError`` with no message raised by the student's own code (a
    notebook cell, not a library). Follows ``__cause__`` and ``__context__`` (also past
    ``raise ... from None``), so a :class:`CheckFailed` made from the stub's error counts too.
    """
    seen: set[int] = set()
    stack = [exc]
    while stack:
        current = stack.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        if isinstance(current, NotImplementedError) and not current.args \
                and _raised_in_student_code(current):
            return True
        stack += [current.__cause__, current.__context__]
    return False
