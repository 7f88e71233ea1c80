"""Driving a JupyterLab 4 notebook in a real browser: type into a cell, run all, validate, read results."""

from __future__ import annotations

from pathlib import Path

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

# Generous: the first TensorFlow import in a kernel takes seconds, training a few more, on 2 shared cores.
KERNEL_WAIT = 240
VALIDATE_WAIT = 420

CODE_CELLS = "return Array.from(document.querySelectorAll('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-CodeCell'));"


class NotebookPage:
    """One open notebook in JupyterLab, found through the DOM the way a student sees it."""

    def __init__(self, driver):
        self.driver = driver

    def wait(self, seconds: float) -> WebDriverWait:
        """Return a WebDriverWait polling every half second for up to ``seconds``."""
        return WebDriverWait(self.driver, seconds, poll_frequency=0.5)

    def open(self, url: str, code_cells: int) -> None:
        """Load ``url`` (a lab/tree/... notebook address); wait for its ``code_cells`` editors and an idle kernel."""
        # ?reset: start from an empty workspace, so a notebook opened by an earlier test on the same
        # server is not restored beside this one.
        self.driver.get(url + ("&" if "?" in url else "?") + "reset")
        self.wait(KERNEL_WAIT).until(lambda d: d.execute_script(
            "const cells = " + CODE_CELLS.removeprefix("return ").rstrip(";") + ";"
            "return cells.length === arguments[0] && cells.every(c => c.querySelector('.cm-content') !== null);",
            code_cells))
        self.wait_idle()

    def wait_idle(self) -> None:
        """Wait until the notebook's kernel reports idle."""
        self.wait(KERNEL_WAIT).until(lambda d: d.execute_script(
            "const e = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook-ExecutionIndicator');"
            "return e !== null && e.getAttribute('data-status') === 'idle';"))

    def code_cell(self, starts_with: str):
        """Return the code cell whose source starts with ``starts_with``."""
        cells = self.driver.execute_script(CODE_CELLS)
        for cell in cells:
            if self.source(cell).startswith(starts_with):
                return cell
        seen = [self.source(cell)[:40] for cell in cells]
        raise AssertionError(f"no code cell starts with {starts_with!r} among {len(cells)}: {seen}")

    def next_code_cell(self, cell):
        """Return the code cell after ``cell``."""
        cells = self.driver.execute_script(CODE_CELLS)
        return cells[cells.index(cell) + 1]

    def source(self, cell) -> str:
        """Return a code cell's source as the editor shows it."""
        return cell.find_element(By.CSS_SELECTOR, ".cm-content").get_attribute("innerText").strip("\n")

    def type_into(self, cell, text: str) -> None:
        """Replace a code cell's source by typing ``text`` (one line) as a student would."""
        editor = cell.find_element(By.CSS_SELECTOR, ".cm-content")
        editor.click()
        editor.send_keys(Keys.CONTROL, "a")
        editor.send_keys(Keys.DELETE)
        editor.send_keys(text)
        editor.send_keys(Keys.ESCAPE)  # back to command mode

    def menu(self, menu: str, entry: str) -> None:
        """Click a main-menu entry by the labels a student reads: ``menu`` ("Run"), ``entry`` ("Run All Cells")."""
        for item in self.driver.find_elements(By.CSS_SELECTOR, ".lm-MenuBar-item"):
            if item.text.strip() == menu:
                item.click()
                break
        else:
            raise AssertionError(f"no {menu!r} menu")

        def labelled(driver):
            for label in driver.find_elements(By.CSS_SELECTOR, ".lm-Menu .lm-Menu-itemLabel"):
                if label.text.strip() == entry:
                    return label
            return False

        self.wait(30).until(labelled).click()

    def prompt(self, cell) -> str:
        """Return a code cell's execution prompt: "[3]:", "[*]:" or "[ ]:"."""
        return cell.find_element(By.CSS_SELECTOR, ".jp-InputPrompt").text.strip()

    def run_all_until(self, cell) -> None:
        """Run all cells from the Run menu and wait until ``cell`` has run and nothing is left running."""
        self.menu("Run", "Run All Cells")

        def finished(driver) -> bool:
            prompts = [self.prompt(c) for c in driver.execute_script(CODE_CELLS)]
            mine = self.prompt(cell)
            return "[*]:" not in prompts and mine not in ("[ ]:", "[*]:", "")

        self.wait(KERNEL_WAIT).until(finished)
        self.wait_idle()

    def output_text(self, cell) -> str:
        """Return the text of a cell's outputs."""
        return "\n".join(o.text for o in cell.find_elements(By.CSS_SELECTOR, ".jp-OutputArea-output"))

    def validate(self) -> str:
        """Press nbgrader's Validate button and return the text of the "Validation Results" dialog."""
        button = self.driver.find_element(
            By.CSS_SELECTOR, ".jp-NotebookPanel:not(.lm-mod-hidden) .validate-button")
        button.click()

        def dialog(driver):
            for node in driver.find_elements(By.CSS_SELECTOR, ".jp-Dialog"):
                if "Validation Results" in node.text:
                    return node
            return False

        node = self.wait(VALIDATE_WAIT).until(dialog)
        return node.find_element(By.CSS_SELECTOR, ".jp-Dialog-body").text

    def close_dialog(self) -> None:
        """Press OK on the open dialog and wait until it is gone."""
        self.driver.find_element(By.CSS_SELECTOR, ".jp-Dialog .jp-mod-accept").click()
        self.wait(30).until(lambda d: not d.find_elements(By.CSS_SELECTOR, ".jp-Dialog"))

    def show(self, cell) -> None:
        """Scroll ``cell`` to the middle of the window (before a screenshot)."""
        self.driver.execute_script("arguments[0].scrollIntoView({block: 'center'});", cell)

    def screenshot(self, path: Path) -> Path:
        """Save a PNG of the browser window at ``path``."""
        path.parent.mkdir(parents=True, exist_ok=True)
        self.driver.save_screenshot(str(path))
        return path
