"""Show the course's matplotlib figures as images in a notebook, without pyplot.

:mod:`course.plotting` returns plain :class:`matplotlib.figure.Figure` objects (no pyplot state, no
figure left open). A Jupyter kernel renders such an object as ``<Figure size ...>`` text unless a PNG
formatter is registered for the type, which pyplot's inline backend does only once pyplot is imported.
:func:`show_figures_inline` registers it directly, so ``plot_history(history)`` as a cell's last line
shows the plot.
"""

from __future__ import annotations

from course.ipython_shell import current_shell


def _png(figure) -> bytes:
    """Return ``figure`` rendered as PNG bytes, cropped to its drawing like the inline backend does."""
    from IPython.core.pylabtools import print_figure

    return print_figure(figure, fmt="png", bbox_inches="tight")


def show_figures_inline() -> bool:
    """Make the running IPython shell display matplotlib figures as PNG images.

    Returns True when a shell was found and its ``image/png`` formatter now renders
    :class:`~matplotlib.figure.Figure`; False outside IPython (a plain Python process), where there is
    nothing to do.
    """
    shell = current_shell()
    if shell is None:
        return False
    # by name: matplotlib is imported only when a figure is shown, not by every chapter's set-up
    shell.display_formatter.formatters["image/png"].for_type_by_name("matplotlib.figure", "Figure", _png)
    return True
