"""The report as one self-contained HTML page: inline CSS, plots as base64 PNGs, no script, no network.

Every piece of text from the gradebook, the records or the submissions is escaped with
:func:`html.escape`. The page shows check messages and, in the similarity section, students' own
solution cells; it is the instructor's page and never part of a student's feedback.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field

from autograder.report.causes import Cause
from autograder.report.similarity import SimilarPair
from autograder.report.statistics import StudentRow, TestSummary

STYLE = """
body{font-family:system-ui,sans-serif;margin:1.5em auto;max-width:1200px;color:#222;padding:0 1em}
h1{font-size:1.6em}h2{border-bottom:2px solid #ddd;padding-bottom:.2em;margin-top:1.6em}
table{border-collapse:collapse;margin:.5em 0;width:100%}th,td{border:1px solid #ddd;padding:.3em .5em;
text-align:left;vertical-align:top;font-size:.92em}th{background:#f3f3f3}
.tests{display:flex;flex-wrap:wrap;gap:1em}.test{border:1px solid #ddd;border-radius:6px;padding:.6em;width:360px}
.test h3{margin:.1em 0 .3em;font-size:1em;word-break:break-all}.figures{color:#555;font-size:.9em}
code,pre{font-family:ui-monospace,monospace;font-size:.88em}pre{background:#f7f7f7;padding:.5em;overflow-x:auto;
margin:0;white-space:pre-wrap}.side{display:grid;grid-template-columns:1fr 1fr;gap:.5em}
.status-error{color:#b71c1c;font-weight:bold}.status-failed{color:#e65100;font-weight:bold}
.instructor{border:2px solid #b71c1c;border-radius:6px;padding:0 1em 1em}.num{text-align:right}
"""


@dataclass
class ReportPage:
    """Everything the page shows (already computed)."""

    chapter: str
    course_id: str
    generated: str
    summaries: list[TestSummary]
    plots: dict[str, str]  # test key -> data URI
    time_plot: str
    causes: list[Cause]
    rows: list[StudentRow]
    counts: dict[str, int]
    slowest: list[StudentRow]
    failing: list[StudentRow]
    feedback: dict[str, list[str]] = field(default_factory=dict)  # student -> relative links
    pairs: list[SimilarPair] | None = None  # None: the similarity check was not run
    similarity_note: str = ""


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def _anchor(student: str) -> str:
    return "student-" + "".join(c if c.isalnum() or c in "-_" else "_" for c in student)


def _points(row: StudentRow) -> str:
    return "-" if row.points is None else f"{row.points:g}/{row.max_points:g}"


def _student_link(student: str) -> str:
    return f'<a href="#{_anchor(student)}">{_e(student)}</a>'


def _tests(page: ReportPage) -> str:
    cards = []
    for summary in page.summaries:
        key = summary.test.key
        cards.append(
            f'<div class="test" data-test="{_e(key)}"><h3>{_e(key)}</h3>'
            f'<img src="{page.plots[key]}" alt="score distribution of {_e(key)}" width="288">'
            f'<div class="figures">max {summary.test.max_points:g} points · mean <b>{summary.mean:.2f}</b> · '
            f'full marks <b>{summary.full_share:.0%}</b> of {len(summary.points)}'
            + (f' · <b>{summary.pending}</b> awaiting manual grading' if summary.pending else '') + '</div></div>')
    return f'<h2 id="tests">Tests ({len(page.summaries)})</h2><div class="tests">{"".join(cards)}</div>'


def _causes(page: ReportPage) -> str:
    if not page.causes:
        return '<h2 id="causes">What went wrong</h2><p>No test failed.</p>'
    rows = "".join(
        f"<tr><td><code>{_e(c.test)}</code></td><td><code>{_e(c.check or '-')}</code></td>"
        f"<td><code>{_e(c.pattern)}</code><br><small>e.g. {_e(c.example)}</small></td>"
        f'<td class="num">{c.count}</td><td>{", ".join(_student_link(s) for s in c.students)}</td></tr>'
        for c in page.causes)
    return ('<h2 id="causes">What went wrong, by cause</h2><p>Failure messages grouped by test, check and '
            'message, with the numbers of each submission folded into <code>#</code>.</p>'
            f"<table><tr><th>test</th><th>check</th><th>message</th><th>count</th><th>students</th></tr>{rows}</table>")


def _summary(page: ReportPage) -> str:
    seconds = sorted(r.seconds for r in page.rows)
    median = seconds[len(seconds) // 2] if seconds else 0.0
    mean = sum(seconds) / len(seconds) if seconds else 0.0
    scored = [r.points for r in page.rows if r.points is not None]
    counts = " · ".join(f'{_e(status)} <b>{count}</b>' for status, count in page.counts.items())
    return (f'<h2 id="summary">Class</h2><p>{len(page.rows)} submissions: {counts}. '
            f"Mean points {sum(scored) / len(scored) if scored else 0:.2f} of "
            f"{page.rows[0].max_points if page.rows else 0:g}. Time per submission: median {median:.1f} s, "
            f"mean {mean:.1f} s, longest {seconds[-1] if seconds else 0:.1f} s.</p>"
            f'<img src="{page.time_plot}" alt="grading time per submission" width="384">')


def _short_table(title: str, anchor: str, rows: list[StudentRow], empty: str) -> str:
    if not rows:
        return f'<h2 id="{anchor}">{title}</h2><p>{empty}</p>'
    body = "".join(f'<tr><td>{_student_link(r.student)}</td><td class="status-{_e(r.status)}">{_e(r.status)}</td>'
                   f'<td class="num">{_points(r)}</td><td class="num">{r.seconds:.1f}</td><td>{_e(r.reason)}</td></tr>'
                   for r in rows)
    return (f'<h2 id="{anchor}">{title}</h2><table><tr><th>student</th><th>status</th><th>points</th>'
            f"<th>seconds</th><th>reason</th></tr>{body}</table>")


def _students(page: ReportPage) -> str:
    body = []
    for r in page.rows:
        links = " ".join(f'<a href="{_e(href)}">{_e(href.rsplit("/", 1)[-1])}</a>' for href in page.feedback.get(r.student, []))
        body.append(f'<tr id="{_anchor(r.student)}"><td>{_e(r.student)}</td><td class="status-{_e(r.status)}">'
                    f'{_e(r.status)}</td><td class="num">{_points(r)}</td><td class="num">{r.seconds:.1f}</td>'
                    f"<td>{_e(r.device)}</td><td>{_e(', '.join(r.failed_tests))}</td><td>{_e(r.reason)}</td>"
                    f"<td>{links or 'none yet'}</td></tr>")
    return ('<h2 id="students">Students</h2><table><tr><th>student</th><th>status</th><th>points</th>'
            "<th>seconds</th><th>device</th><th>tests not at full marks</th><th>reason</th><th>feedback</th></tr>"
            f'{"".join(body)}</table>')


def _similarity(page: ReportPage) -> str:
    head = ('<section class="instructor" id="similarity"><h2>Similarity (instructor only)</h2>'
            f"<p>{_e(page.similarity_note)}</p>")
    if page.pairs is None:
        return head + "<p>Not run.</p></section>"
    if not page.pairs:
        return head + "<p>No pair of submissions is near-identical.</p></section>"
    parts = [head]
    for pair in page.pairs:
        parts.append(f"<h3>{_student_link(pair.student_a)} and {_student_link(pair.student_b)}: "
                     f"{pair.similarity:.0%} of their own solution code matches</h3>")
        for cell in pair.cells:
            marked = {"a": f" · {_e(pair.student_a)}'s cell is the instructor's solution",
                      "b": f" · {_e(pair.student_b)}'s cell is the instructor's solution",
                      "both": " · both cells are the instructor's solution"}.get(cell.solution, "")
            parts.append(f'<p><code>{_e(cell.cell)}</code> ({cell.similarity:.0%}{marked})</p><div class="side">'
                         f"<pre>{_e(cell.code_a)}</pre><pre>{_e(cell.code_b)}</pre></div>")
    return "".join(parts) + "</section>"


def render_page(page: ReportPage) -> str:
    """Return the whole report as one HTML document."""
    title = f"{page.chapter}: class report"
    nav = " · ".join(f'<a href="#{a}">{t}</a>' for a, t in (
        ("summary", "class"), ("tests", "tests"), ("causes", "what went wrong"), ("failing", "needs a look"),
        ("slowest", "slowest"), ("students", "students"), ("similarity", "similarity")))
    return "".join([
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{_e(title)}</title>',
        f"<style>{STYLE}</style></head><body><h1>{_e(title)}</h1>",
        f"<p>Course <code>{_e(page.course_id)}</code>, built {_e(page.generated)} from the gradebook and the "
        f"grading records. Hidden tests and solutions are not shown. {nav}</p>",
        _summary(page), _tests(page), _causes(page),
        _short_table("Needs a look: not graded or under half the points", "failing", page.failing,
                     "Every submission was graded and earned at least half the points."),
        _short_table("Slowest submissions", "slowest", page.slowest, "No submission."),
        _students(page), _similarity(page), "</body></html>"])
