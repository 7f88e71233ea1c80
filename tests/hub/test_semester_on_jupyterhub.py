"""A semester of chapter 1 on a real JupyterHub, end to end in headless Chromium, with the exchange's isolation.

As root the module creates three Unix accounts (an instructor, students A and B), sets up the
exchange with ``keras-course hub-exchange`` (as the README says), and starts JupyterHub with PAM
logins, configurable-http-proxy and LocalProcessSpawner (``jupyterhub-singleuser`` as each user,
JupyterLab and the course from this venv). Course membership is nbgrader's JupyterHub integration
(groups ``nbgrader-keras-course``, ``formgrade-keras-course``). Then:

1. the instructor (``runuser``) runs ``keras-course release`` and ``nbgrader release_assignment``;
2. each student logs in through the hub's login page, fetches chapter 1 from the Assignments tab,
   answers (A right, B with a mistake in the first exercise; the other answers are the
   instructor's, written through the Contents API), presses Validate and submits; A submits twice;
3. the instructor collects, runs ``keras-course grade --workers 2``, ``keras-course feedback`` and
   ``nbgrader release_feedback``;
4. each student fetches feedback from the Assignments tab and opens it: their own points and
   messages, no hidden test code.

``test_isolation`` then tries, as student A, to read or overwrite B's submission and feedback and
the instructor's source and gradebook through the file system (``runuser``) and Jupyter's APIs.
Screenshots go to ``test-artifacts/hub/``. Needs root, Chromium, configurable-http-proxy and
JupyterHub; skips without them unless CI is set, where it fails.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import sqlite3
import stat
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from browser.chromium import missing_reason, start_chromium
from browser.student_course import CHAPTER, REPO, fill_answers_except
from hub.accounts import accounts, processes_of, run_as, searchable
from hub.process import COURSE, proxy_command, running_hub

pytestmark = [pytest.mark.xdist_group("hub"), pytest.mark.notebook]

ARTIFACTS = REPO / "test-artifacts" / "hub"
VENV_BIN = Path(sys.executable).parent
EXERCISE = "build_fizzbuzz_model"
CORRECT = ('def build_fizzbuzz_model(): return keras.Sequential([keras.Input(shape=(10,)), '
           'layers.Dense(256, activation="relu"), layers.Dense(4, activation="softmax")])')
WRONG = CORRECT.replace("Dense(256", "Dense(128")
ADVICE = "Layer 1: expected Dense(256, activation='relu'), found Dense(128, activation='relu')"
EXERCISE_POINTS = 3.0  # test_build_fizzbuzz_model
HIDDEN_MARKERS = ("BEGIN HIDDEN TESTS", "seed=80411")


def readable_by_everyone(path: Path) -> bool:
    """Return whether any user may read and enter the folder ``path`` (the folders above: see ``searchable``)."""
    mode = path.stat().st_mode
    return bool(mode & stat.S_IROTH and mode & stat.S_IXOTH)


def missing() -> str | None:
    """Return what this machine lacks for the test, or None."""
    if os.geteuid() != 0:
        return "not root (the test creates Unix accounts and runs JupyterHub as root)"
    reasons = [missing_reason(), None if proxy_command() else "configurable-http-proxy not installed (npm install -g configurable-http-proxy)"]
    try:
        import jupyterhub  # noqa: F401
        import pamela  # noqa: F401
    except ImportError as error:
        reasons.append(f"{error.name} not installed (pip install -e '.[dev]')")
    for place in (Path(sys.prefix), REPO):
        if not readable_by_everyone(place):
            reasons.append(f"{place} is not readable by other users: the students' servers run from it")
    return "; ".join(r for r in reasons if r) or None


reason = missing()
if reason and not os.environ.get("CI"):
    pytest.skip(f"hub test skipped: {reason}", allow_module_level=True)

from hub.pages import HubStudentPage  # noqa: E402  (needs selenium, after the skip)
from selenium.webdriver.common.by import By  # noqa: E402


class Semester:
    """Everything the loop made: accounts, folders, the hub, and what each step showed."""

    def __init__(self, shared: Path, people: dict, hub, env: dict[str, str], tmp: Path):
        self.shared, self.people, self.hub, self.env, self.tmp = shared, people, hub, env, tmp
        self.exchange = shared / "exchange"
        self.course = people["instructor"].home / "course"
        self.seen: dict[str, str] = {}

    def instructor(self, *argv: str, check: bool = True) -> subprocess.CompletedProcess:
        """Run a command as the instructor in the course root."""
        return run_as(self.people["instructor"], list(argv), env=self.env, cwd=self.course, check=check)


def course_root_for(account) -> Path:
    """Copy chapter 1's course (config, source, release) into the instructor's home, owned by them."""
    course = account.home / "course"
    course.mkdir()
    shutil.copy(REPO / "nbgrader_config.py", course)
    for folder in ("source", "release"):
        shutil.copytree(REPO / folder / CHAPTER, course / folder / CHAPTER)
    subprocess.run(["chown", "-R", f"{account.name}:", str(course)], check=True)
    return course


def render_every_cell(account) -> None:
    """Turn off JupyterLab's virtual scrolling in the student's own settings, so the robot sees every cell."""
    settings = account.home / ".jupyter/lab/user-settings/@jupyterlab/notebook-extension/tracker.jupyterlab-settings"
    settings.parent.mkdir(parents=True)
    settings.write_text('{"windowingMode": "none"}')
    subprocess.run(["chown", "-R", f"{account.name}:", str(account.home / ".jupyter")], check=True)


def screenshot(page, name: str) -> None:
    """Save the window as ``test-artifacts/hub/<name>.png``."""
    page.screenshot(ARTIFACTS / f"{name}.png")


@contextlib.contextmanager
def logged_in(semester: Semester, role: str, session: str):
    """A fresh Chromium logged in as ``role`` on the Assignments tab; its last view is saved as ``<session>-last.png``."""
    student = semester.people[role]
    driver = start_chromium(semester.tmp / f"profile-{session}")
    page = HubStudentPage(driver)
    try:
        page.log_in(semester.hub.url, student.name, student.password)
        page.open_assignments()
        yield page
    finally:
        try:
            screenshot(page, f"{session}-last")
        finally:
            driver.quit()


def student_turn(semester: Semester, role: str, answer: str, *, submit_first: bool = False) -> None:
    """One student's session: log in, fetch, fill, Validate, submit (twice with ``submit_first``)."""
    student = semester.people[role]
    tmp = semester.tmp
    with logged_in(semester, role, role) as page:
        page.press_in_row("released", CHAPTER, "Fetch", "fetched")
        screenshot(page, f"{role}-assignments-fetched")
        path = f"{CHAPTER}/{CHAPTER}.ipynb"
        status, model = page.contents(student.name, path + "?content=1")
        assert status == 200, (status, model)
        local = tmp / f"{role}.ipynb"
        local.write_text(json.dumps(model["content"]))
        fill_answers_except(local, EXERCISE)
        status, saved = page.contents(student.name, path, "PUT",
                                      {"type": "notebook", "format": "json", "content": json.loads(local.read_text())})
        assert status == 200, (status, saved)
        if submit_first:  # an early submission with the exercise still unanswered
            page.open_assignments()
            page.press_in_row("fetched", CHAPTER, "Submit", "submitted")
        page.open(f"{semester.hub.url}/user/{student.name}/lab/tree/{path}", code_cells=code_cells())
        cell = page.code_cell(f"def {EXERCISE}")
        page.type_into(cell, answer)
        page.save()
        result = page.validate()
        screenshot(page, f"{role}-validate")
        semester.seen[f"{role}-validate"] = result
        page.close_dialog()
        page.open_assignments()
        before = len(page.submissions(CHAPTER))
        page.press_in_row("fetched", CHAPTER, "Submit", "submitted")
        page.wait(120).until(lambda d: len(page.submissions(CHAPTER)) == before + 1)
        screenshot(page, f"{role}-submitted")
        semester.seen[f"{role}-submitted"] = page.submissions(CHAPTER)


def feedback_turn(semester: Semester, role: str) -> None:
    """Log in again, fetch feedback from the Assignments tab and open it; keep the page's text."""
    student = semester.people[role]
    with logged_in(semester, role, f"{role}-feedback") as page:
        driver = page.driver
        page.press_in_row("submitted", CHAPTER, "Fetch Feedback", "submitted", "view feedback")
        screenshot(page, f"{role}-feedback-fetched")
        status, listing = page.contents(student.name, f"{CHAPTER}/feedback")
        assert status == 200, (status, listing)
        stamps = sorted(entry["name"] for entry in listing["content"])
        html = f"{CHAPTER}/feedback/{stamps[-1]}/{CHAPTER}.html"
        driver.get(f"{semester.hub.url}/user/{student.name}/files/{html}")
        page.wait(60).until(lambda d: "Score" in d.find_element(By.TAG_NAME, "body").text)
        screenshot(page, f"{role}-feedback")
        semester.seen[f"{role}-feedback"] = driver.find_element(By.TAG_NAME, "body").text
        semester.seen[f"{role}-feedback-html"] = driver.page_source
        other = semester.people["bob" if role == "alice" else "alice"].name
        driver.get(f"{semester.hub.url}/hub/home")  # back on a page of the hub's origin
        semester.seen[f"{role}-cookie-on-other"] = page.contents(other, "")


FUTURE = "2099-01-01 00:00:00.000000 UTC"
FORGE = 'mkdir "$1" && cp "$2" "$1/" && printf %s "$3" > "$1/timestamp.txt"'
LINK = 'mkdir "$1" && ln -s "$2" "$1/$3" && printf %s "$4" > "$1/timestamp.txt"'


def forge_submissions(semester: Semester) -> None:
    """As alice, before the collect: a submission in bob's name, and one of hers that links to the instructor's source.

    Both carry a later timestamp than any real one, so stock nbgrader's collect would take them.
    """
    alice, bob = semester.people["alice"], semester.people["bob"]
    inbound = semester.exchange / COURSE / "inbound"
    mine = str(alice.home / CHAPTER / f"{CHAPTER}.ipynb")
    forged = str(inbound / f"{bob.name}+{CHAPTER}+{FUTURE}+forged")
    linked = str(inbound / f"{alice.name}+{CHAPTER}+{FUTURE}+linked")
    source = str(semester.course / "source" / CHAPTER / f"{CHAPTER}.ipynb")
    run_as(alice, ["sh", "-c", FORGE, "forge", forged, mine, FUTURE], env=semester.env)
    run_as(alice, ["sh", "-c", LINK, "link", linked, source, f"{CHAPTER}.ipynb", FUTURE], env=semester.env)
    semester.seen["forged"], semester.seen["linked"] = forged, linked


def genuine_stamps(semester: Semester, role: str) -> list[str]:
    """Return the timestamps of the inbound folders ``role`` really submitted (owned by them), oldest first."""
    account = semester.people[role]
    inbound = semester.exchange / COURSE / "inbound"
    return sorted(p.name.split("+")[2] for p in inbound.iterdir()
                  if p.name.startswith(f"{account.name}+") and p.lstat().st_uid == account.uid
                  and "+forged" not in p.name and "+linked" not in p.name)


def code_cells() -> int:
    """Return how many code cells chapter 1 has."""
    data = json.loads((REPO / "source" / CHAPTER / f"{CHAPTER}.ipynb").read_text())
    return sum(cell["cell_type"] == "code" for cell in data["cells"])


@pytest.fixture(scope="module")
def semester(tmp_path_factory):
    """Run the whole loop once; yield the Semester for the assertions (accounts and hub removed after)."""
    if reason:  # only under CI (elsewhere the module was skipped): say what is missing, as a failure
        pytest.fail(f"hub test cannot run: {reason}")
    tmp = tmp_path_factory.mktemp("hub")
    shared = Path(tempfile.mkdtemp(prefix="keras-course-hub-"))  # other users must reach it: not under tmp
    os.chmod(shared, 0o755)
    env = {"PATH": f"{VENV_BIN}:/usr/local/bin:/usr/bin:/bin", "JUPYTER_CONFIG_PATH": str(shared / "etc-jupyter"),
           "PYTHONPATH": str(REPO), "LANG": "C.UTF-8"}
    started = time.monotonic()
    lap = Laps()
    (ARTIFACTS / "isolation.txt").unlink(missing_ok=True)
    stdlib = Path(os.__file__).parent  # the base Python's standard library (see hub.accounts.searchable)
    try:
        with searchable([stdlib, Path(sys.prefix), REPO]) as opened, accounts("instructor", "alice", "bob") as people:
            # the README's set-up, command for command (paths of this test instead of /srv and /etc)
            subprocess.run([str(VENV_BIN / "keras-course"), "hub-exchange", "--root", str(shared / "exchange"),
                            "--instructor", people["instructor"].name, "--config-dir", str(shared / "etc-jupyter")],
                           env=dict(os.environ, **env), check=True, capture_output=True, text=True)
            course_root_for(people["instructor"])
            for role in ("alice", "bob"):
                render_every_cell(people[role])
            lap("accounts, keras-course hub-exchange, the instructor's course root")
            students = [people["alice"].name, people["bob"].name]
            with running_hub(tmp / "hub-state", students=students, instructors=[people["instructor"].name],
                             environment=env) as hub:
                run = Semester(shared, people, hub, env, tmp)
                run.seen["opened"] = ", ".join(map(str, opened))
                lap("JupyterHub started")
                run.instructor("keras-course", "release", CHAPTER)
                run.instructor("nbgrader", "release_assignment", CHAPTER)
                lap("keras-course release, nbgrader release_assignment")
                student_turn(run, "alice", CORRECT, submit_first=True)
                lap("alice: log in, fetch, submit, answer, Validate, submit")
                student_turn(run, "bob", WRONG)
                lap("bob: log in, fetch, answer, Validate, submit")
                forge_submissions(run)
                collected = run.instructor("nbgrader", "collect", CHAPTER)
                run.seen["collect"] = collected.stdout + collected.stderr
                lap("alice's forgeries, nbgrader collect")
                graded = run.instructor("keras-course", "grade", CHAPTER, "--workers", "2")
                run.seen["grade"] = graded.stdout + graded.stderr
                lap("keras-course grade --workers 2")
                run.instructor("keras-course", "feedback", CHAPTER)
                released = run.instructor("nbgrader", "release_feedback", CHAPTER)
                run.seen["release_feedback"] = released.stdout + released.stderr
                lap("keras-course feedback, nbgrader release_feedback")
                feedback_turn(run, "alice")
                feedback_turn(run, "bob")
                lap("alice and bob: log in, fetch feedback, open it")
                run.seen["loop_seconds"] = f"{time.monotonic() - started:.0f}"
                lap.write()
                yield run
    finally:
        shutil.rmtree(shared, ignore_errors=True)


class Laps:
    """Seconds per step of the loop, written to ``test-artifacts/hub/timings.txt``."""

    def __init__(self):
        self.last = time.monotonic()
        self.lines: list[str] = []

    def __call__(self, step: str) -> None:
        """Record the seconds since the previous step as ``step``'s."""
        now = time.monotonic()
        self.lines.append(f"{now - self.last:6.1f} s  {step}")
        self.last = now

    def write(self) -> None:
        """Write the recorded steps."""
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        (ARTIFACTS / "timings.txt").write_text("\n".join(self.lines) + "\n")


def gradebook_rows(semester: Semester) -> dict[str, tuple[float, str]]:
    """Return {student: (autograded score, submission timestamp)} for chapter 1 from the instructor's gradebook."""
    with sqlite3.connect(f"file:{semester.course / 'gradebook.db'}?mode=ro", uri=True) as db:
        rows = db.execute(
            "select s.student_id, sum(coalesce(g.manual_score, g.auto_score, 0)), s.timestamp "
            "from submitted_assignment s join assignment a on s.assignment_id = a.id "
            "join submitted_notebook n on n.assignment_id = s.id join grade g on g.notebook_id = n.id "
            "where a.name = ? group by s.id", (CHAPTER,)).fetchall()
    return {student: (score, timestamp) for student, score, timestamp in rows}


def test_a_semester_from_release_to_feedback(semester):
    alice, bob = semester.people["alice"].name, semester.people["bob"].name
    seen = semester.seen
    assert "Success! Your notebook passes all the tests." in seen["alice-validate"]
    assert ADVICE in seen["bob-validate"] and "Traceback" not in seen["bob-validate"]
    # the last of alice's two submissions is collected and graded: full points on the exercise
    stamps = genuine_stamps(semester, "alice")
    assert len(stamps) == 2 and stamps == sorted(seen["alice-submitted"]), (stamps, seen["alice-submitted"])
    newest = stamps[-1]
    collected_stamp = (semester.course / "submitted" / alice / CHAPTER / "timestamp.txt").read_text().strip()
    assert collected_stamp == newest
    rows = gradebook_rows(semester)
    assert set(rows) == {alice, bob}, rows
    assert rows[alice][0] - rows[bob][0] == EXERCISE_POINTS, rows
    assert rows[alice][1] is not None and rows[alice][1].startswith(newest[:19].replace("T", " ")), (rows, newest)
    # each student sees their own points and messages, never the hidden tests
    for role, name in (("alice", alice), ("bob", bob)):
        text, html = seen[f"{role}-feedback"], seen[f"{role}-feedback-html"]
        score = rows[name][0]
        assert re.search(rf"Score: {score:g}(\.0)? / ", text), text[:500]
        for marker in HIDDEN_MARKERS:
            assert marker not in html
    assert ADVICE in seen["bob-feedback"]
    assert ADVICE not in seen["alice-feedback"]


def server_token(account) -> str:
    """Return the hub API token of the user's running server (what any code of theirs can read from its environment)."""

    for pid in processes_of(account.uid):
        try:
            environ = Path(f"/proc/{pid}/environ").read_bytes().split(b"\0")
        except OSError:
            continue
        for entry in environ:
            if entry.startswith(b"JUPYTERHUB_API_TOKEN="):
                return entry.split(b"=", 1)[1].decode()
    raise AssertionError(f"no running server of {account.name} holds JUPYTERHUB_API_TOKEN")


def record(title: str, outcomes: dict[str, str]) -> None:
    """Append each attempt and its outcome to ``test-artifacts/hub/isolation.txt``."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with (ARTIFACTS / "isolation.txt").open("a") as out:
        out.write(f"## {title}\n" + "".join(f"- {what}: {outcome}\n" for what, outcome in outcomes.items()))


def test_collect_takes_only_what_each_student_really_submitted(semester):
    alice, bob = semester.people["alice"], semester.people["bob"]
    # bob's folder is his own last submission, not alice's forgery in his name with a later timestamp
    bob_stamp = (semester.course / "submitted" / bob.name / CHAPTER / "timestamp.txt").read_text().strip()
    assert bob_stamp == genuine_stamps(semester, "bob")[-1] != FUTURE
    # alice's link to the instructor's source was not followed: she was graded on her own notebook
    alice_notebook = (semester.course / "submitted" / alice.name / CHAPTER / f"{CHAPTER}.ipynb").read_text()
    assert "BEGIN HIDDEN TESTS" not in alice_notebook and "### BEGIN SOLUTION" not in alice_notebook
    log = semester.seen["collect"]
    # the same inbound/ collected by stock nbgrader 0.9 into another folder: both forgeries get through
    stock = semester.instructor("nbgrader", "collect", CHAPTER, "--CourseDirectory.submitted_directory=stock-collect",
                                "--ExchangeFactory.collect=nbgrader.exchange.default.collect.ExchangeCollect")
    stock_bob = (semester.course / "stock-collect" / bob.name / CHAPTER / "timestamp.txt").read_text().strip()
    stock_alice = (semester.course / "stock-collect" / alice.name / CHAPTER / f"{CHAPTER}.ipynb").read_text()
    record("forged submissions, collected by the instructor", {
        "a folder in bob's name made by alice, later timestamp":
            f"SafeCollect: bob's own ({bob_stamp}); stock collect: the forgery ({stock_bob})",
        "alice's folder holding a link to the instructor's source":
            "SafeCollect: skipped, her own last submission collected; stock collect: the link followed, "
            f"the instructor's source copied as hers ({'BEGIN HIDDEN TESTS' in stock_alice})",
    })
    assert stock_bob == FUTURE and "BEGIN HIDDEN TESTS" in stock_alice, stock.stderr[-2000:]
    assert f"names student {bob.name} but belongs to {alice.name}" in log, log
    assert "symbolic link" in log, log


# (what alice tries, argv as alice) -> must fail with "Permission denied" / "Operation not permitted"
def attempts(semester: Semester) -> dict[str, list[str]]:
    """Return every file-system attempt of alice's against bob's and the instructor's files."""
    exchange = semester.exchange / COURSE
    bob = semester.people["bob"]
    bob_folder = exchange / "inbound" / f"{bob.name}+{CHAPTER}+{genuine_stamps(semester, 'bob')[-1]}"
    bob_folder = next(p for p in (exchange / "inbound").iterdir() if p.name.startswith(bob_folder.name + "+"))
    bob_feedback = next(p for p in (exchange / "feedback").iterdir())
    course = semester.course
    return {
        "list the inbound folder": ["ls", str(exchange / "inbound")],
        "read bob's submission": ["cat", str(bob_folder / f"{CHAPTER}.ipynb")],
        "read bob's submission secret (the key to his feedback's name)": ["cat", str(bob_folder / "submission_secret.txt")],
        "overwrite bob's submission": ["sh", "-c", f'echo x > "{bob_folder}/{CHAPTER}.ipynb"'],
        "delete bob's submission": ["rm", "-f", str(bob_folder / f"{CHAPTER}.ipynb")],
        "list the released feedback": ["ls", str(exchange / "feedback")],
        "overwrite a released feedback file": ["sh", "-c", f'echo x > "{bob_feedback}"'],
        "delete a released feedback file": ["rm", "-f", str(bob_feedback)],
        "replace the released notebook": ["sh", "-c", f'echo x > "{exchange}/outbound/{CHAPTER}/{CHAPTER}.ipynb"'],
        "move the course's exchange folder away": ["mv", str(exchange), str(semester.exchange / "moved")],
        "read bob's home (his fetched work and feedback)": ["ls", str(bob.home / CHAPTER)],
        "read the instructor's source": ["cat", str(course / "source" / CHAPTER / f"{CHAPTER}.ipynb")],
        "read the gradebook": ["cat", str(course / "gradebook.db")],
        "write the gradebook": ["sh", "-c", f'echo x >> "{course / "gradebook.db"}"'],
        "read the instructor's feedback folder": ["ls", str(course / "feedback")],
    }


def test_a_student_cannot_reach_another_students_or_the_instructors_files(semester):
    alice = semester.people["alice"]
    outcomes = {}
    for what, argv in attempts(semester).items():
        done = run_as(alice, argv, env=semester.env, check=False)
        outcomes[what] = (done.returncode, (done.stdout + done.stderr).strip()[-200:])
    record("file system, as alice", {what: f"exit {code}: {text}" for what, (code, text) in outcomes.items()})
    allowed = {what: out for what, out in outcomes.items()
               if out[0] == 0 or not re.search(r"Permission denied|Operation not permitted", out[1])}
    assert not allowed, allowed
    # the control: the same commands reach alice's own submission
    own = semester.exchange / COURSE / "inbound"
    mine = next(p for p in own.iterdir() if p.name.startswith(f"{alice.name}+") and p.lstat().st_uid == alice.uid
                and "+linked" not in p.name)
    assert run_as(alice, ["cat", str(mine / f"{CHAPTER}.ipynb")], env=semester.env, check=False).returncode == 0


def test_a_student_cannot_reach_another_students_server_through_jupyter(semester):
    import requests

    alice, bob = semester.people["alice"], semester.people["bob"]
    hub = semester.hub.url
    token = {"Authorization": f"token {server_token(alice)}"}

    def get(url: str, method: str = "GET", **kwargs) -> int:
        return requests.request(method, url, headers=token, allow_redirects=False, timeout=30, **kwargs).status_code

    assert get(f"{hub}/user/{alice.name}/api/contents/{CHAPTER}") == 200  # the control: her own server
    up = "%2E%2E"
    refused = {
        "bob's server with alice's server token": get(f"{hub}/user/{bob.name}/api/contents/{CHAPTER}"),
        "bob's home through alice's contents API (../)": get(f"{hub}/user/{alice.name}/api/contents/{up}/{bob.name}/{CHAPTER}"),
        "the course root through alice's contents API (../)": get(
            f"{hub}/user/{alice.name}/api/contents/{up}/{semester.people['instructor'].name}/course/gradebook.db"),
        "write into bob's home through alice's contents API (../)": get(
            f"{hub}/user/{alice.name}/api/contents/{up}/{bob.name}/x.ipynb", "PUT",
            json={"type": "file", "format": "text", "content": "x"}),
        "bob's groups from the hub API": get(f"{hub}/hub/api/users/{bob.name}"),
        "enrol herself as a grader (formgrade group)": get(
            f"{hub}/hub/api/groups/formgrade-{COURSE}/users", "POST", json={"users": [alice.name]}),
    }
    status, _ = semester.seen["alice-cookie-on-other"]
    refused["bob's server with alice's browser session"] = status
    record("Jupyter and hub APIs, as alice", {what: f"HTTP {code}" for what, code in refused.items()})
    assert all(code in (302, 401, 403, 404) for code in refused.values()), refused
