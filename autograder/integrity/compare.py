"""Comparing a submitted notebook's graded structure with its chapter's reference, without running it.

Every problem is one line saying what is wrong and how to repair it. The comparison looks only at
cell types, nbgrader metadata, order and locked sources: never at the student's answers.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from autograder.integrity.problem import Problem
from autograder.integrity.reading import MAX_NOTEBOOK_BYTES, read_submission
from autograder.cell_source import cell_text
from autograder.integrity.reference import ExpectedCell, Reference, normalized

SCHEMA_VERSION = 3
FLAGS = ("grade", "solution", "locked", "task")


@dataclass(frozen=True)
class _Seen:
    """A submission cell that carries nbgrader metadata."""

    position: int  # 1-based
    grade_id: str | None
    cell_type: str
    meta: dict
    text: str


def check_submission(path: str | Path, reference: Reference, max_bytes: int = MAX_NOTEBOOK_BYTES) -> list[Problem]:
    """Return every structural problem of the notebook at ``path`` compared with ``reference``.

    Runs no code. An empty list means the graded structure is intact. A file that cannot be read as
    a notebook yields a single problem whose ``unusable`` is True.

    Example:
        >>> problems = check_submission("submitted/ana/ch01_sequential/ch01_sequential.ipynb",
        ...                             load_reference(Path("."), "ch01_sequential"))
        >>> [p.message for p in problems]
        ["cell 'test_build_fizzbuzz_model' (test cell) was deleted: copy it back from ..."]
    """
    data, unusable = read_submission(Path(path), reference.restart, max_bytes)
    if unusable is not None:
        return [unusable]
    return check_notebook(data, reference)


def _seen_cells(data: dict) -> tuple[list[_Seen], list[Problem]]:
    seen, problems = [], []
    for position, cell in enumerate(data["cells"], start=1):
        metadata = cell.get("metadata")
        meta = metadata.get("nbgrader") if isinstance(metadata, dict) else None
        if meta is None:
            continue
        if not isinstance(meta, dict):
            problems.append(Problem(
                "metadata_changed",
                f"cell {position}: its nbgrader metadata is not a mapping (forged or damaged): delete the cell "
                "if you added it, or re-fetch the assignment",
                cell=position,
            ))
            continue
        grade_id = meta.get("grade_id")
        seen.append(_Seen(position, grade_id if isinstance(grade_id, str) and grade_id else None,
                          str(cell.get("cell_type")), meta, cell_text(cell)))
    return seen, problems


def _is_graded(meta: dict) -> bool:
    return any(bool(meta.get(flag)) for flag in FLAGS)


def _points(meta: dict) -> float | None:
    try:
        return float(meta.get("points"))
    except (TypeError, ValueError):
        return None


def _pair_renamed(unknown: list[_Seen], missing: list[ExpectedCell], first: dict[str, _Seen],
                  reference: Reference) -> list[tuple[_Seen, ExpectedCell]]:
    """Pair cells whose grade id was changed with the reference cell they were (same text or same place)."""
    order = [cell.grade_id for cell in reference.cells]
    pairs = []
    for cell in list(unknown):
        match = None
        for expected in missing:
            if expected.source is not None and normalized(cell.text) == expected.source:
                match = expected
                break
        if match is None and reference.ordered:
            known_before = [s.grade_id for s in first.values() if s.position < cell.position]
            previous = known_before[-1] if known_before else None
            for expected in missing:
                index = order.index(expected.grade_id)
                earlier = [gid for gid in order[:index] if gid in first]
                if (earlier[-1] if earlier else None) == previous and expected.cell_type == cell.cell_type:
                    match = expected
                    break
        if match is not None:
            pairs.append((cell, match))
            missing.remove(match)
            unknown.remove(cell)
    return pairs


def _longest_in_order(ids: list[str], order: list[str]) -> set[str]:
    """Return the largest set of ``ids`` already in reference ``order`` (a longest common subsequence)."""
    rank = {gid: i for i, gid in enumerate(order)}
    ranks = [rank[gid] for gid in ids]
    best: list[list[int]] = []  # best[i]: indices of the longest increasing run ending at i
    for i, r in enumerate(ranks):
        chain = max((best[j] for j in range(i) if ranks[j] < r), key=len, default=[])
        best.append(chain + [i])
    longest = max(best, key=len, default=[])
    return {ids[i] for i in longest}


def _cell_problems(expected: ExpectedCell, cell: _Seen, repair: str) -> list[Problem]:
    name = f"cell '{expected.grade_id}'"
    where = {"grade_id": expected.grade_id, "cell": cell.position}
    problems = []
    if cell.cell_type != expected.cell_type:
        key = "Y" if expected.cell_type == "code" else "M"
        problems.append(Problem(
            "retyped",
            f"{name} was changed from a {expected.cell_type} cell to a {cell.cell_type} cell: select it and "
            f"press {key} to make it {expected.cell_type} again, or {repair}", **where))
    schema = cell.meta.get("schema_version")
    if schema != SCHEMA_VERSION:
        problems.append(Problem(
            "schema_version",
            f"{name} has nbgrader schema_version {schema!r}, the course uses {SCHEMA_VERSION} (forged or "
            f"damaged metadata): {repair}", **where))
    changed = [f"{flag}: {getattr(expected, flag)} -> {bool(cell.meta.get(flag))}"
               for flag in ("grade", "solution", "task") if bool(cell.meta.get(flag)) != getattr(expected, flag)]
    if expected.locked and not expected.solution and not cell.meta.get("locked") and not cell.meta.get("grade"):
        changed.append("locked: True -> False")
    if changed:
        problems.append(Problem(
            "metadata_changed",
            f"{name}'s nbgrader metadata was changed ({', '.join(changed)}): {repair}", **where))
    if expected.points is not None and not changed:
        points = _points(cell.meta)
        if points != expected.points:
            shown = cell.meta.get("points")
            problems.append(Problem(
                "points_changed",
                f"{name} is worth {expected.points:g} point{'' if expected.points == 1 else 's'} but this notebook says {shown!r}: {repair}", **where))
    if expected.source is not None and cell.cell_type == expected.cell_type and normalized(cell.text) != expected.source:
        problems.append(Problem(
            "locked_edited",
            f"locked {name} ({expected.role}) was edited; locked cells are restored before grading, so undo "
            f"your changes: {repair}", **where))
    return problems


def check_notebook(data: dict, reference: Reference) -> list[Problem]:
    """Return the structural problems of an already-parsed nbformat-4 notebook (see check_submission)."""
    repair = reference.repair
    expected = reference.by_id()
    seen, problems = _seen_cells(data)

    first: dict[str, _Seen] = {}
    duplicates: dict[str, list[int]] = {}
    unknown: list[_Seen] = []
    for cell in seen:
        if cell.grade_id in expected:
            if cell.grade_id in first:
                duplicates.setdefault(cell.grade_id, [first[cell.grade_id].position]).append(cell.position)
            else:
                first[cell.grade_id] = cell
        elif _is_graded(cell.meta):
            unknown.append(cell)

    for grade_id, positions in duplicates.items():
        listed = ", ".join(str(p) for p in positions)
        problems.append(Problem(
            "duplicated",
            f"cell '{grade_id}' ({expected[grade_id].role}) appears {len(positions)} times (cells {listed}): "
            "delete the copies and keep one; a copied cell keeps its nbgrader id, so write new code in a "
            "plain new cell instead",
            grade_id=grade_id, cell=positions[1]))

    missing = [cell for cell in reference.cells if cell.grade_id not in first]
    for cell, was in _pair_renamed(unknown, missing, first, reference):
        problems.append(Problem(
            "renamed",
            f"cell {cell.position} was '{was.grade_id}' ({was.role}) but its grade_id was changed to "
            f"{cell.grade_id!r}: {repair}",
            grade_id=was.grade_id, cell=cell.position))
    for cell in missing:
        problems.append(Problem(
            "deleted", f"cell '{cell.grade_id}' ({cell.role}) was deleted: {repair}", grade_id=cell.grade_id))
    for cell in unknown:
        label = f"'{cell.grade_id}'" if cell.grade_id else "without a grade_id"
        problems.append(Problem(
            "unknown_cell",
            f"cell {cell.position} carries nbgrader grading metadata ({label}) that the chapter does not have "
            "(added or forged): delete that cell, and write your own code in plain cells",
            cell=cell.position))

    for grade_id, cell in first.items():
        problems.extend(_cell_problems(expected[grade_id], cell, repair))

    if reference.ordered:
        order = [cell.grade_id for cell in reference.cells]
        present = list(first)
        in_place = _longest_in_order(present, order)
        for grade_id in present:
            if grade_id in in_place:
                continue
            index = order.index(grade_id)
            before = next((gid for gid in reversed(order[:index]) if gid in in_place), None)
            after = f"right after '{before}'" if before else "before the other graded cells"
            problems.append(Problem(
                "moved",
                f"cell '{grade_id}' ({expected[grade_id].role}) was moved: drag it back {after} "
                f"(see {reference.copy_from})",
                grade_id=grade_id, cell=first[grade_id].position))
    problems.sort(key=lambda p: (p.cell or 0, p.kind))
    return problems
