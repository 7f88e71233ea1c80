"""What Validate reads from every chapter's solved release, decided from the code (no kernel).

A student's Validate runs the release, whose test cells hold only the visible tests, with their
answers. Two mistakes of a chapter's author make a correct solution fail there while every graded
run (which restores the hidden tests) passes:

- a test cell whose last line is a value that nbgrader reads as the cell's score: a number below
  the cell's points reads as partial credit (a check call returns its own ``points``);
- visible code that uses a name only a hidden test defines (a NameError for the student).

Both are read from the source notebook here for every chapter. ``nbgrader validate`` itself runs on
one chapter's solved release in test_submissions.py, and on chapter 1 through JupyterLab's Validate
button in tests/browser/test_lab_validate.py.
"""

from __future__ import annotations

import ast
import builtins
import io
import json
import tokenize

import pytest
from chapter_grading import REPO, cell_text, chapters, instructor_answer

from autograder.integrity.reference import strip_hidden_tests

PRINTS = {"print", "display"}  # calls whose value is None: nothing for nbgrader to read


def ends_quietly(code: str) -> bool:
    """True when IPython shows no value for the cell: its last token (comments aside) is ``;``."""
    tokens = [t for t in tokenize.generate_tokens(io.StringIO(code).readline)
              if t.type not in (tokenize.COMMENT, tokenize.NL, tokenize.NEWLINE, tokenize.INDENT,
                                tokenize.DEDENT, tokenize.ENDMARKER)]
    return bool(tokens) and tokens[-1].string == ";"


def shown_value_problem(code: str, points: float) -> str:
    """Why the value a visible test cell shows would not read as its full points ('' when it does)."""
    body = ast.parse(code).body
    if not body or not isinstance(body[-1], ast.Expr) or ends_quietly(code):
        return ""
    value = body[-1].value
    if isinstance(value, ast.Call):
        name = value.func.id if isinstance(value.func, ast.Name) else getattr(value.func, "attr", "")
        if name in PRINTS:
            return ""
        given = {k.arg: k.value for k in value.keywords}
        if name.startswith("check_"):
            shown = given.get("points")
            if isinstance(shown, ast.Constant) and float(shown.value) == float(points):
                return ""
            return (f"its last line {ast.unparse(value)[:80]}... shows the check's points "
                    f"({ast.unparse(shown) if shown is not None else 'default 1.0'}), not the cell's {points:g}")
    return f"its last line shows a value ({ast.unparse(value)[:80]}): end it with ';'"


def bound_and_used(code: str) -> tuple[set[str], set[str]]:
    """Names a piece of code binds anywhere (assignments, defs, imports, arguments) and names it reads."""
    bound, used = set(), set()
    for node in ast.walk(ast.parse(code)):
        if isinstance(node, ast.Name):
            (used if isinstance(node.ctx, ast.Load) else bound).add(node.id)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            bound.add(node.name)
        elif isinstance(node, ast.arg):
            bound.add(node.arg)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            bound |= {(a.asname or a.name).split(".")[0] for a in node.names}
        elif isinstance(node, ast.ExceptHandler) and node.name:
            bound.add(node.name)
    return bound, used


def visible_problems(notebook: dict) -> list[str]:
    """Every test cell whose value misreads on Validate, and every visible use of a hidden-only name."""
    problems, visible, whole = [], [], []
    for index, cell in enumerate(notebook["cells"]):
        if cell["cell_type"] != "code":
            continue
        meta = cell["metadata"].get("nbgrader", {})
        source = cell_text(cell)
        code = instructor_answer(source) if meta.get("solution") else source
        shown = strip_hidden_tests(code)  # what the release keeps
        visible.append(shown)
        whole.append(code)
        if meta.get("grade") and not meta.get("solution"):
            why = shown_value_problem(shown, float(meta.get("points", 0)))
            if why:
                problems.append(f"test cell {meta.get('grade_id')} (cell {index}): {why}")
    visible_bound, visible_used = bound_and_used("\n".join(visible))
    all_bound, _ = bound_and_used("\n".join(whole))
    for name in sorted((visible_used & all_bound) - visible_bound - set(dir(builtins))):
        problems.append(f"the release uses {name!r}, which only a hidden test defines")
    return problems


@pytest.mark.parametrize("chapter", chapters())
def test_a_solved_release_reads_full_and_runs_without_hidden_names(chapter):
    notebook = json.loads((REPO / "source" / chapter / f"{chapter}.ipynb").read_text())
    assert visible_problems(notebook) == []


def _notebook(*cells: tuple[str, dict]) -> dict:
    return {"cells": [{"cell_type": "code", "source": source, "metadata": {"nbgrader": meta}}
                      for source, meta in cells]}


TEST = {"grade": True, "solution": False, "grade_id": "test_x", "points": 4}
ANSWER = ("def f():\n    ### BEGIN SOLUTION\n    return 1\n    ### END SOLUTION", {"solution": True, "grade": False})


@pytest.mark.parametrize("test_source", [
    "check_value(f, 1, name='f', points=4)",
    "check_value(f, 1, name='f', points=2);  # the hidden test decides",
    "check_value(f, 1, name='f', points=2);\n### BEGIN HIDDEN TESTS\ncheck_value(f, 1, name='f', points=4)\n### END HIDDEN TESTS",
    "assert f() == 1\nprint('ok')",
])
def test_cells_that_read_full_on_validate_pass(test_source):
    assert visible_problems(_notebook(ANSWER, (test_source, TEST))) == []


@pytest.mark.parametrize("test_source, words", [
    ("check_value(f, 1, name='f', points=2)\n### BEGIN HIDDEN TESTS\ncheck_value(f, 1, name='f', points=2);\n"
     "### END HIDDEN TESTS", "shows the check's points (2), not the cell's 4"),
    ("check_value(f, 1, name='f')", "default 1.0"),
    ("f() + 1", "end it with ';'"),
    ("### BEGIN HIDDEN TESTS\n_cases = [1, 2]\n### END HIDDEN TESTS\nassert f() in _cases",
     "'_cases', which only a hidden test defines"),
])
def test_cells_that_misread_on_validate_are_named(test_source, words):
    problems = visible_problems(_notebook(ANSWER, (test_source, TEST)))
    assert problems and words in problems[0], problems
