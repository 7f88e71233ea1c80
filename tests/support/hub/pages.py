"""What a student does in the hub's pages: log in, the Assignments tab (fetch, submit, fetch feedback), save files."""

from __future__ import annotations

import json

from browser.jupyterlab_page import KERNEL_WAIT, NotebookPage
from selenium.webdriver.common.by import By
from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

SPAWN_WAIT = 180
LIST_WAIT = 120


class HubStudentPage(NotebookPage):
    """A NotebookPage reached through JupyterHub's login page, with nbgrader's Assignments tab."""

    def wait(self, seconds: float) -> WebDriverWait:
        """Return a WebDriverWait that also retries when the list it reads was just re-rendered."""
        return WebDriverWait(self.driver, seconds, poll_frequency=0.5, ignored_exceptions=(StaleElementReferenceException,))

    def log_in(self, hub_url: str, name: str, password: str) -> None:
        """Fill the hub's login form and wait until the user's JupyterLab has loaded (spawning it if needed)."""
        self.driver.get(f"{hub_url}/hub/login")
        self.wait(30).until(lambda d: d.find_elements(By.ID, "username_input"))
        self.driver.find_element(By.ID, "username_input").send_keys(name)
        self.driver.find_element(By.ID, "password_input").send_keys(password)
        self.driver.find_element(By.ID, "login_submit").click()
        self.wait(SPAWN_WAIT).until(lambda d: f"/user/{name}/lab" in d.current_url
                                    and d.find_elements(By.CSS_SELECTOR, ".lm-MenuBar-item"))

    def open_assignments(self) -> None:
        """Open nbgrader's Assignments tab from its menu and wait until the released list has loaded."""
        self.menu("Nbgrader", "Assignment List")
        self.wait(LIST_WAIT).until(lambda d: d.execute_script(
            "return ['released', 'fetched', 'submitted'].every(s => {"
            "  const e = document.getElementById(s + '_assignments_list_loading'); return e !== null && e.hidden; });"))

    def assignment_row(self, section: str, assignment: str):
        """Return the row of ``assignment`` in the list ``section`` (``released``, ``fetched``, ``submitted``)."""
        def row(driver):
            for item in driver.find_elements(By.CSS_SELECTOR, f"#{section}_assignments_list .list_item"):
                if assignment in item.text:
                    return item
            return False
        return self.wait(LIST_WAIT).until(row)

    def press_in_row(self, section: str, assignment: str, label: str, then_section: str, then_text: str = "") -> str:
        """Press the button ``label`` in a row and wait until ``then_section`` has a row for it (containing ``then_text``)."""
        buttons = [b for b in self.assignment_row(section, assignment).find_elements(By.CSS_SELECTOR, "button")
                   if b.text.strip() == label]
        assert buttons, f"no {label!r} button for {assignment} in {section}"
        buttons[0].click()

        def done(driver):
            for item in driver.find_elements(By.CSS_SELECTOR, f"#{then_section}_assignments_list .list_item"):
                if assignment in item.text and then_text in item.text:
                    return item.text
            return False
        return self.wait(LIST_WAIT).until(done)

    def submissions(self, assignment: str) -> list[str]:
        """Return the timestamps listed for ``assignment`` under "Submitted assignments" (one per submission)."""
        rows = self.driver.execute_script(
            "return Array.from(document.querySelectorAll('#submitted_assignments_list .list_item'), e => e.innerText);")
        return [line.strip() for row in rows if assignment in row for line in row.splitlines() if line.strip().endswith(" UTC")]

    def contents(self, user: str, path: str, method: str = "GET", model: dict | None = None) -> tuple[int, dict]:
        """Call the user's Jupyter Contents API from the page (its cookie and XSRF token): (status, JSON)."""
        script = """
            const [user, path, method, body, done] = arguments;
            const xsrf = (document.cookie.match(/_xsrf=([^;]+)/) || [])[1] || '';
            fetch(`/user/${user}/api/contents/${path}`, {method, headers: {'X-XSRFToken': decodeURIComponent(xsrf),
                  'Content-Type': 'application/json'}, body: body || undefined, credentials: 'same-origin'})
              .then(async r => done([r.status, await r.text()])).catch(e => done([0, String(e)]));"""
        self.driver.set_script_timeout(60)
        status, text = self.driver.execute_async_script(script, user, path, method, json.dumps(model) if model else None)
        try:
            return status, json.loads(text)
        except ValueError:
            return status, {"text": text}

    def save(self) -> None:
        """Save the open notebook (Ctrl+S) and wait until it is no longer marked dirty."""
        self.driver.find_element(By.CSS_SELECTOR, ".jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook").send_keys(
            Keys.CONTROL, "s")
        self.wait(KERNEL_WAIT).until(lambda d: not d.find_elements(
            By.CSS_SELECTOR, ".jp-mod-current.jp-mod-dirty, .lm-TabBar-tab.jp-mod-current.jp-mod-dirty"))
