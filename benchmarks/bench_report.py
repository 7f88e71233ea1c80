"""How long ``keras-course report`` takes for a synthetic class (default 500 graded submissions).

Builds the class once without grading (``tests/support/synthetic_class.py``: a gradebook written by
the grading pipeline's own writer, a grading record and a submitted notebook per student), then
times the command as an instructor runs it (``keras-course report`` in a new process, imports
included), then ``build_report`` (gradebook, records, plots, similarity, HTML, CSV, JSON) in this
process after a warm-up build, and prints the figures.

    .venv/bin/python benchmarks/bench_report.py [--students 500] [--repeats 3]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "support"))

from synthetic_class import CHAPTER, synthetic_class  # noqa: E402


def main() -> int:
    """Build the synthetic class, time the report, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--students", type=int, default=500)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    os.environ.setdefault("MPLBACKEND", "Agg")
    from autograder.report.build import build_report
    from autograder.tool_path import ensure_tools_on_path

    ensure_tools_on_path()
    with tempfile.TemporaryDirectory(prefix="bench-report-") as tmp:
        course = Path(tmp) / "course"
        started = time.perf_counter()
        synthetic_class(course, students=args.students)
        print(f"synthetic class of {args.students} submissions built in {time.perf_counter() - started:.1f} s")
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "autograder.cli.main", "report", CHAPTER], cwd=course, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        print(f"keras-course report {CHAPTER} (new process, imports included): {time.perf_counter() - started:.2f} s")
        build_report(CHAPTER, root=course)
        times = []
        for _ in range(args.repeats):
            started = time.perf_counter()
            report = build_report(CHAPTER, root=course)
            times.append(time.perf_counter() - started)
        size = (report.folder / "report.html").stat().st_size
        print(f"report of {len(report.page.rows)} submissions, {len(report.page.summaries)} tests, "
              f"{len(report.page.causes)} causes, {len(report.page.pairs or [])} similar pairs, "
              f"report.html {size / 1e6:.2f} MB")
        print(f"build_report: best {min(times):.2f} s, worst {max(times):.2f} s over {args.repeats} runs "
              f"(target: under 10 s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
