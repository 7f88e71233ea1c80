"""The demo's sample class: one submission per scenario, written into ``submitted/``.

The instructor's answers, the first two alternative correct answers and the first plausible
mistake of the chapter's bundled scenarios (``tests/notebooks/<chapter>/``), an untouched release,
unreadable JSON and an endless loop.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from autograder.cell_source import cell_text

ENDLESS_LOOP = "while True:\n    pass\n"


def _solution_cells(notebook: dict) -> dict[str, dict]:
    return {c["metadata"]["nbgrader"]["grade_id"]: c for c in notebook["cells"]
            if c.get("metadata", {}).get("nbgrader", {}).get("solution")}


def _instructor_answer(source: str) -> str:
    return "\n".join(line for line in source.splitlines()
                     if line.strip() not in ("### BEGIN SOLUTION", "### END SOLUTION"))


def sample_class(course: Path, chapter: str, scenarios: Path) -> dict[str, str]:
    """Write ``submitted/<student>/<chapter>/`` for the sample class; return ``{student: what it is}``.

    Args:
        course: the temporary course root (its ``release/<chapter>`` already built).
        chapter: the chapter id.
        scenarios: ``tests/notebooks/<chapter>``: one folder per scenario of replacement solution
            cells (``<grade_id>.py``) and an ``expected.json`` with a ``description``.
    """
    release = json.loads((course / "release" / chapter / f"{chapter}.ipynb").read_text())
    source = json.loads((course / "source" / chapter / f"{chapter}.ipynb").read_text())
    instructor = {gid: _instructor_answer(cell_text(c)) for gid, c in _solution_cells(source).items()}
    first = next(iter(_solution_cells(release)))

    def write(student: str, answers: dict[str, str] | None, raw: str | None = None) -> None:
        folder = course / "submitted" / student / chapter
        shutil.copytree(course / "release" / chapter, folder)
        notebook = folder / f"{chapter}.ipynb"
        if raw is not None:
            notebook.write_text(raw)
            return
        nb = json.loads(json.dumps(release))
        if answers is not None:
            for gid, cell in _solution_cells(nb).items():
                cell["source"] = answers.get(gid, instructor[gid])
        notebook.write_text(json.dumps(nb, indent=1))

    described = {}
    write("ada_instructor_answers", {})
    described["ada_instructor_answers"] = "the instructor's own answers"
    folders = sorted(p for p in scenarios.glob("*/") if (p / "expected.json").is_file())
    correct = [p for p in folders if p.name.startswith("correct")][:2]
    wrong = [p for p in folders if p.name.startswith("wrong")][:1]
    for folder in correct + wrong:
        answers = {p.stem: p.read_text() for p in folder.glob("*.py")}
        expected = json.loads((folder / "expected.json").read_text())
        write(folder.name, answers)
        described[folder.name] = expected.get("description", folder.name)
    write("empty_release_untouched", None)
    described["empty_release_untouched"] = "the release notebook submitted as received"
    write("broken_json", None, raw='{"cells": [ {"cell_type": "code", "source": "oops"')
    described["broken_json"] = "a notebook file that is not valid JSON"
    write("endless_loop", {first: ENDLESS_LOOP})
    described["endless_loop"] = f"`while True: pass` in solution cell {first}"
    return described
