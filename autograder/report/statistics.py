"""The figures of a graded class: per test (distribution, mean, share of full marks) and per submission."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from autograder.report.class_scores import ClassScores, TestCell

SCORED = ("graded", "failed")  # statuses whose points are the student's (an error is the grader's)


@dataclass
class TestSummary:
    """One test across the class: every scored submission's points on it."""

    test: TestCell
    points: list[float] = field(default_factory=list)
    pending: int = 0  # submissions whose cell nobody scored yet (manual grading)

    @property
    def mean(self) -> float:
        """Mean points (0 when nobody was scored)."""
        return sum(self.points) / len(self.points) if self.points else 0.0

    @property
    def full_share(self) -> float:
        """Share of scored submissions with full marks on this test (0..1)."""
        if not self.points:
            return 0.0
        return sum(p >= self.test.max_points - 1e-9 for p in self.points) / len(self.points)

    def distribution(self) -> dict[float, int]:
        """``{points: how many submissions}`` for every score that occurred, ascending."""
        return dict(sorted(Counter(round(p, 6) for p in self.points).items()))


@dataclass
class StudentRow:
    """One submission of the chapter, as the per-student table shows it."""

    student: str
    status: str
    points: float | None  # None: not scored (the grader failed)
    max_points: float
    seconds: float
    device: str
    reason: str
    failed_tests: list[str] = field(default_factory=list)


def test_summaries(scores: ClassScores, records: dict[str, dict]) -> list[TestSummary]:
    """One :class:`TestSummary` per test, over the submissions whose last status is scored."""
    scored = [s for s, record in records.items() if record.get("status") in SCORED and s in scores.scores]
    summaries = []
    for test in scores.tests:
        points = [scores.scores[s].get(test.key, 0.0) for s in scored]
        summaries.append(TestSummary(test, [p for p in points if p is not None], sum(p is None for p in points)))
    return summaries


def student_rows(scores: ClassScores, records: dict[str, dict]) -> list[StudentRow]:
    """One row per grading record, sorted by student."""
    rows = []
    for student, record in records.items():
        status = record.get("status", "")
        per_test = scores.scores.get(student, {})
        points = sum(p or 0.0 for p in per_test.values()) if status in SCORED and student in scores.scores else None
        failed = [t.key for t in scores.tests if status == "graded" and per_test.get(t.key, 0.0) is not None
                  and per_test.get(t.key, 0.0) < t.max_points - 1e-9]
        rows.append(StudentRow(student, status, points, scores.max_points, float(record.get("seconds") or 0.0),
                               record.get("device") or "", record.get("reason") or "", failed))
    return rows


def status_counts(rows: list[StudentRow]) -> dict[str, int]:
    """``{status: submissions}`` with ``graded``, ``failed`` and ``error`` always present."""
    counts = {"graded": 0, "failed": 0, "error": 0}
    for row in rows:
        counts[row.status] = counts.get(row.status, 0) + 1
    return counts


def slowest(rows: list[StudentRow], count: int = 5) -> list[StudentRow]:
    """The ``count`` submissions that took longest to grade, slowest first."""
    return sorted(rows, key=lambda r: (-r.seconds, r.student))[:count]


def failing(rows: list[StudentRow]) -> list[StudentRow]:
    """Submissions that need a look: not graded (``failed``, ``error``) or under half the points."""
    return [r for r in rows if r.points is None or r.status != "graded" or r.points < r.max_points / 2]
