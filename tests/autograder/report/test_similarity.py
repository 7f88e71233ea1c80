"""Similarity: a planted, disguised copy is found; honest pairs and shared starter code are left alone."""

from __future__ import annotations

import os
import subprocess
import sys
from itertools import combinations

from synthetic_class import CHAPTER, STARTER, plant_copy

from autograder.report import similarity
from autograder.report.build import build_report
from autograder.report.similarity import THRESHOLD, normalise, similar_pairs, solution_cells


def test_normalising_folds_names_strings_comments_and_spacing():
    first = "def f(model):  # mine\n    model.add(Dense(4, activation='relu'))\n    return model\n"
    second = "def g(net):\n    net.add( Dense(4,activation=\"relu\") )  # copied\n\n    return net"
    assert normalise(first) == normalise(second) == "defV(V):V.V(V(4,V=S))returnV"


def test_the_planted_copy_is_the_only_pair_of_the_class(course_copy):
    plant_copy(course_copy, "student0007", "student0031")
    original = solution_cells(course_copy / "submitted" / "student0007" / CHAPTER / f"{CHAPTER}.ipynb")
    disguised = solution_cells(course_copy / "submitted" / "student0031" / CHAPTER / f"{CHAPTER}.ipynb")
    assert all(original[cell] != disguised[cell] for cell in original)  # no cell is a verbatim copy

    pairs = build_report(CHAPTER, root=course_copy, out=course_copy / "out").page.pairs

    assert [(p.student_a, p.student_b) for p in pairs] == [("student0007", "student0031")]
    assert pairs[0].similarity > 0.9
    shown = pairs[0].cells[0]
    assert shown.code_a == original[shown.cell.split(":")[1]] and shown.code_b == disguised[shown.cell.split(":")[1]]


def test_honest_class_has_no_pair(synthetic_course, tmp_path):
    from copydetect import compare_files

    # the fixture is honest: compared pair by pair with copydetect, no two students come near the threshold
    release = solution_cells(synthetic_course / "release" / CHAPTER / f"{CHAPTER}.ipynb")
    students = sorted(p.name for p in (synthetic_course / "submitted").iterdir())
    with similarity.stable_hashes():
        boilerplate = similarity._boilerplate(release)
        prints = {s: similarity._fingerprint("\n".join(solution_cells(
            synthetic_course / "submitted" / s / CHAPTER / f"{CHAPTER}.ipynb").values()), boilerplate) for s in students}
        closest = max(float(min(compare_files(prints[a], prints[b])[1])) for a, b in combinations(students, 2))
    assert closest < THRESHOLD - 0.1

    assert build_report(CHAPTER, root=synthetic_course, out=tmp_path / "out").page.pairs == []


def test_fingerprints_are_the_same_in_every_process():
    # copydetect hashes with Python's hash(), salted per process; the report must not depend on it
    code = "from autograder.report.similarity import stable_hashed_kgrams; print(list(stable_hashed_kgrams('abcdefgh', 3)))"
    runs = {subprocess.run([sys.executable, "-c", code], env=dict(os.environ, PYTHONHASHSEED=seed), text=True,
                           capture_output=True, check=True).stdout for seed in ("1", "2")}
    assert len(runs) == 1 and runs.pop().count(",") == 5
    from copydetect import utils

    before = utils.hashed_kgrams
    similar_pairs({"ann": {"a": "x = 1\n" * 30}, "bob": {"a": "y = 1\n" * 30}}, {})
    assert utils.hashed_kgrams is before  # copydetect is left as it was


def test_starter_code_counts_as_shared_by_everyone():
    starters = {f"answer_{i}": STARTER.format(i=i) * 3 for i in range(4)}  # long enough to be compared
    untouched = {cell: code for cell, code in starters.items()}
    extended = dict(untouched, answer_0=starters["answer_0"] + "\n    return None  # one line of mine\n")

    assert similar_pairs({"ann": untouched, "bob": dict(untouched)}, starters) == []
    assert similar_pairs({"ann": extended, "bob": dict(extended)}, starters) == []  # what is left is too short
    assert [(p.student_a, p.student_b) for p in similar_pairs({"ann": extended, "bob": dict(extended)}, {})] == [
        ("ann", "bob")]  # the same code without the release's starter: found


def test_a_cell_that_is_the_instructors_solution_is_marked():
    solution = "def answer_0():\n    ### BEGIN SOLUTION\n" + "    x = keras.Sequential([layers.Dense(4)])\n" * 6
    answer = solution.replace("### BEGIN SOLUTION\n", "").replace("x =", "model =")
    mine = answer.replace("Dense(4)", "Dense(8, activation='relu')")
    pairs = similar_pairs({"ann": {"answer_0": answer}, "bob": {"answer_0": answer}}, {},
                          solutions={"answer_0": solution.replace("    ### BEGIN SOLUTION\n", "")})
    assert [c.solution for c in pairs[0].cells] == ["both"]
    pairs = similar_pairs({"ann": {"answer_0": mine}, "bob": {"answer_0": mine}}, {},
                          solutions={"answer_0": answer})
    assert [c.solution for c in pairs[0].cells] == [""]
