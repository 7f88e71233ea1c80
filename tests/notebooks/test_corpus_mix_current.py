"""The committed ``corpus_mix`` scenarios are exactly what the answer corpus now generates.

``tests/notebooks/<chapter>/corpus_mix/`` is written by ``tests/support/corpus_mix.py`` from
``tests/corpus/``; the chapter tests grade it like every hand-written scenario (plain ``nbgrader
autograde`` and ``keras-course grade``). When a corpus answer or its ``# expect:`` changes, the
scenario must be generated again, as ``release/`` must be when ``source/`` changes.
"""

from __future__ import annotations

import json

import pytest
from corpus_answers import chapters, exercises, source_notebook
from corpus_answers import test_points as cell_points
from corpus_mix import COMMAND, expected_points, pick_answers, render, stale


@pytest.mark.parametrize("chapter", chapters())
def test_corpus_mix_matches_the_corpus(chapter):
    assert stale(chapter) == [], f"tests/notebooks/{chapter}/corpus_mix is stale: run {COMMAND} and commit"


@pytest.mark.parametrize("chapter", chapters())
def test_corpus_mix_alternates_correct_and_wrong_answers_per_exercise(chapter):
    picks = pick_answers(chapter)
    order = exercises(source_notebook(chapter))
    assert [p.exercise for p in picks] == [e for e in order if e in {p.exercise for p in picks}]
    assert all(e.op == "=" for p in picks for e in p.answer.expects), "only exact expectations are combined"
    if len(picks) >= 2:
        assert {p.answer.kind for p in picks} == {"correct", "wrong"}, f"{chapter}: the mix must combine both kinds"


@pytest.mark.parametrize("chapter", chapters())
def test_corpus_mix_expects_every_test_cell_within_its_points(chapter):
    notebook = source_notebook(chapter)
    full = cell_points(notebook)
    points = expected_points(notebook, pick_answers(chapter))
    assert set(points) == set(full)
    assert all(0 <= points[g] <= full[g] for g in full), points
    files = render(chapter)
    if files:
        assert json.loads(files["expected.json"])["points"] == {g: p for g, p in points.items()}


def test_a_test_cell_expects_its_own_exercise_answer_before_another_one():
    """A later exercise's answer that names an earlier cell cannot override that cell's own answer."""
    from types import SimpleNamespace

    import nbformat
    from corpus_answers import Answer, Expectation
    from corpus_mix import Pick

    def cell(kind, grade_id, points=0):
        meta = {"grade_id": grade_id, "solution": kind == "solution", "grade": kind == "test", "points": points}
        return nbformat.v4.new_code_cell("", metadata={"nbgrader": meta})

    notebook = SimpleNamespace(cells=[cell("solution", "a"), cell("test", "test_a", 3), cell("solution", "b"),
                                      cell("test", "test_b", 2), cell("test", "test_c", 4)])

    def answer(exercise, *expects):
        return Answer("ch", exercise, "wrong", "x", None, "", [Expectation(*e) for e in expects])

    picks = [Pick("a", answer("a", ("test_a", "=", 1), ("test_b", "=", 2))), Pick("b", answer("b", ("test_b", "=", 0)))]
    assert expected_points(notebook, picks) == {"test_a": 1, "test_b": 0, "test_c": 4}
