"""Benchmark: serial plain ``nbgrader autograde`` against ``keras-course grade --workers 2``, sandbox on and off.

Builds a class of solved and partly wrong submissions of the fixture chapter ``tf_tiny`` (it imports
TensorFlow, so each submission pays TensorFlow's start-up like a real chapter), grades it both ways
in separate copies, checks that every grade is identical, and prints wall times, the speed-up, the
per-submission overhead against the floor (executing the notebook once with nbclient, kernel start
included), the sandbox's cost per submission (``keras-course grade`` against the same command
with ``--sandbox off``; both build the chapter's reference once) and how the cost grows from the
first class size to the next.

    .venv/bin/python benchmarks/bench_grade.py [--sizes 16 64] [--workers 2] [--chapter tf_tiny]
    .venv/bin/python benchmarks/bench_grade.py --chapter ch01_sequential --sizes 16 --no-off --floor-repeats 1

A course chapter (``chNN_...``) is graded in a copy of the repository's course (its config and the
chapter's source): half the class the instructor's answers, half the untouched release, as issue 12
measured it; the fixture chapters use the fixture course. The line ``speed-up`` is serial
``nbgrader autograde`` over ``keras-course grade``, against the target of 1.7x, twice: cold (the
chapter's reference is built in the run, beside the first submissions, in one of the pool's slots)
and in a copy where ``keras-course reference CHAPTER`` built it beforehand (what an instructor does
once per chapter after releasing it; its time is printed, not counted).

Figures are wall-clock times on a shared machine: run it when the machine is otherwise idle.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
FIXTURE = REPO / "tests" / "autograder" / "grade" / "fixtures" / "course"
BIN = Path(sys.executable).parent
# TensorFlow's C++ errors (cuInit on a GPU-less machine) would zero a test cell in plain nbgrader; the
# chapters silence them in setup_chapter and the sandbox always does, so silence them for every run here
ENV = dict(os.environ, PATH=f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}", TF_CPP_MIN_LOG_LEVEL="3")
WRONG = {"tf_tiny": {"double": "def double(x):\n    return tf.constant(x) * 3"},
         "tiny": {"mul": "def mul(a, b):\n    return a + b"}}


TARGET_SPEEDUP = 1.7


def build_chapter_course(where: Path, chapter: str, size: int) -> Path:
    """A copy of the repository's course with ``chapter`` released and ``size`` submissions:
    even ones the instructor's answers, odd ones the untouched release."""
    course = where / "course"
    (course / "source").mkdir(parents=True)
    shutil.copy(REPO / "nbgrader_config.py", course)
    shutil.copytree(REPO / "source" / chapter, course / "source" / chapter)
    subprocess.run([str(BIN / "nbgrader"), "generate_assignment", chapter, "--force"], cwd=course, env=ENV,
                   check=True, capture_output=True)
    solved = json.loads((course / "source" / chapter / f"{chapter}.ipynb").read_text())
    release = json.loads((course / "release" / chapter / f"{chapter}.ipynb").read_text())
    for i in range(size):
        nb = json.loads(json.dumps(release))
        if i % 2 == 0:
            for cell, source_cell in zip(nb["cells"], solved["cells"]):
                if cell.get("metadata", {}).get("nbgrader", {}).get("solution"):
                    text = "".join(source_cell["source"]) if isinstance(source_cell["source"], list) \
                        else source_cell["source"]
                    cell["source"] = "\n".join(line for line in text.splitlines() if "### " not in line)
        folder = course / "submitted" / f"student{i:03d}" / chapter
        shutil.copytree(course / "release" / chapter, folder)
        (folder / f"{chapter}.ipynb").write_text(json.dumps(nb))
    return course


def build_course(where: Path, chapter: str, size: int) -> Path:
    """A fixture course with ``chapter`` released and ``size`` submissions (every third one wrong)."""
    course = where / "course"
    shutil.copytree(FIXTURE, course)
    with open(course / "nbgrader_config.py", "a") as config:  # the tests' 5 s cell limit is too tight here
        config.write("\nc.Execute.timeout = 120\n")
    subprocess.run([str(BIN / "nbgrader"), "generate_assignment", chapter, "--force"], cwd=course, env=ENV,
                   check=True, capture_output=True)
    solved = json.loads((course / "source" / chapter / f"{chapter}.ipynb").read_text())
    release = json.loads((course / "release" / chapter / f"{chapter}.ipynb").read_text())
    for i in range(size):
        nb = json.loads(json.dumps(release))
        for cell, source_cell in zip(nb["cells"], solved["cells"]):
            meta = cell.get("metadata", {}).get("nbgrader", {})
            if meta.get("solution"):
                text = "".join(source_cell["source"]) if isinstance(source_cell["source"], list) else source_cell["source"]
                text = "\n".join(l for l in text.splitlines() if "### " not in l)
                cell["source"] = WRONG[chapter].get(meta["grade_id"], text) if i % 3 == 2 else text
        folder = course / "submitted" / f"student{i:03d}" / chapter
        folder.mkdir(parents=True)
        (folder / f"{chapter}.ipynb").write_text(json.dumps(nb))
    return course


def read_scores(course: Path, chapter: str) -> dict:
    from nbgrader.api import Gradebook

    course_id = "fixture-course" if chapter in WRONG else "keras-course"
    with Gradebook("sqlite:///" + str(course / "gradebook.db"), course_id) as gb:
        return {(s.student_id, g.name): g.auto_score for s in gb.find_assignment(chapter).submissions
                for nb in s.notebooks for g in nb.grades}


def timed(command: list[str], cwd: Path) -> float:
    started = time.monotonic()
    subprocess.run(command, cwd=cwd, env=ENV, check=True, capture_output=True)
    return time.monotonic() - started


def floor_seconds(course: Path, chapter: str, repeats: int = 3) -> float:
    """Best of ``repeats`` executions of the solved notebook with nbclient (kernel start included)."""
    import nbformat
    from nbclient import NotebookClient

    best = float("inf")
    for _ in range(repeats):
        nb = nbformat.read(course / "source" / chapter / f"{chapter}.ipynb", as_version=4)
        started = time.monotonic()
        NotebookClient(nb, timeout=120, resources={"metadata": {"path": str(course)}}).execute()
        best = min(best, time.monotonic() - started)
    return best


def main() -> int:
    """Run the benchmark and print its figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[16, 64])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--chapter", default="tf_tiny")
    parser.add_argument("--serial-all", action="store_true", help="also run serial nbgrader on every size")
    parser.add_argument("--floor-repeats", type=int, default=3, help="executions for the floor (best of)")
    parser.add_argument("--no-off", action="store_true", help="skip the --sandbox off run (the sandbox's cost)")
    parser.add_argument("--no-prepared", action="store_true",
                        help="skip the run after 'keras-course reference' (the reference built ahead)")
    args = parser.parse_args()
    os.environ.update(ENV)
    print(f"bench_grade: chapter {args.chapter}, {os.cpu_count()} cores, load {os.getloadavg()[0]:.2f} "
          f"(shared machine: figures are noisy)")
    results = {}
    with tempfile.TemporaryDirectory(prefix="bench-grade-") as tmp:
        floor = None
        for n, size in enumerate(args.sizes):
            base = Path(tmp) / f"n{size}"
            build = build_course if args.chapter in WRONG else build_chapter_course
            course = build(base / "ours", args.chapter, size)
            if floor is None:
                floor = floor_seconds(course, args.chapter, args.floor_repeats)
                print(f"floor: executing the notebook once takes {floor:.2f} s")
            unsandboxed = base / "off" / "course"
            shutil.copytree(course, unsandboxed)
            prepared = base / "prepared" / "course"
            if not args.no_prepared:
                shutil.copytree(course, prepared)
            ours = timed([str(BIN / "keras-course"), "grade", args.chapter, "--workers", str(args.workers)], course)
            line = (f"n={size:3d}  keras-course grade --workers {args.workers}: {ours:7.1f} s "
                    f"({ours / size:.2f} s/submission wall; overhead per submission "
                    f"{ours * args.workers / size - floor:+.2f} s over the floor; cold: the chapter's "
                    f"reference built in the run)")
            warm = None
            if not args.no_prepared:
                build = timed([str(BIN / "keras-course"), "reference", args.chapter], prepared)
                warm = timed([str(BIN / "keras-course"), "grade", args.chapter, "--workers", str(args.workers)],
                             prepared)
                same_warm = read_scores(prepared, args.chapter) == read_scores(course, args.chapter)
                line += (f"\n       after 'keras-course reference' ({build:.1f} s, once per chapter): "
                         f"{warm:7.1f} s  grades identical: {same_warm}")
                if not same_warm:
                    print(line)
                    print("bench_grade: GRADES DIFFER")
                    return 1
            if not args.no_off:
                off = timed([str(BIN / "keras-course"), "grade", args.chapter, "--workers", str(args.workers),
                             "--sandbox", "off"], unsandboxed)
                same_off = read_scores(unsandboxed, args.chapter) == read_scores(course, args.chapter)
                line += (f"\n       --sandbox off: {off:7.1f} s; the sandbox costs "
                         f"{(ours - off) * args.workers / size:+.2f} s per submission ({(ours / off - 1) * 100:+.0f}% "
                         f"wall)  grades identical: {same_off}")
            if n == 0 or args.serial_all:
                serial_course = base / "serial"
                shutil.copytree(course.parent, serial_course, ignore=shutil.ignore_patterns("autograded", "logs"))
                # the same starting gradebook: regenerate it fresh for the serial copy
                serial = serial_course / "course"
                (serial / "gradebook.db").unlink()
                subprocess.run([str(BIN / "nbgrader"), "generate_assignment", args.chapter, "--force"],
                               cwd=serial, env=ENV, check=True, capture_output=True)
                plain = timed([str(BIN / "nbgrader"), "autograde", args.chapter], serial)
                same = read_scores(serial, args.chapter) == read_scores(course, args.chapter)
                line += (f"\n       serial nbgrader autograde: {plain:7.1f} s ({plain / size - floor:+.2f} s/submission "
                         f"over the floor)  grades identical: {same}")
                for label, seconds in (("cold", ours), ("reference prepared", warm)):
                    if seconds is not None:
                        line += (f"\n       speed-up, {label}: {plain / seconds:.2f}x (target {TARGET_SPEEDUP}x: "
                                 f"{'met' if plain / seconds >= TARGET_SPEEDUP else 'NOT met'})")
                if not same:
                    print(line)
                    print("bench_grade: GRADES DIFFER")
                    return 1
            results[size] = ours
            print(line, flush=True)
    if len(results) > 1:
        (a, ta), (b, tb) = list(results.items())[:2]
        print(f"scaling: {a} -> {b} submissions ({b / a:.1f}x) took {tb / ta:.2f}x the time "
              f"({ta / a:.2f} -> {tb / b:.2f} s per submission)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
