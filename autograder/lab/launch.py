"""Starting JupyterLab on a prepared student folder: the command line and its environment."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass

from autograder.lab.prepare import LabFolder


@dataclass(frozen=True)
class LabLaunch:
    """How to start the lab: run ``argv`` in ``cwd`` with ``env``."""

    argv: tuple[str, ...]
    env: dict[str, str]
    cwd: str


def lab_environment(folder: LabFolder, base: dict[str, str] | None = None) -> dict[str, str]:
    """Return ``base`` (default: this process's environment) with the lab's config folder first.

    The folder goes first on ``JUPYTER_CONFIG_PATH`` (highest priority), so the user's own config
    is still read but cannot re-enable the instructor tools; this interpreter's scripts go first on
    PATH so kernels and nbgrader's tools are this environment's.
    """
    env = dict(os.environ if base is None else base)
    rest = [p for p in env.get("JUPYTER_CONFIG_PATH", "").split(os.pathsep) if p and p != str(folder.config_dir)]
    env["JUPYTER_CONFIG_PATH"] = os.pathsep.join([str(folder.config_dir), *rest])
    scripts = os.path.dirname(sys.executable)
    env["PATH"] = os.pathsep.join([scripts, *[p for p in env.get("PATH", "").split(os.pathsep) if p and p != scripts]])
    env.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    return env


def lab_command(folder: LabFolder, *, port: int | None = None, token: str | None = None, open_browser: bool = True,
                ip: str = "127.0.0.1", base: dict[str, str] | None = None) -> LabLaunch:
    """Return the command that serves JupyterLab on ``folder.workdir`` (only on ``ip``, by default local).

    Args:
        folder: from ``prepare_lab``.
        port: the port (default: Jupyter's choice, 8888 or the next free one).
        token: the access token (default: Jupyter generates one and prints the URL).
        open_browser: open the student's web browser on the lab.
        ip: the address to listen on.
        base: the environment to start from (default: this process's).
    """
    argv = [sys.executable, "-m", "jupyterlab", f"--ServerApp.root_dir={folder.workdir}", f"--ServerApp.ip={ip}"]
    if port is not None:
        argv += [f"--ServerApp.port={port}", "--ServerApp.port_retries=0"]
    if token is not None:
        argv.append(f"--IdentityProvider.token={token}")
    argv.append("--ServerApp.open_browser=" + ("True" if open_browser else "False"))
    if hasattr(os, "geteuid") and os.geteuid() == 0:  # containers and CI run as root; Jupyter refuses it otherwise
        argv.append("--ServerApp.allow_root=True")
    return LabLaunch(tuple(argv), lab_environment(folder, base), str(folder.workdir))
