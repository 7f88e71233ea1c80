"""The report's data for spreadsheets and scripts: ``report.json`` and one CSV per table."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import asdict

from autograder.report.page import ReportPage


def report_json(page: ReportPage) -> str:
    """Everything the page shows except the plots, as one JSON document."""
    data = {
        "chapter": page.chapter, "course_id": page.course_id, "generated": page.generated,
        "counts": page.counts,
        "tests": [{"test": s.test.key, "notebook": s.test.notebook, "cell": s.test.cell,
                   "max_points": s.test.max_points, "mean": round(s.mean, 6), "full_share": round(s.full_share, 6),
                   "scored": len(s.points), "pending": s.pending, "distribution": {f"{k:g}": v for k, v in s.distribution().items()}}
                  for s in page.summaries],
        "causes": [{"test": c.test, "check": c.check, "pattern": c.pattern, "example": c.example,
                    "count": c.count, "students": c.students} for c in page.causes],
        "students": [dict(asdict(r), feedback=page.feedback.get(r.student, [])) for r in page.rows],
        "slowest": [r.student for r in page.slowest],
        "failing": [r.student for r in page.failing],
        "similarity": None if page.pairs is None else [asdict(p) for p in page.pairs],
    }
    return json.dumps(data, indent=1)


def _csv(header: list[str], rows: list[list]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()


def report_csvs(page: ReportPage) -> dict[str, str]:
    """``{file name: CSV text}``: ``tests.csv``, ``causes.csv``, ``students.csv`` and ``similarity.csv``."""
    files = {
        "tests.csv": _csv(["test", "max_points", "mean", "full_share", "scored", "pending"],
                          [[s.test.key, s.test.max_points, round(s.mean, 6), round(s.full_share, 6), len(s.points),
                            s.pending]
                           for s in page.summaries]),
        "causes.csv": _csv(["test", "check", "pattern", "example", "count", "students"],
                           [[c.test, c.check, c.pattern, c.example, c.count, " ".join(c.students)] for c in page.causes]),
        "students.csv": _csv(["student", "status", "points", "max_points", "seconds", "device", "failed_tests", "reason"],
                             [[r.student, r.status, "" if r.points is None else r.points, r.max_points, r.seconds,
                               r.device, " ".join(r.failed_tests), r.reason] for r in page.rows]),
    }
    if page.pairs is not None:
        files["similarity.csv"] = _csv(["student_a", "student_b", "similarity", "cells"],
                                       [[p.student_a, p.student_b, round(p.similarity, 6),
                                         " ".join(f"{c.cell}:{c.similarity:.2f}" for c in p.cells)] for p in page.pairs])
    return files
