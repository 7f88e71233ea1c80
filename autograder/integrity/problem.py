"""Problem: one thing wrong with a submitted notebook's graded structure, and how to repair it."""

from __future__ import annotations

from dataclasses import dataclass

# Kinds that make the whole file unusable: nothing in it can be graded.
UNUSABLE_KINDS = frozenset({"missing", "too_large", "invalid_json", "not_a_notebook"})


@dataclass(frozen=True)
class Problem:
    """One structural problem found in a submission.

    Attributes:
        kind: a stable machine-readable name (``deleted``, ``duplicated``, ``retyped``, ``moved``,
            ``renamed``, ``points_changed``, ``metadata_changed``, ``schema_version``,
            ``locked_edited``, ``unknown_cell``, ``missing``, ``too_large``, ``invalid_json``,
            ``not_a_notebook``).
        message: one line for a student: what is wrong and how to repair it.
        grade_id: the reference cell affected (its grade id), or None when the whole file is.
        cell: 1-based position of the offending cell in the submission, when there is one.
    """

    kind: str
    message: str
    grade_id: str | None = None
    cell: int | None = None

    @property
    def unusable(self) -> bool:
        """True when the file as a whole cannot be read as a notebook (nothing can be graded)."""
        return self.kind in UNUSABLE_KINDS

    def __str__(self) -> str:
        return self.message
