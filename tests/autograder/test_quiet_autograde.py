"""Plain `nbgrader autograde` with the course's config: a correct answer that warns and logs on
stderr (Keras's input_dim warning, TensorFlow's C++ start-up logs on fd 2, a logging call, a
sys.stderr print) scores full marks; a genuinely wrong answer still scores 0."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

REPO = Path(__file__).resolve().parents[2]
NBGRADER = str(Path(sys.executable).with_name("nbgrader"))

NOISY_CORRECT = '''\
def build_model():
    import logging, os, sys
    import keras  # the first TensorFlow import of the kernel: C++ logs on fd 2
    logging.getLogger("tensorflow").warning("a TensorFlow log line")
    print("a note on stderr", file=sys.stderr)
    os.write(2, b"a raw fd-2 line\\n")
    model = keras.Sequential()
    model.add(keras.layers.Dense(2, input_dim=1))  # Keras warns: prefer an Input object
    model.add(keras.layers.Dense(1))
    return model
'''

WRONG = '''\
def build_model():
    import keras
    model = keras.Sequential()
    model.add(keras.layers.Dense(3, input_dim=1))
    model.add(keras.layers.Dense(1))
    return model
'''

HIDDEN_TEST = '''\
from autograder.checks import Layer, check_architecture
check_architecture(build_model, [Layer("Dense", units=2), Layer("Dense", units=1)],
                   input_shape=(1,), params=7, points=2)
'''


def _notebook(answer: str) -> nbformat.NotebookNode:
    notebook = nbformat.v4.new_notebook()
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    solution = nbformat.v4.new_code_cell(answer)
    solution.metadata["nbgrader"] = {"grade": False, "solution": True, "locked": False,
                                     "grade_id": "answer", "schema_version": 3}
    test = nbformat.v4.new_code_cell(HIDDEN_TEST)
    test.metadata["nbgrader"] = {"grade": True, "solution": False, "locked": True,
                                 "grade_id": "test_answer", "points": 2, "schema_version": 3}
    notebook.cells = [solution, test]
    return notebook


def _run(args, cwd):
    env = {k: v for k, v in os.environ.items() if k not in ("TF_CPP_MIN_LOG_LEVEL", "KERAS_COURSE_EXPORT_DIR")}
    return subprocess.run([NBGRADER, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=300)


@pytest.mark.notebook
def test_noisy_correct_answer_scores_full_and_wrong_answer_zero(tmp_path):
    from nbgrader.api import Gradebook

    shutil.copy(REPO / "nbgrader_config.py", tmp_path / "nbgrader_config.py")
    source = tmp_path / "source" / "ps_noisy"
    source.mkdir(parents=True)
    nbformat.write(_notebook(NOISY_CORRECT), source / "ps_noisy.ipynb")
    generated = _run(["generate_assignment", "ps_noisy", "--force"], tmp_path)
    assert generated.returncode == 0, generated.stderr
    for student, answer in (("noisy_correct", NOISY_CORRECT), ("wrong", WRONG)):
        folder = tmp_path / "submitted" / student / "ps_noisy"
        folder.mkdir(parents=True)
        nbformat.write(_notebook(answer), folder / "ps_noisy.ipynb")
    graded = _run(["autograde", "ps_noisy", "--force"], tmp_path)
    assert graded.returncode == 0, graded.stderr

    with Gradebook(f"sqlite:///{tmp_path / 'gradebook.db'}") as gradebook:
        correct = gradebook.find_submission_notebook("ps_noisy", "ps_noisy", "noisy_correct")
        wrong = gradebook.find_submission_notebook("ps_noisy", "ps_noisy", "wrong")
        assert (correct.score, correct.max_score) == (2.0, 2.0)
        assert wrong.score == 0.0

    wrong_nb = nbformat.read(tmp_path / "autograded" / "wrong" / "ps_noisy" / "ps_noisy.ipynb", as_version=4)
    outputs = wrong_nb.cells[1].outputs
    assert any(o.output_type == "error" and o.ename == "CheckFailed" for o in outputs)
    assert "Layer 1: expected Dense(2), found Dense(3)" in str(outputs)
    correct_nb = nbformat.read(tmp_path / "autograded" / "noisy_correct" / "ps_noisy" / "ps_noisy.ipynb", as_version=4)
    assert not [o for o in correct_nb.cells[1].outputs if o.get("name") == "stderr"]
