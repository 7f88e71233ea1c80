"""A notebook cell's source as one string, whichever of nbformat's two spellings the file uses."""

from __future__ import annotations


def cell_text(cell: dict) -> str:
    """Return a notebook cell's source as one string (nbformat allows a list of lines)."""
    source = cell.get("source", "")
    if isinstance(source, list):
        return "".join(str(part) for part in source)
    return source if isinstance(source, str) else ""
