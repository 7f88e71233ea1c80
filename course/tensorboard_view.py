"""Show TensorBoard inside a notebook, but only in an interactive JupyterLab session.

``%tensorboard`` starts a TensorBoard server and embeds it in the cell's output. That is what a
student reading the notebook wants, and what a notebook run by a machine must never do: nbgrader's
autograde and Validate, nbval and the grading sandbox run every cell, and a server started there
would outlive the cell (or fail, with no network). :func:`show_tensorboard` therefore starts it
only when the kernel belongs to a Jupyter server session: JupyterLab (and Notebook) start kernels
with ``JPY_SESSION_NAME`` set to the notebook's path, while nbclient (which nbgrader and nbval use)
does not set it. Inside a grading run (``KERAS_COURSE_RUN`` or ``KERAS_COURSE_EXPORT_DIR`` set) it
never starts, whatever the environment says. Elsewhere it prints the command to run instead.

Example::

    from course.tensorboard_view import show_tensorboard
    show_tensorboard("logs/ch06")     # JupyterLab: TensorBoard in the output; otherwise one line
"""

from __future__ import annotations

import os
import shlex
from collections.abc import Mapping

from course.ipython_shell import current_shell

SESSION_VARIABLE = "JPY_SESSION_NAME"
GRADING_VARIABLES = ("KERAS_COURSE_RUN", "KERAS_COURSE_EXPORT_DIR")


def interactive_session(environ: Mapping[str, str] | None = None, shell=None) -> bool:
    """True when a person is running this kernel from JupyterLab (or Notebook), not a machine.

    Args:
        environ: the environment to read (default ``os.environ``).
        shell: the IPython shell (default: the running one); a kernel has a ``kernel`` attribute.
    """
    environ = os.environ if environ is None else environ
    shell = current_shell() if shell is None else shell
    if any(environ.get(name) for name in GRADING_VARIABLES):
        return False
    return bool(environ.get(SESSION_VARIABLE)) and shell is not None and hasattr(shell, "kernel")


def show_tensorboard(log_dir: str | os.PathLike, *, environ: Mapping[str, str] | None = None,
                     shell=None) -> bool:
    """Embed TensorBoard for ``log_dir`` when the session is interactive; else print how to see it.

    Args:
        log_dir: the folder TensorBoard reads (the ``log_dir`` of the callback, or its parent to
            compare several runs).
        environ, shell: as in :func:`interactive_session` (tests pass their own).

    Returns:
        True when ``%tensorboard`` was run, False when only the instruction was printed.
    """
    command = f"--logdir {shlex.quote(str(log_dir))}"
    shell = current_shell() if shell is None else shell
    if not interactive_session(environ, shell):
        print(f"TensorBoard is shown here only in JupyterLab; in a terminal run: tensorboard {command}")
        return False
    shell.run_line_magic("load_ext", "tensorboard")
    shell.run_line_magic("tensorboard", command)
    return True
