"""The trusted verdict of one submission: per test cell points from its exports and the reference.

Runs in the grader's own process and never imports or runs student code: it reads the exports the
sandbox left (as data, see :mod:`autograder.verdict.exports`) and judges each observation against
the *reference* expectation (:mod:`autograder.verdict.reference`), with the reference's points.

Per test cell:

* a cell whose reference calls no check is not re-judged (``points`` is None: nbgrader's score of
  the cell stands, and the reason says so);
* no export folder, an unreadable export, or exports that are not the checks the reference cell
  calls (another check, another count) score 0 with the reason;
* otherwise the cell fails (0) when any of its checks fails (in the notebook the check raises);
  else it earns what the cell's value would be in an honest run, the points nbgrader's partial
  credit reads: the sum of the points of the checks the value adds up (the reference's
  ``value_checks`` last checks, e.g. ``check_a(...) + check_b(...)``), at most ``max_points``, or
  ``max_points`` when the cell shows no number.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path

from autograder.sandbox.execute import CELLS, safe_folder_name
from autograder.verdict.exports import MalformedExport, read_cell_exports
from autograder.verdict.judges import judge_one
from autograder.verdict.reference import Reference

NOT_REJUDGED = "no check in this test cell: scored from the notebook's outputs"


@dataclass
class CellVerdict:
    """The trusted points of one test cell (``None``: not re-judged) and why."""

    grade_id: str
    points: float | None
    max_points: float
    reason: str = ""
    checks: list[dict] = field(default_factory=list)


def judge_cell(folder: Path, cell) -> CellVerdict:
    """Judge one test cell's export folder against its :class:`CellReference`."""
    if not cell.checks:
        return CellVerdict(cell.grade_id, None, cell.max_points, NOT_REJUDGED)
    try:
        exports = read_cell_exports(folder)
    except MalformedExport as error:
        return CellVerdict(cell.grade_id, 0.0, cell.max_points, str(error))
    expected = [c.check for c in cell.checks]
    found = [e.check for e in exports]
    if found != expected:
        if found == expected[:len(found)]:  # the test stopped early: say why when a check failed
            for export, reference in zip(exports, cell.checks):
                earned, message = judge_one(reference.check, export.observation,
                                            reference.expectation, reference.points)
                if message:
                    return CellVerdict(cell.grade_id, 0.0, cell.max_points,
                                       f"{reference.check}: {message}")
            return CellVerdict(cell.grade_id, 0.0, cell.max_points,
                               f"the hidden test stopped after {len(found)} of its {len(expected)} "
                               "checks (an error, a timeout or a dead kernel)")
        return CellVerdict(cell.grade_id, 0.0, cell.max_points,
                           f"the exports do not match the test: expected {expected}, found {found}")
    results = []
    for export, reference in zip(exports, cell.checks):
        earned, message = judge_one(reference.check, export.observation, reference.expectation,
                                    reference.points)
        results.append({"check": reference.check, "points": earned, "max_points": reference.points,
                        "message": message, "source": export.source})
    failed = [r for r in results if r["message"]]
    if failed:
        reason = "; ".join(f"{r['check']}: {r['message']}" for r in failed)
        return CellVerdict(cell.grade_id, 0.0, cell.max_points, reason, results)
    points, reason = cell_points(cell, results)
    return CellVerdict(cell.grade_id, points, cell.max_points, reason, results)


def cell_points(cell, results: list[dict]) -> tuple[float, str]:
    """The points of a cell whose checks all passed, as its value gives them, and why not full.

    The value is the sum of the points earned by the cell's last ``cell.value_checks`` checks
    (capped to ``0..max_points``); a cell that shows no number (``value_checks`` 0) earns full points.
    """
    if not cell.value_checks:
        return cell.max_points, ""
    counted = results[-cell.value_checks:]
    points = round(min(cell.max_points, max(0.0, sum(r["points"] for r in counted))), 6)
    short = [f"{r['check']}: {r['points']:g}/{r['max_points']:g} points" for r in counted
             if r["points"] < r["max_points"]]
    return points, "; ".join(short)


def judge_submission(export_root: Path | None, reference: Reference) -> list[CellVerdict]:
    """Judge every test cell of ``reference`` from a submission's export folder.

    Args:
        export_root: the submission's export root (holding ``cells/<grade_id>/``), or None when
            the submission produced none at all (every re-judged cell then scores 0).
        reference: the chapter's reference.

    Returns:
        One :class:`CellVerdict` per test cell, in notebook order.
    """
    verdicts = []
    for cell in reference.cells:
        if export_root is None:
            folder = Path("/nonexistent-export-root") / cell.grade_id
        else:
            folder = Path(export_root) / CELLS / safe_folder_name(cell.grade_id)
        verdicts.append(judge_cell(folder, cell))
    return verdicts


def verdicts_as_records(verdicts: list[CellVerdict]) -> list[dict]:
    """The verdicts as plain dicts (for logs and JSON)."""
    return [asdict(v) for v in verdicts]
