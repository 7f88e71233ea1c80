"""The hidden expectations, from a trusted run of the instructor's notebook.

The expectations a check compares against (reference metric values on the hidden batches, the
reference architecture...) are computed by the check *inside* the student's kernel too, where the
student could change them. The trusted verdict never uses those: it takes them from the
*reference run*, the instructor's ``source/`` notebook (solutions + hidden tests) executed once per
chapter with exports on. The reference keeps, per test cell (grade id), its points, the
sequence of checks it calls with their expectations, and how the cell's value (what nbgrader reads
as partial credit) relates to those checks: ``value_checks``, the number of checks at the end of
the cell whose points add up to the value the cell ends with (``check_a(...) + check_b(...)``
ends with the sum of two checks, a cell ending with one check call counts one, earlier checks such
as the visible test's only have to pass), or 0 when the cell shows no number (nbgrader then gives
full points to a cell without an error). The reference's own observations must earn full points
and its cells' values must be their points, or the reference is refused (a nondeterministic or
broken chapter).

Layout of a reference folder::

    reference.json                {"notebook": ..., "cells": [{"grade_id", "max_points", "value_checks"}, ...]}
    exports/cells/<grade_id>/     NNNN-<check>.json + .npz, as the checks exported them
"""

from __future__ import annotations

import json
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

from autograder.sandbox.execute import CELLS, execute_notebook, safe_folder_name
from autograder.sandbox.limits import Limits
from autograder.verdict.exports import JSON_NAME, decode, read_raw_payload

INDEX = "reference.json"


class BrokenReference(RuntimeError):
    """The instructor's notebook does not earn its own points when re-judged."""


@dataclass
class ReferenceCheck:
    """One check a test cell calls: its name, the trusted expectation and its points."""

    check: str
    expectation: dict
    points: float
    observation: dict | None = None


@dataclass
class CellReference:
    """One autograded test cell of the chapter."""

    grade_id: str
    max_points: float
    checks: list[ReferenceCheck] = field(default_factory=list)
    value_checks: int = 1


@dataclass
class Reference:
    """Every autograded test cell of a chapter notebook, in notebook order."""

    notebook: str
    cells: list[CellReference]

    def cell(self, grade_id: str) -> CellReference | None:
        """The cell with this grade id, or None."""
        return next((c for c in self.cells if c.grade_id == grade_id), None)


def test_cells(notebook: nbformat.NotebookNode) -> list[tuple[str, float]]:
    """``(grade_id, points)`` of every autograded test cell (graded code cell, not a solution)."""
    found = []
    for cell in notebook.cells:
        meta = cell.get("metadata", {}).get("nbgrader", {})
        if cell.cell_type == "code" and meta.get("grade") and not meta.get("solution"):
            found.append((str(meta.get("grade_id")), float(meta.get("points", 0) or 0)))
    return found


def build_reference(source_notebook: Path, reference_dir: Path, limits: Limits | None = None, *,
                    mode: str | None = None) -> Reference:
    """Run the instructor's notebook with exports on and keep its expectations in ``reference_dir``.

    The notebook runs in a sandboxed kernel in a temporary copy of its folder (so its small data
    files are there), like a submission.

    Raises:
        BrokenReference: the run failed, or a check of the reference does not earn full points.
    """
    source_notebook = Path(source_notebook)
    reference_dir = Path(reference_dir)
    if reference_dir.exists():
        shutil.rmtree(reference_dir)
    reference_dir.mkdir(parents=True)
    notebook = nbformat.read(source_notebook, as_version=4)
    with tempfile.TemporaryDirectory(prefix="kc-reference-") as scratch:
        workdir = Path(scratch) / "work"
        shutil.copytree(source_notebook.parent, workdir,
                        ignore=shutil.ignore_patterns("*.ipynb", ".ipynb_checkpoints", "__pycache__"))
        outcome = execute_notebook(notebook, workdir, limits, export_root=reference_dir / "exports",
                                   mode=mode)
    if outcome.error:
        raise BrokenReference(f"the reference notebook {source_notebook.name} did not run: {outcome.error}")
    return write_reference(notebook, source_notebook.name, reference_dir)


def cell_value(cell: nbformat.NotebookNode) -> float | None:
    """The number an executed test cell ends with, read the way nbgrader reads partial credit.

    None when the cell shows no result, or a result that is not one number (nbgrader then gives
    full points to a cell without an error).
    """
    for output in cell.get("outputs", []):
        if output.get("output_type") == "execute_result":
            text = output.get("data", {}).get("text/plain", "")
            text = text[0] if isinstance(text, list) and len(text) == 1 else text
            try:
                return float(text)
            except (TypeError, ValueError):
                return None
    return None


def count_value_checks(grade_id: str, value: float | None, max_points: float, points: list[float]) -> int:
    """How many checks at the end of a test cell add up to its value (0: the cell shows no number).

    Args:
        grade_id: the cell's grade id (for the message).
        value: what the reference run's cell ended with (:func:`cell_value`).
        max_points: the cell's points.
        points: the points of the checks the cell called, in order.

    Raises:
        BrokenReference: the value is not the sum of the last checks' points, or not the cell's
            points (the verdict could not reproduce the notebook's arithmetic).
    """
    if value is None or not points:
        return 0
    for count in range(1, len(points) + 1):
        if abs(sum(points[-count:]) - value) <= 1e-9:
            if abs(value - max_points) > 1e-9:
                raise BrokenReference(f"{grade_id}: the reference run ends with {value:g}, not the "
                                      f"cell's {max_points:g} points")
            return count
    raise BrokenReference(f"{grade_id}: the reference run ends with {value:g}, which is not the sum "
                          f"of the points of its last checks {points}: the verdict cannot reproduce "
                          "how the cell counts its checks (end the cell with a check call or a sum "
                          "of check calls)")


def write_reference(notebook: nbformat.NotebookNode, name: str, reference_dir: Path) -> Reference:
    """Write ``reference.json`` for an executed instructor notebook whose exports are in place.

    ``reference_dir/exports/cells/<grade_id>/`` must already hold the exports of the run that
    produced ``notebook``'s outputs (each cell's value relates its checks, see
    :func:`count_value_checks`).

    Raises:
        BrokenReference: a check of the reference does not earn full points, or a cell's value is
            not explained by its checks.
    """
    reference_dir = Path(reference_dir)
    index = {"notebook": name, "cells": [{"grade_id": g, "max_points": p} for g, p in test_cells(notebook)]}
    (reference_dir / INDEX).write_text(json.dumps(index, indent=1))
    values = {}
    for cell in notebook.cells:
        meta = cell.get("metadata", {}).get("nbgrader", {})
        if cell.cell_type == "code" and meta.get("grade") and not meta.get("solution"):
            values[str(meta.get("grade_id"))] = cell_value(cell)
    for entry, cell in zip(index["cells"], load_reference(reference_dir).cells):
        entry["value_checks"] = count_value_checks(cell.grade_id, values.get(cell.grade_id), cell.max_points,
                                             [c.points for c in cell.checks])
    (reference_dir / INDEX).write_text(json.dumps(index, indent=1))
    reference = load_reference(reference_dir)
    verify_reference(reference)
    return reference


def load_reference(reference_dir: Path) -> Reference:
    """Read a reference folder written by :func:`build_reference`."""
    reference_dir = Path(reference_dir)
    index = json.loads((reference_dir / INDEX).read_text())
    cells = []
    for entry in index["cells"]:
        cell = CellReference(entry["grade_id"], float(entry["max_points"]),
                             value_checks=int(entry.get("value_checks", 1)))
        folder = reference_dir / "exports" / CELLS / safe_folder_name(cell.grade_id)
        if folder.is_dir():
            for path in sorted(folder.iterdir()):
                if not JSON_NAME.match(path.name):
                    continue
                payload, arrays = read_raw_payload(path)
                cell.checks.append(ReferenceCheck(
                    payload["check"], decode(payload["expectation"], arrays), float(payload["points"]),
                    decode(payload["observation"], arrays)))
        cells.append(cell)
    return Reference(index["notebook"], cells)


def verify_reference(reference: Reference) -> None:
    """Raise :class:`BrokenReference` unless every reference check earns its full points."""
    from autograder.verdict.judges import judge_one

    problems = []
    for cell in reference.cells:
        for check in cell.checks:
            earned, message = judge_one(check.check, check.observation or {}, check.expectation,
                                        check.points)
            if earned < check.points:
                problems.append(f"{cell.grade_id}: {check.check} gives {earned:g}/{check.points:g} "
                                f"on the reference itself ({message})")
    if problems:
        raise BrokenReference("the reference does not earn its own points: " + "; ".join(problems))
