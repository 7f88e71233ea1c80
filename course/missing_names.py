"""Explain a ``NameError`` in a chapter notebook: which cell to run, or which exercise is unanswered.

A released exercise cell holds ``raise NotImplementedError()``. When the exercise defines a class or
a value, that cell stops before the name exists, and every later cell using it (a visible test, a
hidden test while grading) fails with a bare ``NameError: name 'BinaryF1' is not defined``. After
:func:`explain_missing_names`, the notebook's kernel adds what to do to that message; the error stays
an error (the cell still fails and earns no points).
"""

from __future__ import annotations

from course.ipython_shell import current_shell

HINT = ("if a cell above defines `{name}`, run it first; if that cell stops with "
        "NotImplementedError, its exercise is not answered yet")


def with_hint(error: NameError) -> NameError:
    """Return ``error`` with :data:`HINT` added to its message (once; other messages unchanged).

    Only a ``NameError`` that names the missing name (Python sets ``error.name``) gets the hint.
    """
    name = getattr(error, "name", None)
    message = str(error.args[0]) if error.args else ""
    if name and error.args and "run it first" not in message:
        error.args = (f"{message}: {HINT.format(name=name)}", *error.args[1:])
    return error


def _show_with_hint(shell, etype, value, tb, tb_offset=None):
    """IPython custom exception handler: show the usual traceback of ``value`` with the hint."""
    shell.showtraceback((etype, with_hint(value), tb), tb_offset=tb_offset)


def explain_missing_names(shell=None) -> bool:
    """Make the running IPython kernel add :data:`HINT` to every ``NameError`` a cell raises.

    ``shell`` defaults to the current IPython shell. Returns False (and changes nothing) outside
    IPython, e.g. in a plain ``python`` process.
    """
    shell = shell if shell is not None else current_shell()
    if shell is None:
        return False
    shell.set_custom_exc((NameError,), _show_with_hint)
    return True
