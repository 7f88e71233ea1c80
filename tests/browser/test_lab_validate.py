"""End to end in Debian's Chromium: a student fills chapter 1's first exercise, runs all, presses Validate.

The lab is started exactly as ``keras-course lab`` starts it (``prepare_lab`` + ``lab_command``) on a
temporary copy of the chapter-1 release, on 127.0.0.1 with a token. Screenshots go to
``test-artifacts/browser/``. Skips only when Chromium is missing and CI is unset; in CI it must run.
"""

from __future__ import annotations

import json
import os
import shutil

import pytest
from browser.chromium import missing_reason, start_chromium
from browser.student_course import CHAPTER, REPO, fill_answers_except, release_folder
from served_lab import served_lab

ARTIFACTS = REPO / "test-artifacts" / "browser"
EXERCISE = "build_fizzbuzz_model"
CORRECT = ('def build_fizzbuzz_model(): return keras.Sequential([keras.Input(shape=(10,)), '
           'layers.Dense(256, activation="relu"), layers.Dense(4, activation="softmax")])')
WRONG = CORRECT.replace("Dense(256", "Dense(128")
ADVICE = "Layer 1: expected Dense(256, activation='relu'), found Dense(128, activation='relu')"
UNANSWERED = "you have not answered this exercise yet (replace `raise NotImplementedError()` with your code)"
PLOT_CELL = "from course.plotting import plot_history"  # chapter 1's learning curve (section 4)

# one running lab (a module fixture) serves every test here: keep them on one xdist worker
pytestmark = pytest.mark.xdist_group("browser_lab")
reason = missing_reason()
if reason and not os.environ.get("CI"):
    pytest.skip(f"browser test skipped: {reason}", allow_module_level=True)

from browser.jupyterlab_page import NotebookPage  # noqa: E402  (needs selenium, after the skip)
from selenium.webdriver.common.by import By  # noqa: E402

# Simpler JupyterLab for the robot: every cell rendered (no virtual scrolling). The news pop-up is the
# lab's own business (keras-course lab disables it), so the robot does not configure it away.
SETTINGS = {
    "@jupyterlab/notebook-extension/tracker.jupyterlab-settings": '{"windowingMode": "none"}',
}


def lab_code_cells() -> int:
    """Return how many code cells chapter 1's release notebook has (what the page must show)."""
    data = json.loads((REPO / "source" / CHAPTER / f"{CHAPTER}.ipynb").read_text())
    return sum(cell["cell_type"] == "code" for cell in data["cells"])


def _copies_of_chapter_1(folder):
    """Fill every answer but the exercise's, then copy the notebook to ``wrong_answer/`` and ``untouched/``."""
    notebook = folder.workdir / CHAPTER / f"{CHAPTER}.ipynb"
    fill_answers_except(notebook, EXERCISE)
    for copy in ("wrong_answer", "untouched"):
        (folder.workdir / copy).mkdir()
        shutil.copy(notebook, folder.workdir / copy / f"{CHAPTER}.ipynb")


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    """A running student lab with three copies of chapter 1: for the right answer, a wrong one and none."""
    tmp = tmp_path_factory.mktemp("browser")
    settings = tmp / "lab-settings"
    for name, text in SETTINGS.items():
        (settings / name).parent.mkdir(parents=True, exist_ok=True)
        (settings / name).write_text(text)
    env = dict(os.environ, JUPYTERLAB_SETTINGS_DIR=str(settings), JUPYTERLAB_WORKSPACES_DIR=str(tmp / "workspaces"))
    with served_lab(release_folder(tmp), tmp, before_start=_copies_of_chapter_1, env=env) as served:
        yield served


@pytest.fixture
def page(tmp_path, request):
    """A fresh headless Chromium; its last view is saved as <test>-last.png (useful when a wait times out)."""
    driver = start_chromium(tmp_path / "profile")
    notebook_page = NotebookPage(driver)
    try:
        yield notebook_page
    finally:
        try:
            notebook_page.screenshot(ARTIFACTS / f"{request.node.name}-last.png")
        finally:
            driver.quit()


def test_right_answer_validates(lab, page):
    page.open(lab.address(f"lab/tree/{CHAPTER}/{CHAPTER}.ipynb"), code_cells=lab_code_cells())
    cell = page.code_cell(f"def {EXERCISE}")
    page.type_into(cell, CORRECT)
    assert page.source(cell) == CORRECT
    test_cell = page.next_code_cell(cell)
    last = page.driver.execute_script("const c = document.querySelectorAll('.jp-CodeCell'); return c[c.length - 1];")
    page.run_all_until(last)
    assert "Error" not in page.output_text(test_cell)
    plot = page.code_cell(PLOT_CELL)
    assert plot.find_elements(By.CSS_SELECTOR, ".jp-OutputArea-output img"), "the learning curve is not drawn"
    page.show(plot)
    page.screenshot(ARTIFACTS / "learning_curve.png")
    result = page.validate()
    page.screenshot(ARTIFACTS / "validate_pass.png")
    assert "Success! Your notebook passes all the tests." in result
    page.close_dialog()


def test_wrong_answer_shows_the_visible_tests_advice_not_a_traceback(lab, page):
    page.open(lab.address(f"lab/tree/wrong_answer/{CHAPTER}.ipynb"), code_cells=lab_code_cells())
    cell = page.code_cell(f"def {EXERCISE}")
    page.type_into(cell, WRONG)
    test_cell = page.next_code_cell(cell)
    page.run_all_until(test_cell)  # running stops at the failing test
    shown = page.output_text(test_cell)
    assert f"CheckFailed: {ADVICE}" in shown
    assert "Traceback" not in shown and "File " not in shown
    page.show(test_cell)
    page.screenshot(ARTIFACTS / "visible_test_message.png")
    result = page.validate()
    page.screenshot(ARTIFACTS / "validate_fail.png")
    assert "The following cell failed:" in result
    assert ADVICE in result
    assert "Traceback" not in result
    page.close_dialog()


def test_untouched_exercise_says_it_is_not_answered_yet(lab, page):
    page.open(lab.address(f"lab/tree/untouched/{CHAPTER}.ipynb"), code_cells=lab_code_cells())
    test_cell = page.next_code_cell(page.code_cell(f"def {EXERCISE}"))
    page.run_all_until(test_cell)  # running stops at the exercise's visible test
    shown = page.output_text(test_cell)
    assert UNANSWERED in shown
    assert "Traceback" not in shown and "NotImplementedError:" not in shown
    result = page.validate()
    page.screenshot(ARTIFACTS / "validate_untouched.png")
    assert UNANSWERED in result
    assert "Traceback" not in result
    page.close_dialog()
