"""Reading a submitted notebook defensively: size limit first, then JSON, then the notebook shape."""

from __future__ import annotations

import json
from pathlib import Path

from autograder.integrity.problem import Problem

# A chapter notebook with all its outputs is a few MB; anything this large is an attack or an accident.
MAX_NOTEBOOK_BYTES = 32 * 1024 * 1024


def read_submission(path: Path, repair: str, max_bytes: int = MAX_NOTEBOOK_BYTES) -> tuple[dict | None, Problem | None]:
    """Read ``path`` as an nbformat-4 notebook without trusting it.

    Args:
        path: the submitted notebook.
        repair: the end of each message: how to get a good copy (``"re-fetch the assignment"``).
        max_bytes: files larger than this are refused before a byte is parsed.

    Returns:
        ``(notebook, None)`` when usable, else ``(None, problem)`` with an unusable problem.
    """
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return None, Problem("missing", f"{path}: no such file: check the path")
    if not path.is_file():
        return None, Problem("not_a_notebook", f"{path}: not a file: name the .ipynb notebook itself")
    if size > max_bytes:
        return None, Problem(
            "too_large",
            f"{path}: {size / 2**20:.0f} MiB is far larger than a notebook should be (limit "
            f"{max_bytes / 2**20:.0f} MiB): clear large outputs (Edit > Clear Outputs of All Cells) and save it again, or {repair}",
        )
    try:
        data = json.loads(path.read_bytes().decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as error:
        detail = f" (line {error.lineno})" if isinstance(error, json.JSONDecodeError) else ""
        return None, Problem(
            "invalid_json",
            f"{path}: not valid notebook JSON{detail}, so it was damaged outside Jupyter: {repair}",
        )
    if (
        not isinstance(data, dict)
        or data.get("nbformat") != 4
        or not isinstance(data.get("cells"), list)
        or not all(isinstance(cell, dict) for cell in data["cells"])
    ):
        return None, Problem(
            "not_a_notebook",
            f"{path}: not a Jupyter notebook (nbformat 4 with a list of cells): submit the chapter's .ipynb file, or {repair}",
        )
    return data, None
