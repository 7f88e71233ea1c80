"""Grade the answer corpus and print the per-chapter table and every misjudged answer.

Usage::

    .venv/bin/python tests/support/corpus_report.py [CHAPTER...] [--json results.json]

Each chapter runs in one kernel (:class:`corpus_harness.ChapterKernel`), as the corpus tests do.
The table counts, per chapter: exercises, answers, correct answers passed (every named test cell
gave exactly what the answer expects, by nbgrader's reading and by the verdict), wrong answers
caught (the same for a wrong answer), misjudged answers, and the seconds it took (the instructor's
run included). Below it, each misjudged answer with the cells that missed and their messages.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from dataclasses import asdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus_answers import answer_problems, chapter_answers, chapters, exercises, source_notebook  # noqa: E402
from corpus_harness import AnswerResult, ChapterKernel  # noqa: E402


def grade_chapter(chapter: str, scratch: Path) -> tuple[list, list[AnswerResult], float, float]:
    """Grade every answer of ``chapter``: (answers, results, seconds, instructor seconds)."""
    started = time.monotonic()
    answers = chapter_answers(chapter)
    notebook = source_notebook(chapter)
    kernel = ChapterKernel(chapter, scratch / chapter)
    results = []
    try:
        kernel.start()
        for answer in answers:
            problems = answer_problems(answer, notebook)
            if problems:
                results.append(AnswerResult(answer.id, problem="; ".join(problems)))
            else:
                results.append(kernel.grade(answer))
            print(("." if results[-1].ok else "F"), end="", flush=True, file=sys.stderr)
    finally:
        kernel.close()
    print(file=sys.stderr)
    return answers, results, time.monotonic() - started, kernel.instructor_seconds


def table_row(chapter: str, answers: list, results: list[AnswerResult], seconds: float,
              instructor: float) -> dict:
    """The counts of one chapter's row."""
    kinds = {a.id: a.kind for a in answers}
    correct = [r for r in results if kinds[r.answer_id] == "correct"]
    wrong = [r for r in results if kinds[r.answer_id] == "wrong"]
    return {"chapter": chapter, "exercises": len(exercises(source_notebook(chapter))),
            "answers": len(results),
            "correct_passed": sum(r.ok for r in correct), "correct": len(correct),
            "wrong_caught": sum(r.ok for r in wrong), "wrong": len(wrong),
            "misjudged": sum(not r.ok for r in results),
            "seconds": round(seconds, 1), "instructor_seconds": round(instructor, 1)}


def print_table(rows: list[dict]) -> None:
    """Print the per-chapter table (markdown)."""
    print("| chapter | exercises | answers | correct passed | wrong caught | misjudged | seconds (instructor run) |")
    print("|---|---|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['chapter']} | {r['exercises']} | {r['answers']} | {r['correct_passed']}/{r['correct']} "
              f"| {r['wrong_caught']}/{r['wrong']} | {r['misjudged']} | {r['seconds']} ({r['instructor_seconds']}) |")


def print_misjudged(chapter: str, results: list[AnswerResult]) -> None:
    """Print one chapter's misjudged answers, one line per cell that missed."""
    misjudged = [r for r in results if not r.ok]
    print(f"## {chapter}: misjudged answers ({len(misjudged)})\n", flush=True)
    for result in misjudged:
        print("- " + result.summary().replace("\n", "\n- "), flush=True)
    print(flush=True)


def main(argv: list[str] | None = None) -> int:
    """Grade the chapters named (all with a corpus by default); exit 1 when any answer is misjudged."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("chapters", nargs="*", help="chapter ids (default: every chapter with a corpus)")
    parser.add_argument("--json", type=Path, help="also write every answer's result here")
    args = parser.parse_args(argv)
    known = chapters()
    unknown = [c for c in args.chapters if c not in known]
    if unknown:
        parser.error(f"no corpus for {', '.join(unknown)} (known: {', '.join(known)})")
    rows, everything = [], {}
    with tempfile.TemporaryDirectory(prefix="kc-corpus-") as scratch:
        for chapter in args.chapters or known:
            answers, results, seconds, instructor = grade_chapter(chapter, Path(scratch))
            rows.append(table_row(chapter, answers, results, seconds, instructor))
            everything[chapter] = results
            print_misjudged(chapter, results)  # as soon as the chapter is done
    print()
    print_table(rows)
    misjudged = [r for results in everything.values() for r in results if not r.ok]
    if args.json:
        args.json.write_text(json.dumps({"table": rows, "answers": {c: [asdict(r) for r in rs]
                                                                      for c, rs in everything.items()}},
                                        indent=1))
    return 1 if misjudged else 0


if __name__ == "__main__":
    sys.exit(main())
