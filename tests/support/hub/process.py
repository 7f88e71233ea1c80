"""A JupyterHub started by the test: PAM logins, LocalProcessSpawner, configurable-http-proxy, nbgrader groups."""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import requests
from served_lab import free_port

PROXY = "configurable-http-proxy"
COURSE = "keras-course"
# What nbgrader.auth.JupyterHubAuthPlugin asks the hub from inside a student's server: GET
# /hub/api/users/<self> with the server's token, reading "groups". JupyterHub's default "server"
# role (JupyterHub 2 and later) cannot read groups; nbgrader's docs give it "inherit" (every scope
# of the user); these are the few scopes the plugin needs, limited to the server's own user.
SERVER_SCOPES = ["users:activity!user", "access:servers!server", "read:users:name!user", "read:users:groups!user"]

CONFIG = '''c = get_config()  # noqa: F821
c.JupyterHub.bind_url = "http://127.0.0.1:{port}"
c.JupyterHub.hub_bind_url = "http://127.0.0.1:{hub_port}"
c.ConfigurableHTTPProxy.api_url = "http://127.0.0.1:{proxy_api_port}"
c.ConfigurableHTTPProxy.command = [{proxy!r}]
c.JupyterHub.db_url = "sqlite:///{state}/jupyterhub.sqlite"
c.JupyterHub.cookie_secret_file = "{state}/jupyterhub_cookie_secret"
c.JupyterHub.pid_file = "{state}/jupyterhub.pid"
c.JupyterHub.authenticator_class = "pam"
c.Authenticator.allowed_users = {users!r}
c.JupyterHub.spawner_class = "localprocess"
c.Spawner.cmd = [{singleuser!r}]
c.Spawner.default_url = "/lab"
c.Spawner.environment = {environment!r}
c.Spawner.start_timeout = 180
c.Spawner.http_timeout = 180
c.JupyterHub.load_groups = {{
    "nbgrader-{course}": {{"users": {students!r}}},
    "formgrade-{course}": {{"users": {instructors!r}}},
}}
c.JupyterHub.load_roles = [{{"name": "server", "scopes": {server_scopes!r}}}]
c.JupyterHub.services = [{{"name": "semester-test", "api_token": {service_token!r}}}]
c.JupyterHub.load_roles.append({{"name": "semester-test", "scopes": ["admin:users", "admin:servers", "tokens", "read:groups"],
                                 "services": ["semester-test"]}})
'''


def proxy_command() -> str | None:
    """Return the path of configurable-http-proxy, or None when npm has not installed it."""
    return shutil.which(PROXY)


@dataclass
class RunningHub:
    """A hub the test started: its public address, its admin service token and its log."""

    url: str
    service_token: str
    log: Path
    process: subprocess.Popen

    def api(self, method: str, path: str, **kwargs) -> requests.Response:
        """Call the hub's REST API (``/hub/api`` + ``path``) with the test's service token."""
        return requests.request(method, f"{self.url}/hub/api{path}",
                                headers={"Authorization": f"token {self.service_token}"}, timeout=30, **kwargs)


@contextlib.contextmanager
def running_hub(state: Path, *, students: list[str], instructors: list[str],
                environment: dict[str, str]) -> Iterator[RunningHub]:
    """Start JupyterHub (as root) with its state in ``state`` and stop it, and its proxy, at the end."""
    state.mkdir(mode=0o700, parents=True, exist_ok=True)
    token = secrets.token_hex(32)
    port = free_port()
    config = state / "jupyterhub_config.py"
    config.write_text(CONFIG.format(
        port=port, hub_port=free_port(), proxy_api_port=free_port(), proxy=proxy_command(), state=state,
        users=sorted(students + instructors), singleuser=str(Path(sys.executable).parent / "jupyterhub-singleuser"),
        environment=environment, course=COURSE, students=students, instructors=instructors,
        server_scopes=SERVER_SCOPES, service_token=token))
    log = state / "jupyterhub.log"
    env = dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}")
    with log.open("w") as out:
        process = subprocess.Popen([sys.executable, "-m", "jupyterhub", "-f", str(config)], cwd=state, env=env,
                                   stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    hub = RunningHub(f"http://127.0.0.1:{port}", token, log, process)
    try:
        deadline = time.monotonic() + 90
        while True:
            if process.poll() is not None:
                raise AssertionError(f"jupyterhub exited {process.returncode}:\n{log.read_text()[-3000:]}")
            with contextlib.suppress(requests.RequestException):
                if hub.api("GET", "/").ok:
                    break
            if time.monotonic() > deadline:
                raise AssertionError(f"jupyterhub did not answer in 90 s:\n{log.read_text()[-3000:]}")
            time.sleep(0.5)
        yield hub
    finally:
        for user in students + instructors:  # stop the servers through the hub, as an admin would
            with contextlib.suppress(requests.RequestException):
                hub.api("DELETE", f"/users/{user}/server")
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)  # the hub and the proxy it started, one session
            try:
                process.wait(30)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(10)
