"""The report's plots: matplotlib figures rendered to PNG and embedded as base64 (the page works offline).

Figures are built with :class:`matplotlib.figure.Figure` and the Agg canvas directly (no pyplot), so
no window or global state is involved.
"""

from __future__ import annotations

import base64
import io

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure


def png_data_uri(figure: Figure) -> str:
    """Render ``figure`` as PNG and return it as a ``data:image/png;base64,...`` URI."""
    buffer = io.BytesIO()
    FigureCanvasAgg(figure)
    figure.savefig(buffer, format="png", dpi=80)
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")


def score_distribution(title: str, distribution: dict[float, int], max_points: float) -> str:
    """A bar chart of how many submissions got each score on one test, as a data URI."""
    figure = Figure(figsize=(3.6, 2.2))
    axes = figure.add_subplot()
    scores = list(distribution)
    width = max(max_points / 12, 0.05)
    colors = ["#2e7d32" if s >= max_points - 1e-9 else "#c62828" if s <= 0 else "#f9a825" for s in scores]
    axes.bar(scores, list(distribution.values()), width=width, color=colors)
    axes.set_xlim(-width, max_points + width)
    axes.set_xlabel("points")
    axes.set_ylabel("submissions")
    axes.set_title(title, fontsize=9)
    axes.yaxis.get_major_locator().set_params(integer=True)
    figure.subplots_adjust(left=0.16, bottom=0.22, right=0.97, top=0.88)  # fixed: tight_layout costs 0.2 s
    return png_data_uri(figure)


def seconds_histogram(seconds: list[float]) -> str:
    """A histogram of the grading time per submission, as a data URI."""
    figure = Figure(figsize=(4.8, 2.2))
    axes = figure.add_subplot()
    axes.hist(seconds, bins=min(30, max(5, len(seconds) // 5)), color="#1565c0")
    axes.set_xlabel("seconds per submission")
    axes.set_ylabel("submissions")
    axes.set_title("grading time", fontsize=9)
    figure.subplots_adjust(left=0.12, bottom=0.22, right=0.97, top=0.88)
    return png_data_uri(figure)
