"""The IPython shell a notebook cell runs in, when there is one."""

from __future__ import annotations


def current_shell():
    """Return the running IPython shell, or None in a plain Python process (or without IPython)."""
    try:
        from IPython import get_ipython
    except ImportError:
        return None
    return get_ipython()
