"""Running a student lab in the background (for tests and scripts): start, wait until it answers, stop."""

from __future__ import annotations

import contextlib
import json
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from autograder.errors import CourseError
from autograder.lab.launch import lab_command
from autograder.lab.prepare import LabFolder


@dataclass(frozen=True)
class RunningLab:
    """A lab serving on ``url`` (``http://ip:port/``) with ``token``; its log is at ``log``."""

    url: str
    token: str
    log: Path

    def address(self, path: str) -> str:
        """Return the URL of ``path`` (e.g. ``lab/tree/ch01/ch01.ipynb``) with the token attached."""
        separator = "&" if "?" in path else "?"
        return f"{self.url}{path}{separator}token={self.token}"

    def get_json(self, path: str) -> dict:
        """GET ``path`` with the token and return the decoded JSON."""
        request = urllib.request.Request(self.url + path, headers={"Authorization": f"token {self.token}"})
        with urllib.request.urlopen(request, timeout=30) as response:
            return json.loads(response.read().decode())


def _answers(url: str, token: str) -> bool:
    request = urllib.request.Request(url + "api/status", headers={"Authorization": f"token {token}"})
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return response.status == 200
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return False


@contextlib.contextmanager
def running_lab(folder: LabFolder, *, port: int, token: str, log: Path, env: dict[str, str] | None = None,
                startup_timeout: float = 120.0) -> Iterator[RunningLab]:
    """Serve ``folder`` exactly as ``keras-course lab`` does (no browser opened) until the block ends.

    Args:
        folder: from ``prepare_lab``.
        port, token: where and with what token to serve, on 127.0.0.1.
        log: file receiving the server's output.
        env: the environment to start from (default: this process's).
        startup_timeout: seconds to wait for the server to answer before giving up.

    Raises:
        CourseError: when the server exits or does not answer in time (the log's tail is in the message).
    """
    launch = lab_command(folder, port=port, token=token, open_browser=False, base=env)
    url = f"http://127.0.0.1:{port}/"
    with log.open("wb") as sink:
        process = subprocess.Popen(list(launch.argv), env=launch.env, cwd=launch.cwd, stdout=sink,
                                   stderr=subprocess.STDOUT, start_new_session=True)
        try:
            deadline = time.monotonic() + startup_timeout
            while not _answers(url, token):
                if process.poll() is not None or time.monotonic() > deadline:
                    tail = log.read_text(errors="replace").strip().splitlines()[-1:] or ["(no output)"]
                    raise CourseError(f"JupyterLab did not start on port {port}: {tail[0]}")
                time.sleep(0.5)
            yield RunningLab(url=url, token=token, log=log)
        finally:
            process.terminate()
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
