"""A synthetic graded class, built without grading anything: for report tests and the report benchmark.

``synthetic_class(course, students=500)`` writes a course root with an nbgrader gradebook (one
chapter, one notebook of ``tests`` test cells and as many solution cells), each student's grades
through the grading pipeline's own writer (:func:`autograder.grade.gradebook_writer.record_result`),
a grading record per student (``logs/<chapter>/<student>.json``, with check messages that carry
student-specific numbers), a release notebook and a submitted notebook per student whose solution
cells are written in one of several styles with the student's own names and numbers.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import nbformat

CHAPTER = "ch99_synthetic"
COURSE_ID = "synthetic-course"
STARTER = "def answer_{i}():\n    # YOUR CODE HERE\n    raise NotImplementedError()\n"
STYLES = [
    "def answer_{i}():\n    {m} = keras.Sequential([keras.Input(shape=({n},)),{hidden_list}\n"
    "        layers.Dense({o}, activation='softmax')])\n    {m}.compile(optimizer=keras.optimizers.{opt}(learning_rate={lr}),\n"
    "        loss='sparse_categorical_crossentropy', metrics=['accuracy'])\n    return {m}\n",
    "def answer_{i}():\n    {m} = keras.Sequential()\n    {m}.add(keras.Input(shape=({n},)))\n{hidden_add}"
    "    {m}.add(layers.Dense({o}))\n    {m}.add(layers.Softmax())\n"
    "    opt = keras.optimizers.{opt}({lr})\n    {m}.compile(opt, keras.losses.SparseCategoricalCrossentropy())\n"
    "    return {m}\n",
    "def answer_{i}():\n    inputs = keras.Input(({n},))\n    x = inputs\n{hidden_call}"
    "    outputs = layers.Dense({o}, activation=tf.nn.softmax)(x)\n"
    "    {m} = keras.Model(inputs=inputs, outputs=outputs, name='{m}_{o}')\n    return {m}\n",
]
ACTIVATIONS = ["relu", "tanh", "elu", "selu", "gelu", "swish"]
OPTIMIZERS = ["Adam", "SGD", "RMSprop", "Adamax", "Nadam"]
NAMES = ["model", "net", "clf", "m", "network", "seq", "mdl", "classifier", "my_model", "k_model"]
MESSAGES = [
    ("check_architecture", "Layer {a}: expected Dense({b}, activation='relu'), found Dense({c}, activation='relu')"),
    ("check_training", "accuracy on the hidden split: {f:.3f}, below the 0.75 needed for any points"),
    ("check_compile", "learning rate: expected {g}, found {h}"),
    ("check_values", "you have not answered this exercise yet (replace `raise NotImplementedError()` with your code)"),
]


def _notebook(sources: dict[str, str], tests: int) -> nbformat.NotebookNode:
    cells = []
    for i in range(tests):
        cell = nbformat.v4.new_code_cell(sources[f"answer_{i}"])
        cell.metadata["nbgrader"] = {"grade": False, "solution": True, "locked": False, "grade_id": f"answer_{i}",
                                     "schema_version": 3}
        cells.append(cell)
        test = nbformat.v4.new_code_cell(f"# test of answer_{i}")
        test.metadata["nbgrader"] = {"grade": True, "solution": False, "locked": True, "grade_id": f"test_{i}",
                                     "points": 2 + i % 3, "schema_version": 3}
        cells.append(test)
    return nbformat.v4.new_notebook(cells=cells)


def _answer(rng: random.Random, i: int) -> str:
    """One student's answer to exercise ``i``: a style, their names, 1 to 4 hidden layers of their own."""
    m = rng.choice(NAMES)
    hidden = [(rng.choice([8, 16, 24, 32, 48, 64, 96, 128, 256, 512]), rng.choice(ACTIVATIONS))
              for _ in range(rng.randint(1, 4))]
    extra = ("", "layers.Dropout(0.{d}), ", "layers.BatchNormalization(), ")
    lines = [(units, act, rng.choice(extra).format(d=rng.randint(1, 5))) for units, act in hidden]
    return rng.choice(STYLES).format(
        i=i, m=m, n=rng.randint(2, 64), o=rng.randint(2, 9), opt=rng.choice(OPTIMIZERS),
        lr=rng.choice([0.1, 0.03, 0.01, 0.003, 0.001, 0.0003]),
        hidden_list="".join(f"\n        {e}layers.Dense({u}, activation='{a}')," for u, a, e in lines),
        hidden_add="".join(f"    {m}.add(layers.Dense({u}))\n    {m}.add(layers.Activation('{a}'))\n"
                           + (f"    {m}.add({e.rstrip(', ')})\n" if e else "") for u, a, e in lines),
        hidden_call="".join(f"    x = layers.Dense({u}, activation='{a}')(x)\n"
                            + (f"    x = {e.rstrip(', ')}(x)\n" if e else "") for u, a, e in lines))


def synthetic_class(course: Path, students: int = 500, tests: int = 8, seed: int = 0) -> list[str]:
    """Write the synthetic class at ``course`` (a new folder); return the student ids.

    Statuses: about 2% ``error`` (no grades recorded), 2% ``failed`` (scored 0), the rest ``graded``
    with per-test points drawn at random (full, partial or 0, each 0 with a check message); from 10
    students on, the second is always ``error`` and the third ``failed``, so every class has both.
    """
    from nbgrader.api import Gradebook

    from autograder.grade.gradebook_writer import record_result
    from autograder.grade.grading_record import write_grading_record

    rng = random.Random(seed)
    course = Path(course)
    course.mkdir(parents=True)
    (course / "nbgrader_config.py").write_text(
        f'c = get_config()\nc.CourseDirectory.course_id = "{COURSE_ID}"\nc.CourseDirectory.db_url = "sqlite:///gradebook.db"\n')
    maxima = {f"test_{i}": float(2 + i % 3) for i in range(tests)}
    release = course / "release" / CHAPTER
    release.mkdir(parents=True)
    starters = {f"answer_{i}": STARTER.format(i=i) for i in range(tests)}
    nbformat.write(_notebook(starters, tests), release / f"{CHAPTER}.ipynb")
    ids = [f"student{n:04d}" for n in range(students)]
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}", COURSE_ID) as gb:
        gb.add_assignment(CHAPTER)
        gb.add_notebook(CHAPTER, CHAPTER)
        for i in range(tests):
            gb.add_solution_cell(f"answer_{i}", CHAPTER, CHAPTER)
            gb.add_grade_cell(f"test_{i}", CHAPTER, CHAPTER, max_score=maxima[f"test_{i}"], cell_type="code")
        for number, student in enumerate(ids):
            draw = rng.random()
            status = "error" if draw < 0.02 else "failed" if draw < 0.04 else "graded"
            status = {1: "error", 2: "failed"}.get(number, status) if students >= 10 else status
            grades, verdicts = [], []
            for cell, top in maxima.items():
                points = rng.choice([top, top, top, top / 2, 0.0]) if status == "graded" else 0.0
                check, message = rng.choice(MESSAGES)
                message = message.format(a=rng.randint(1, 3), b=rng.choice([64, 128, 256]), c=rng.randint(1, 99),
                                         f=rng.random() / 2, g=0.01, h=rng.choice([0.001, 0.1, 0.05]))
                failed = points < top
                grades.append({"notebook": CHAPTER, "cell": cell, "auto_score": points, "max_score": top})
                verdicts.append({"notebook": CHAPTER, "cell": cell, "points": points, "nbgrader_points": points,
                                 "max_points": top, "reason": f"{check}: {message}" if failed else "",
                                 "checks": [{"check": check, "points": points, "max_points": top,
                                             "message": message if failed else ""}]})
            result = {"student": student, "chapter": CHAPTER, "status": status,
                      "reason": {"error": "grader error: the worker process died", "failed": "not valid JSON"}.get(status, ""),
                      "seconds": round(rng.lognormvariate(3.5, 0.4), 2), "device": "CPU",
                      "grades": grades if status != "error" else [], "comments": [],
                      "verdicts": verdicts if status == "graded" else []}
            if status != "error":
                record_result(gb, result)
            write_grading_record(course / "logs" / CHAPTER / f"{student}.json", result)
            answers = {f"answer_{i}": _answer(rng, i) for i in range(tests)}
            folder = course / "submitted" / student / CHAPTER
            folder.mkdir(parents=True)
            nbformat.write(_notebook(answers, tests), folder / f"{CHAPTER}.ipynb")
    return ids


def plant_copy(course: Path, original: str, copy: str) -> None:
    """Make ``copy``'s submission ``original``'s with other names, spacing and comments (a disguised copy)."""
    source = course / "submitted" / original / CHAPTER / f"{CHAPTER}.ipynb"
    notebook = json.loads(source.read_text())
    for cell in notebook["cells"]:
        if cell["metadata"].get("nbgrader", {}).get("solution"):
            text = "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
            for name in NAMES[::-1]:
                text = text.replace(f"{name} =", "renamed_thing =").replace(f"{name}.", "renamed_thing.")
            text = text.replace("return ", "# copied, of course not\n    return ").replace(", ", ",  ")
            cell["source"] = text
    target = course / "submitted" / copy / CHAPTER / f"{CHAPTER}.ipynb"
    target.write_text(json.dumps(notebook))
