"""Every corpus answer scores exactly its expected points, by nbgrader's reading and by the verdict.

One test per answer file (``tests/corpus/<chapter>/<exercise>/<correct|wrong>_<slug>.py``), graded
in its chapter's kernel (``conftest.chapter_kernel``) through the checks' exports and the trusted
verdict (``corpus_harness``); and per chapter, the corpus covers every exercise and names only
test cells that exist.
"""

from __future__ import annotations

from functools import lru_cache

import pytest
from corpus_answers import (answer_problems, chapter_answers, chapters, count_problems,
                            source_notebook)


@lru_cache(maxsize=None)
def notebook(chapter: str):
    return source_notebook(chapter)


def answer_params() -> list:
    return [pytest.param(answer, id=answer.id, marks=pytest.mark.xdist_group(f"corpus_{chapter}"))
            for chapter in chapters() for answer in chapter_answers(chapter)]


@pytest.mark.parametrize("answer", answer_params())
def test_answer_scores_its_expected_points(answer, chapter_kernel):
    problems = answer_problems(answer, notebook(answer.chapter))
    assert not problems, f"{answer.id}: " + "; ".join(problems)
    result = chapter_kernel(answer.chapter).grade(answer)
    if not result.ok:
        pytest.fail("expected vs points nbgrader reads vs points of the verdict:\n" + result.summary(),
                    pytrace=False)


@pytest.mark.parametrize("chapter", chapters())
def test_every_exercise_has_enough_correct_and_wrong_answers(chapter):
    problems = count_problems(chapter, chapter_answers(chapter), notebook(chapter))
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("chapter", chapters())
def test_every_expectation_names_a_test_cell_with_possible_points(chapter):
    problems = [f"{a.id}: {p}" for a in chapter_answers(chapter) for p in answer_problems(a, notebook(chapter))]
    assert not problems, "\n".join(problems)
