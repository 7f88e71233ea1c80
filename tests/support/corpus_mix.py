"""Write one chapter scenario per chapter that combines answers of the corpus: ``corpus_mix``.

Usage::

    .venv/bin/python tests/support/corpus_mix.py [CHAPTER...] [--check]

For each chapter with a corpus (``tests/corpus/<chapter>/``) this writes
``tests/notebooks/<chapter>/corpus_mix/``: one replacement file per autograded exercise (a copy of
one corpus answer, named after the solution cell's grade id) and an ``expected.json`` with the exact
points of every test cell. The chapter tests then grade that student with ``keras-course grade``,
sandboxed with the trusted verdict, asserting both nbgrader's reading of every cell and the
verdict (tests/notebooks/test_class_grading.py).

The mix is deterministic: exercises in notebook order alternate between a ``correct_*`` and a
``wrong_*`` answer (a chapter with an odd number starts with a wrong one); an exercise whose kind
has no usable answer takes one of the other kind, and one with no usable answer at all keeps the
instructor's answer (the other exercises keep their kind, so pinning one answer changes one pick). Usable means every ``# expect:`` entry is an exact ``name=N`` and the answer fits its
notebook (:func:`corpus_answers.answer_problems`). Among usable answers of one kind the one whose
path hashes lowest is taken, so the choice only changes when that answer changes or a new one
hashes lower. A test cell expects what the answer of its own exercise (the solution cell before it)
says; else the least any other chosen answer says (a later test names an answer only to require
full points); else the cell's full points (the instructor's answer).

``--check`` writes nothing and exits 1 when a committed scenario differs from what the corpus now
gives (tests/notebooks/test_corpus_mix_current.py runs the same comparison).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus_answers import (  # noqa: E402
    CORPUS,
    REPO,
    Answer,
    answer_problems,
    chapter_answers,
    chapters,
    exercises,
    is_solution_cell,
    is_test_cell,
    nbgrader_meta,
    source_notebook,
)

SCENARIO = "corpus_mix"
NOTEBOOK_TESTS = REPO / "tests" / "notebooks"
COMMAND = ".venv/bin/python tests/support/corpus_mix.py"


@dataclass(frozen=True)
class Pick:
    """The corpus answer chosen for one exercise."""

    exercise: str
    answer: Answer

    @property
    def label(self) -> str:
        """``<exercise>/<file name>``, as the description names it."""
        return f"{self.exercise}/{self.answer.path.name}"


def scenario_folder(chapter: str) -> Path:
    """The generated scenario folder of ``chapter``."""
    return NOTEBOOK_TESTS / chapter / SCENARIO


def usable(answer: Answer, notebook) -> bool:
    """True when every expectation of ``answer`` is exact (``=N``) and the answer fits its notebook."""
    return bool(answer.expects) and all(e.op == "=" for e in answer.expects) \
        and not answer_problems(answer, notebook)


def rank(answer: Answer) -> str:
    """A stable pseudo-random order of answers: the hash of the answer's path in the corpus."""
    return hashlib.sha256(answer.path.relative_to(CORPUS).as_posix().encode()).hexdigest()


def first_kind(chapter: str) -> str:
    """The kind of the first mixed exercise: ``wrong`` for ch01, ch03, ...; ``correct`` for ch02, ..."""
    digits = "".join(ch for ch in chapter.split("_")[0] if ch.isdigit())
    return "wrong" if digits and int(digits) % 2 else "correct"


def pick_answers(chapter: str) -> list[Pick]:
    """The answers combined for ``chapter``, one per exercise that has a usable answer, in notebook order."""
    notebook = source_notebook(chapter)
    candidates: dict[tuple[str, str], list[Answer]] = {}
    for answer in chapter_answers(chapter):
        if usable(answer, notebook):
            candidates.setdefault((answer.exercise, answer.kind), []).append(answer)
    kinds = [first_kind(chapter), "correct" if first_kind(chapter) == "wrong" else "wrong"]
    picks = []
    for index, exercise in enumerate(exercises(notebook)):
        kind, other = kinds[index % 2], kinds[1 - index % 2]
        found = candidates.get((exercise, kind)) or candidates.get((exercise, other))
        if found:
            picks.append(Pick(exercise, min(found, key=rank)))
    return picks


def owners(notebook) -> dict[str, str | None]:
    """``{test grade_id: grade_id of the last solution code cell before it}`` (None before any)."""
    owner, found = None, {}
    for cell in notebook.cells:
        if is_solution_cell(cell):
            owner = nbgrader_meta(cell)["grade_id"]
        elif is_test_cell(cell):
            found[nbgrader_meta(cell)["grade_id"]] = owner
    return found


def expected_points(notebook, picks: list[Pick]) -> dict[str, float]:
    """The exact points of every test cell of ``notebook`` for the combined answers ``picks``."""
    full = {nbgrader_meta(c)["grade_id"]: float(nbgrader_meta(c).get("points", 0) or 0)
            for c in notebook.cells if is_test_cell(c)}
    named: dict[str, dict[str, float]] = {}
    for pick in picks:
        for expect in pick.answer.expects:
            named.setdefault(expect.grade_id, {})[pick.exercise] = expect.points
    points = {}
    for grade_id, owner in owners(notebook).items():
        said = named.get(grade_id, {})
        points[grade_id] = said[owner] if owner in said else min(said.values(), default=full[grade_id])
    return points


def number(points: float) -> int | float:
    """``3`` for 3.0, ``0.5`` for 0.5 (as the hand-written expected.json files write points)."""
    return int(points) if float(points).is_integer() else points


def render(chapter: str) -> dict[str, str]:
    """``{file name: text}`` of ``chapter``'s scenario folder (empty when no answer is usable)."""
    picks = pick_answers(chapter)
    if not picks:
        return {}
    notebook = source_notebook(chapter)
    combined = ", ".join(f"{p.exercise}: {p.answer.kind} {p.answer.path.stem}" for p in picks)
    skipped = [e for e in exercises(notebook) if e not in {p.exercise for p in picks}]
    description = (f"corpus answers combined in one notebook (generated by {COMMAND}, do not edit): {combined}"
                   + (f"; instructor's answer (no answer pinned yet): {', '.join(skipped)}" if skipped else ""))
    expected = {
        "description": description,
        "answers": {p.exercise: f"tests/corpus/{chapter}/{p.label}" for p in picks},
        "points": {g: number(p) for g, p in expected_points(notebook, picks).items()},
    }
    files = {f"{p.exercise}.py": p.answer.source for p in picks}
    files["expected.json"] = json.dumps(expected, indent=2) + "\n"
    return files


def on_disk(chapter: str) -> dict[str, str]:
    """``{file name: text}`` of the generated files now in ``chapter``'s scenario folder."""
    folder = scenario_folder(chapter)
    if not folder.is_dir():
        return {}
    return {p.name: p.read_text() for p in sorted(folder.iterdir())
            if p.is_file() and (p.suffix == ".py" or p.name == "expected.json")}


def stale(chapter: str) -> list[str]:
    """The files of ``chapter``'s scenario that differ from what the corpus now gives (sorted)."""
    wanted, found = render(chapter), on_disk(chapter)
    return sorted(name for name in set(wanted) | set(found) if wanted.get(name) != found.get(name))


def write(chapter: str) -> list[str]:
    """Bring ``chapter``'s scenario folder up to date; return the files written or removed."""
    changed = stale(chapter)
    folder = scenario_folder(chapter)
    wanted = render(chapter)
    if not wanted:
        if folder.is_dir():
            shutil.rmtree(folder)
        return changed
    folder.mkdir(parents=True, exist_ok=True)
    for name in on_disk(chapter):
        if name not in wanted:
            (folder / name).unlink()
    for name, text in wanted.items():
        if (folder / name).is_file() and (folder / name).read_text() == text:
            continue
        (folder / name).write_text(text)
    return changed


def main(argv: list[str] | None = None) -> int:
    """Write (or with ``--check`` compare) the scenarios of the named chapters, by default all."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("chapters", nargs="*", help="chapters (default: every chapter with a corpus)")
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 when a scenario is stale")
    args = parser.parse_args(argv)
    known = chapters()
    unknown = [c for c in args.chapters if c not in known]
    if unknown:
        parser.error(f"no corpus for {', '.join(unknown)} (chapters with a corpus: {', '.join(known)})")
    problems = 0
    for chapter in args.chapters or known:
        changed = stale(chapter) if args.check else write(chapter)
        where = scenario_folder(chapter).relative_to(REPO)
        if not changed:
            print(f"{where}: up to date")
        elif args.check:
            problems += 1
            print(f"{where}: stale ({', '.join(changed)}); run {COMMAND} {chapter} and commit")
        else:
            print(f"{where}: wrote {', '.join(changed)}")
        for pick in pick_answers(chapter):
            print(f"    {pick.answer.kind:7} {pick.label}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
