"""Measure what the sandbox costs per submission: one notebook executed with and without it.

    python -m autograder.sandbox.measure NOTEBOOK [--runs 3]

Runs the notebook ``--runs`` times in a sandboxed kernel (``auto``: bwrap + cgroup + limits) and
as many times in a plain kernel (``off``: same executor, output cap and timeouts, no isolation),
alternating, each in a fresh copy of the notebook's folder, and prints each time, the medians and
the difference. Prints the protections in force, so a machine without bwrap or cgroups shows it.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from pathlib import Path

import nbformat

from autograder.sandbox.execute import execute_notebook
from autograder.sandbox.protections import describe


def one_run(notebook_path: Path, mode: str) -> tuple[float, str, list]:
    """Execute the notebook once in ``mode``; return (seconds, error, protections)."""
    with tempfile.TemporaryDirectory(prefix="kc-measure-") as scratch:
        workdir = Path(scratch) / "work"
        shutil.copytree(notebook_path.parent, workdir,
                        ignore=shutil.ignore_patterns("*.ipynb", ".ipynb_checkpoints"))
        notebook = nbformat.read(notebook_path, as_version=4)
        started = time.perf_counter()
        outcome = execute_notebook(notebook, workdir, export_root=Path(scratch) / "exports", mode=mode)
        return time.perf_counter() - started, outcome.error, outcome.protections


def main(argv: list[str] | None = None) -> int:
    """Print the timings; exit 1 when a run failed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notebook", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    times: dict[str, list[float]] = {"auto": [], "off": []}
    failed = False
    for index in range(args.runs):
        for mode in ("auto", "off"):
            seconds, error, protections = one_run(args.notebook, mode)
            times[mode].append(seconds)
            failed = failed or bool(error)
            print(f"run {index + 1} {'sandboxed' if mode == 'auto' else 'plain    '} {seconds:6.2f} s"
                  + (f"  ERROR {error}" if error else ""))
            if index == 0 and mode == "auto":
                print(describe(protections))
    with_box, without = statistics.median(times["auto"]), statistics.median(times["off"])
    print(f"median sandboxed {with_box:.2f} s, plain {without:.2f} s, "
          f"cost {with_box - without:+.2f} s per submission ({(with_box / without - 1) * 100:+.0f}%)")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
