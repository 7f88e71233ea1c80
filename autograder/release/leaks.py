"""Proving that no solution and no hidden test text reached the student release.

The hidden text of a source notebook is every line inside a solution region (or a whole solution
cell without markers, and written answers), and every line inside a hidden-test region. A line
counts as leaked when it appears in the release and is distinctive: long enough, and not also
present in the public part of the source (an ``import`` shared with a visible cell is no leak).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from autograder.cell_source import cell_text
from autograder.release.validate import (
    BEGIN_HIDDEN,
    BEGIN_SOLUTION,
    END_HIDDEN,
    END_SOLUTION,
    read_notebook_json,
)

MIN_LEAK_LENGTH = 12  # shorter lines ("pass", "return x") are too common to prove anything


@dataclass(frozen=True)
class Leak:
    """A hidden line of a source notebook found in a released file."""

    released_file: str
    line: str
    kind: str  # "solution" or "hidden test"

    def __str__(self) -> str:
        return f"{self.released_file}: {self.kind} text leaked: {self.line!r}"


def _split_regions(text: str, begin: str, end: str) -> tuple[list[str], list[str]]:
    """Split a cell's lines into (inside regions, outside regions)."""
    inside, outside, depth = [], [], 0
    for line in text.splitlines():
        stripped = line.strip()
        if stripped == begin:
            depth += 1
        elif stripped == end:
            depth = max(0, depth - 1)
        elif depth:
            inside.append(stripped)
        else:
            outside.append(stripped)
    return inside, outside


def hidden_lines(source_notebook: Path) -> dict[str, str]:
    """Return ``{line: kind}`` for the distinctive hidden lines of a source notebook."""
    data = read_notebook_json(source_notebook)
    hidden: dict[str, str] = {}
    public: set[str] = set()
    for cell in data["cells"]:
        meta = (cell.get("metadata") or {}).get("nbgrader") or {}
        text = cell_text(cell)
        if meta.get("solution"):
            if BEGIN_SOLUTION in text:
                inside, outside = _split_regions(text, BEGIN_SOLUTION, END_SOLUTION)
            else:  # the whole cell is the answer
                inside, outside = [line.strip() for line in text.splitlines()], []
            for line in inside:
                hidden.setdefault(line, "solution")
            public.update(outside)
        elif meta.get("grade"):
            inside, outside = _split_regions(text, BEGIN_HIDDEN, END_HIDDEN)
            for line in inside:
                hidden.setdefault(line, "hidden test")
            public.update(outside)
        else:
            public.update(line.strip() for line in text.splitlines())
    return {
        line: kind
        for line, kind in hidden.items()
        if len(line) >= MIN_LEAK_LENGTH and line not in public and not line.startswith("#")
    }


def find_leaks(source_notebook: Path, release_folder: Path, shown_root: Path | None = None) -> list[Leak]:
    """Return every hidden line of ``source_notebook`` found in any text file under ``release_folder``."""
    hidden = hidden_lines(source_notebook)
    leaks: list[Leak] = []
    if not hidden:
        return leaks
    for released in sorted(p for p in release_folder.rglob("*") if p.is_file()):
        try:
            text = released.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue  # binary data files hold no notebook text
        if released.suffix == ".ipynb":
            data = read_notebook_json(released)
            lines = set()
            for cell in data["cells"]:
                lines.update(line.strip() for line in cell_text(cell).splitlines())
                for output in cell.get("outputs", []):
                    lines.update(line.strip() for line in str(output).splitlines())
        else:
            lines = {line.strip() for line in text.splitlines()}
        shown = str(released.relative_to(shown_root)) if shown_root else str(released)
        for line in sorted(hidden.keys() & lines):
            leaks.append(Leak(shown, line, hidden[line]))
    return leaks
