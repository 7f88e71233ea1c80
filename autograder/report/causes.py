"""Failure messages grouped by cause: the test, the check and its message with the numbers folded away.

"Layer 1: expected Dense(256, activation='relu'), found Dense(128, activation='relu')" and the same
message with 64 are one cause, ``Layer #: expected Dense(#, activation='relu'), found Dense(#, ...)``.
A message that quotes a hidden test line is withheld, like in the students' feedback.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

NUMBER = re.compile(r"(?<![\w.])[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?(?!\w)")
CHECK_PREFIX = re.compile(r"^(check_\w+): (.*)$", re.DOTALL)
WITHHELD = "(message withheld: it quotes a hidden test)"
WHOLE_SUBMISSION = "(whole submission)"


def fold_numbers(message: str) -> str:
    """Return ``message`` with every number replaced by ``#`` (names such as ``conv2d_1`` or
    ``ch01_sequential`` keep their digits)."""
    return NUMBER.sub("#", message)


@dataclass
class Cause:
    """One cause of failure: where, which check, the folded message, an example and who."""

    test: str
    check: str
    pattern: str
    example: str
    students: list[str] = field(default_factory=list)

    @property
    def count(self) -> int:
        """How many submissions failed this way."""
        return len(self.students)


def failed_checks(verdict: dict) -> list[tuple[str, str]]:
    """``[(check, message)]`` of a verdict that did not earn full points (empty when it did).

    Each failing check's own message when the verdict has them; else the verdict's reason, split
    into check and message when it starts with a check's name.
    """
    if float(verdict.get("points") or 0.0) >= float(verdict.get("max_points") or 0.0):
        return []
    failing = [(c["check"], c["message"]) for c in verdict.get("checks", []) if c.get("message")]
    if failing:
        return failing
    reason = verdict.get("reason") or "no reason recorded"
    match = CHECK_PREFIX.match(reason)
    return [(match.group(1), match.group(2))] if match else [("", reason)]


def group_failures(records: dict[str, dict], hidden: list[str] = ()) -> list[Cause]:
    """Group the failures of every record by cause; most frequent first.

    Args:
        records: ``{student: grading record}``.
        hidden: hidden test lines of the chapter: a message quoting one is withheld.

    A submission that failed as a whole (``failed``: an unusable notebook) is one cause under
    :data:`WHOLE_SUBMISSION`; ``error`` submissions are the grader's failures, not causes.
    """
    causes: dict[tuple[str, str, str], Cause] = {}

    def add(test: str, check: str, message: str, student: str) -> None:
        if any(line in message for line in hidden):
            message = WITHHELD
        key = (test, check, fold_numbers(message))
        cause = causes.setdefault(key, Cause(test, check, key[2], message))
        if student not in cause.students:
            cause.students.append(student)

    for student, record in records.items():
        if record.get("status") == "failed":
            add(WHOLE_SUBMISSION, "", record.get("reason") or "failed", student)
        if record.get("status") != "graded":
            continue
        for verdict in record.get("verdicts", []):
            for check, message in failed_checks(verdict):
                add(f"{verdict['notebook']}:{verdict['cell']}", check, message, student)
    return sorted(causes.values(), key=lambda c: (-c.count, c.test, c.check, c.pattern))
