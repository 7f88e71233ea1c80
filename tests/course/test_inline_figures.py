"""course.inline_figures: a plain matplotlib Figure becomes a PNG image in an IPython shell."""

from __future__ import annotations

import pytest
from IPython.core.interactiveshell import InteractiveShell

from course.inline_figures import show_figures_inline
from course.plotting import plot_history

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


@pytest.fixture
def shell():
    """An in-process IPython shell, cleared afterwards so other tests see no shell."""
    instance = InteractiveShell.instance()
    try:
        yield instance
    finally:
        InteractiveShell.clear_instance()


def test_outside_ipython_there_is_nothing_to_do():
    assert show_figures_inline() is False


def test_a_course_figure_is_displayed_as_png(shell):
    figure = plot_history({"loss": [1.0, 0.5], "val_loss": [1.1, 0.7]})
    before, _ = shell.display_formatter.format(figure)
    assert "image/png" not in before  # without the formatter a kernel shows "<Figure size ...>"
    assert show_figures_inline() is True
    shown, _ = shell.display_formatter.format(figure)
    assert shown["image/png"].startswith(PNG_SIGNATURE)
