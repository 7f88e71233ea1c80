"""Building small notebooks in tests: cells with nbgrader metadata, written as nbformat 4."""

from __future__ import annotations

import json
from pathlib import Path


def code(source: str, **nbgrader) -> dict:
    """Return a code cell, with nbgrader metadata when keywords are given."""
    cell = {"cell_type": "code", "execution_count": None, "metadata": {}, "outputs": [], "source": source}
    if nbgrader:
        cell["metadata"]["nbgrader"] = {"schema_version": 3, **nbgrader}
    return cell


def markdown(source: str, **nbgrader) -> dict:
    """Return a markdown cell, with nbgrader metadata when keywords are given."""
    cell = {"cell_type": "markdown", "metadata": {}, "source": source}
    if nbgrader:
        cell["metadata"]["nbgrader"] = {"schema_version": 3, **nbgrader}
    return cell


def write_notebook(path: Path, cells: list[dict]) -> Path:
    """Write a minimal nbformat-4 notebook holding ``cells``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    notebook = {
        "cells": cells,
        "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"},
                     "language_info": {"name": "python"}},
        "nbformat": 4,
        "nbformat_minor": 5,
    }
    for index, cell in enumerate(notebook["cells"]):
        cell.setdefault("id", f"cell-{index}")
    path.write_text(json.dumps(notebook, indent=1))
    return path
