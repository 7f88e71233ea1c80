"""Grade every adversarial scenario as one class, through ``keras-course grade`` and real nbgrader.

The fixture chapter ``ch_adv`` (``chapter/``) has two exercises checked by
``autograder.checks.check_function``: ``square`` (test cell ``test_square``, 2 points) and ``mean``
(``test_mean``, 1 point). :func:`make_course` builds a real nbgrader course around it (config,
``source/``, ``nbgrader generate_assignment`` into its gradebook, instructor notes holding a secret)
and submits every scenario notebook as a student of that name, byte for byte, next to two honest
students. :func:`grade_class` then grades the whole class with
:func:`autograder.grade.run.grade_chapter`: each kernel sandboxed, each re-judged cell decided by
the trusted verdict.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import socket
import threading
from pathlib import Path

from venv_tools import nbgrader

HERE = Path(__file__).parent
CHAPTER_DIR = HERE / "chapter"
SCENARIOS = HERE / "scenarios"
CHAPTER = "ch_adv"
COURSE_ID = "adversarial-course"
SECRET = "HIDDEN-SEED-80411-do-not-leak"
MIB = 1024 * 1024
FULL = {"test_square": 2.0, "test_mean": 1.0}
HONEST = ("zz_honest_1", "zz_honest_2")  # correct students graded in the same batch as the attacks
HUGE_NOTEBOOK = "huge_notebook"  # generated: a valid notebook over the submission size limit
CONFIG = f"""c = get_config()  # noqa
c.CourseDirectory.course_id = "{COURSE_ID}"
c.CourseDirectory.db_url = "sqlite:///gradebook.db"
c.Execute.timeout = 45  # the same as the sandbox's cell limit in test_scenarios.LIMITS
"""


def huge_notebook(path: Path, megabytes: int) -> None:
    """Write a valid notebook of about ``megabytes`` MiB: the release with a giant output saved in it."""
    notebook = json.loads((SCENARIOS / "correct.ipynb").read_text())
    code = next(c for c in notebook["cells"] if c["cell_type"] == "code")
    code["outputs"] = [{"output_type": "stream", "name": "stdout", "text": "x" * (megabytes * MIB)}]
    path.write_text(json.dumps(notebook))


def make_course(root: Path, listener_port: int, huge_megabytes: int = 120) -> Path:
    """The fixture course with every scenario (and the honest students) submitted."""
    course = root / "course"
    (course / "source" / CHAPTER).mkdir(parents=True)
    (course / "nbgrader_config.py").write_text(CONFIG)
    shutil.copy(CHAPTER_DIR / f"{CHAPTER}.ipynb", course / "source" / CHAPTER)
    (course / "instructor_notes.txt").write_text(SECRET)
    done = nbgrader(course, "generate_assignment", CHAPTER, "--force")
    assert done.returncode == 0, done.stderr
    students = {path.stem: path for path in SCENARIOS.glob("*.ipynb")}
    students.update({name: SCENARIOS / "correct.ipynb" for name in HONEST})
    for student, notebook in students.items():
        folder = course / "submitted" / student / CHAPTER
        folder.mkdir(parents=True)
        shutil.copy(notebook, folder / f"{CHAPTER}.ipynb")
        (folder / "listener_port.txt").write_text(str(listener_port))
    folder = course / "submitted" / HUGE_NOTEBOOK / CHAPTER
    folder.mkdir(parents=True)
    huge_notebook(folder / f"{CHAPTER}.ipynb", huge_megabytes)
    return course


class Listener(threading.Thread):
    """A TCP server on the host's loopback recording whatever a sandbox manages to send it."""

    def __init__(self):
        super().__init__(daemon=True)
        self.server = socket.socket()
        self.server.bind(("127.0.0.1", 0))
        self.server.listen()
        self.server.settimeout(0.5)
        self.port = self.server.getsockname()[1]
        self.received: list[bytes] = []
        self.stopped = threading.Event()

    def run(self) -> None:
        """Accept and record until stopped."""
        while not self.stopped.is_set():
            try:
                connection, _ = self.server.accept()
            except OSError:
                continue
            with connection:
                connection.settimeout(2)
                try:
                    self.received.append(connection.recv(1024))
                except OSError:
                    pass

    def stop(self) -> None:
        """Stop serving."""
        self.stopped.set()
        self.server.close()


def snapshot(root: Path, skip: tuple[str, ...]) -> dict[str, str]:
    """sha256 of every file under ``root`` except under the top-level folders/files in ``skip``."""
    digests = {}
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root)
        if relative.parts and relative.parts[0] in skip:
            continue
        if path.is_file() and not path.is_symlink():
            digests[str(relative)] = hashlib.sha256(path.read_bytes()).hexdigest()
    return digests


def gradebook_state(course: Path) -> dict:
    """What the grader must never change in the gradebook: the chapter's cells, and who is graded."""
    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{course / 'gradebook.db'}", COURSE_ID) as gb:
        notebook = gb.find_notebook(CHAPTER, CHAPTER)
        return {"cells": sorted((c.name, c.max_score) for c in notebook.grade_cells),
                "source": sorted((c.name, c.source, c.checksum) for c in notebook.source_cells)}


def scores(course: Path) -> dict[str, dict[str, float | None]]:
    """``{student: {test cell: auto_score}}`` from the course's gradebook."""
    from nbgrader.api import Gradebook

    found: dict[str, dict[str, float | None]] = {}
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}", COURSE_ID) as gb:
        for submission in gb.find_assignment(CHAPTER).submissions:
            for notebook in submission.notebooks:
                for grade in notebook.grades:
                    found.setdefault(submission.student_id, {})[grade.name] = grade.auto_score
    return found


def reasons(course: Path, student: str) -> dict[str, str]:
    """The reasons the grader recorded for ``student``: per test cell, and ``"*"`` for the whole."""
    log = (course / "logs" / CHAPTER / f"{student}.log").read_text()
    found = {"*": ""}
    for line in log.split("\n\n", 1)[0].splitlines():
        if line.startswith("reason: "):
            found["*"] = line[len("reason: "):]
        elif line.startswith("verdict: "):
            where, _, text = line[len("verdict: "):].partition(" ")
            found[where.split(":", 1)[1]] = text
    return found


def output_text(course: Path, student: str) -> str:
    """Every text output of the student's autograded notebook, joined ("" when there is none)."""
    path = course / "autograded" / student / CHAPTER / f"{CHAPTER}.ipynb"
    if not path.is_file():
        return ""
    texts = []
    for cell in json.loads(path.read_text()).get("cells", []):
        for output in cell.get("outputs", []):
            text = output.get("text", "")
            texts.append("".join(text) if isinstance(text, list) else text)
            texts.append(json.dumps(output.get("data", {})))
            texts.append(" ".join(output.get("traceback", [])))
    return "\n".join(texts)


def processes_with(marker: str) -> list[int]:
    """PIDs of the host's processes whose command line contains ``marker``."""
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit() and int(entry) != os.getpid():
            try:
                if marker.encode() in Path("/proc", entry, "cmdline").read_bytes():
                    found.append(int(entry))
            except OSError:
                continue
    return found
