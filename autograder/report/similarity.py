"""Pairs of submissions whose solution cells are near-identical, for the instructor's eyes only.

Fingerprinting and comparison are copydetect's (MOSS-style winnowing, :class:`copydetect.CodeFingerprint`
and :func:`copydetect.compare_files`); nothing of them is written here. The code is normalised first
the way copydetect's own filter does it (every name but a keyword becomes ``V``, every string ``S``,
comments and whitespace go), by one regular expression instead of copydetect's Pygments lexer, which
takes 70 ms per submission (35 s for a class of 500) where this takes well under 1 ms, and never
fails on code that does not parse. A student's document is the normalised text of their solution
cells; the release's starter code of those cells is copydetect's
*boilerplate*, so code everyone was given never counts as shared. Fingerprints that most of the
class shares are not used to pick candidate pairs (everyone writes ``return model``); each candidate
pair is then compared by :func:`copydetect.compare_files`, and a pair is reported when the copied
share of *both* documents is at least the threshold. The result goes into the instructor's report
only, never into a student's feedback.

copydetect hashes its k-grams with Python's ``hash()``, which is salted per process
(``PYTHONHASHSEED``): the same class gave other fingerprints, other similarities and sometimes
other pairs in every run. :func:`stable_hashes` makes it hash them with a fixed function (BLAKE2b,
8 bytes) while the report compares, so the same submissions always give the same pairs.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import keyword
import re
from collections import Counter
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

from autograder.cell_source import cell_text

NOISE = 15  # k-gram length in tokens (copydetect's noise threshold); cells are shorter than files
WINDOW = 5  # winnowing window: any match of NOISE + WINDOW - 1 tokens is always found
THRESHOLD = 0.8  # share of each document's fingerprinted tokens found in the other
MIN_TOKENS = 40  # documents with fewer fingerprinted tokens are too short to tell copying from chance
COMMON_SHARE = 0.2  # fingerprints in more than this share of the class (and more than COMMON_LEAST
COMMON_LEAST = 10  # submissions, MOSS's default -m) do not pick candidates


TOKENS = re.compile(
    r"(?P<comment>#[^\n]*)"
    r"|(?P<string>[rbfuRBFU]{0,2}(?:\"\"\"[\s\S]*?\"\"\"|'''[\s\S]*?'''|\"(?:\\.|[^\"\\\n])*\"|'(?:\\.|[^'\\\n])*'))"
    r"|(?P<name>[A-Za-z_]\w*)"
    r"|(?P<space>\s+)")


def normalise(code: str) -> str:
    """Return ``code`` as copydetect's filter sees it: names ``V`` (keywords kept), strings ``S``, no
    comments or whitespace; numbers and operators unchanged."""

    def replace(match: re.Match) -> str:
        kind = match.lastgroup
        if kind == "name":
            return match.group() if keyword.iskeyword(match.group()) else "V"
        return "S" if kind == "string" else ""

    return TOKENS.sub(replace, code)


@dataclass
class SimilarCell:
    """One solution cell of a similar pair: both students' code and how much of it matches."""

    cell: str
    similarity: float
    code_a: str
    code_b: str
    # whose cell is the instructor's solution once normalised: "", "a", "b" or "both" (a leaked solution)
    solution: str = ""


@dataclass
class SimilarPair:
    """Two submissions whose solution code is near-identical (``similarity``: the smaller copied share)."""

    student_a: str
    student_b: str
    similarity: float
    cells: list[SimilarCell] = field(default_factory=list)


def solution_cells(notebook: Path) -> dict[str, str]:
    """``{grade id: source}`` of the solution cells of a notebook file ({} when it cannot be read)."""
    try:
        cells = json.loads(Path(notebook).read_text(encoding="utf-8")).get("cells", [])
    except (OSError, ValueError, AttributeError):
        return {}
    found = {}
    for cell in cells if isinstance(cells, list) else []:
        meta = (cell.get("metadata") or {}).get("nbgrader") or {} if isinstance(cell, dict) else {}
        if meta.get("solution") and meta.get("grade_id") and cell.get("cell_type") == "code":
            found[f"{meta['grade_id']}"] = cell_text(cell)
    return found


def stable_hashed_kgrams(string: str, k: int):
    """The hashes of every k-gram of ``string``, as copydetect's ``hashed_kgrams`` but the same in
    every process (BLAKE2b, 8 bytes, as a signed 64-bit integer)."""
    import numpy as np

    return np.array([int.from_bytes(hashlib.blake2b(string[offset:offset + k].encode(), digest_size=8).digest(),
                                    "little", signed=True)
                     for offset in range(len(string) - k + 1)], dtype=np.int64)


@contextlib.contextmanager
def stable_hashes():
    """While inside, copydetect fingerprints with :func:`stable_hashed_kgrams` (restored after)."""
    from copydetect import utils

    original = utils.hashed_kgrams
    utils.hashed_kgrams = stable_hashed_kgrams
    try:
        yield
    finally:
        utils.hashed_kgrams = original


def _fingerprint(code: str, boilerplate=None):
    from copydetect import CodeFingerprint

    return CodeFingerprint("cell.py", NOISE, WINDOW, boilerplate=boilerplate, filter=False,
                           fp=io.StringIO(normalise(code)))


def _boilerplate(starters: dict[str, str]):
    """copydetect's boilerplate: every fingerprint of the starter code (window 1, as copydetect does)."""
    import numpy as np
    from copydetect import CodeFingerprint

    hashes = []
    for code in starters.values():
        hashes.extend(CodeFingerprint("cell.py", NOISE, 1, filter=False, fp=io.StringIO(normalise(code))).hashes)
    return np.unique(np.array(hashes, dtype=np.int64)) if hashes else None


def similar_pairs(answers: dict[str, dict[str, str]], starters: dict[str, str],
                  threshold: float = THRESHOLD, solutions: dict[str, str] | None = None) -> list[SimilarPair]:
    """Return the pairs of students whose solution code is near-identical, most similar first.

    Args:
        answers: ``{student: {cell id: source}}``, the solution cells of each submission.
        starters: ``{cell id: source}``, the release's starter code of those cells.
        threshold: the smallest copied share (of both documents) reported, 0..1.
        solutions: ``{cell id: source}``, the instructor's solutions: a shown cell that is one of
            them once normalised is marked (``SimilarCell.solution``).

    The fingerprints are the same in every process (:func:`stable_hashes`).
    """
    with stable_hashes():
        return _similar_pairs(answers, starters, threshold, solutions)


def _similar_pairs(answers: dict[str, dict[str, str]], starters: dict[str, str], threshold: float,
                   solutions: dict[str, str] | None) -> list[SimilarPair]:
    from copydetect import compare_files

    boilerplate = _boilerplate(starters)
    documents = {}
    for student, cells in answers.items():
        own = {cell: code for cell, code in cells.items() if code.strip() != starters.get(cell, "").strip()}
        if own:
            documents[student] = (own, _fingerprint("\n".join(own.values()), boilerplate))
    documents = {s: d for s, d in documents.items() if d[1].token_coverage >= MIN_TOKENS}
    holders: dict[int, list[str]] = {}
    for student, (_, print_) in documents.items():
        for value in print_.hashes:
            holders.setdefault(int(value), []).append(student)
    common = max(COMMON_LEAST, int(COMMON_SHARE * len(documents)))
    shared: Counter = Counter()
    rare = Counter()
    for value, students in holders.items():
        if len(students) > common:
            continue
        for student in students:
            rare[student] += 1
        for pair in combinations(sorted(students), 2):
            shared[pair] += 1
    pairs = []
    for (a, b), count in shared.items():
        if count < 0.5 * min(rare[a], rare[b]):
            continue
        _, similarities, _ = compare_files(documents[a][1], documents[b][1])
        similarity = float(min(similarities))
        if similarity >= threshold:
            pairs.append(SimilarPair(a, b, similarity, _similar_cells(documents[a][0], documents[b][0], boilerplate,
                                                                    solutions or {})))
    return sorted(pairs, key=lambda p: (-p.similarity, p.student_a, p.student_b))


def _similar_cells(cells_a: dict[str, str], cells_b: dict[str, str], boilerplate,
                   solutions: dict[str, str]) -> list[SimilarCell]:
    """Both students' own cells side by side, the most similar first."""
    from copydetect import compare_files

    found = []
    for cell in [c for c in cells_a if c in cells_b]:
        first, second = _fingerprint(cells_a[cell], boilerplate), _fingerprint(cells_b[cell], boilerplate)
        similarity = float(min(compare_files(first, second)[1])) if first.hashes and second.hashes else 0.0
        solution = normalise(solutions[cell]) if cell in solutions else None
        same = [side for side, code in (("a", cells_a[cell]), ("b", cells_b[cell])) if normalise(code) == solution]
        found.append(SimilarCell(cell, similarity, cells_a[cell], cells_b[cell],
                                 "both" if len(same) == 2 else "".join(same)))
    return sorted(found, key=lambda c: (-c.similarity, c.cell))
