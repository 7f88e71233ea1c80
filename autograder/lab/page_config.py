"""Hiding the instructor-only parts of nbgrader from students, in a config folder we own.

JupyterLab reads ``labconfig/page_config.json`` from every folder on the Jupyter config path and
merges them: ``disabledExtensions`` there is exactly what ``jupyter labextension disable`` writes.
Jupyter Server reads ``jupyter_server_config.json`` the same way. Putting our folder first on
``JUPYTER_CONFIG_PATH`` for the lab process changes nothing in the user's own configuration.
"""

from __future__ import annotations

import json
from pathlib import Path

# nbgrader 0.9's lab plugins: students keep "assignment-list", "validate-assignment" and "menu".
INSTRUCTOR_EXTENSIONS = (
    "@jupyter/nbgrader:formgrader",
    "@jupyter/nbgrader:create-assignment",
    "@jupyter/nbgrader:course-list",
)
# JupyterLab's own "get notified about official Jupyter news?" pop-up and its update check: one plugin
# (https://jupyterlab.readthedocs.io/en/stable/user/announcements.html). A student's lab asks nothing.
NEWS_EXTENSIONS = (
    "@jupyterlab/apputils-extension:announcements",
)
STUDENT_EXTENSIONS = (
    "@jupyter/nbgrader:assignment-list",
    "@jupyter/nbgrader:validate-assignment",
)
# The server side of the same tools: without them the hidden pages cannot be reached by URL either.
INSTRUCTOR_SERVER_EXTENSIONS = (
    "nbgrader.server_extensions.formgrader",
    "nbgrader.server_extensions.course_list",
)


def write_page_config(config_dir: Path) -> Path:
    """Write ``config_dir/labconfig/page_config.json`` disabling the instructor and news lab plugins.

    Returns the file written.
    """
    path = config_dir / "labconfig" / "page_config.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {"disabledExtensions": {name: True for name in INSTRUCTOR_EXTENSIONS + NEWS_EXTENSIONS}}
    path.write_text(json.dumps(data, indent=2) + "\n")
    return path


def write_server_config(config_dir: Path) -> Path:
    """Write ``config_dir/jupyter_server_config.json`` turning off the instructor server extensions.

    Returns the file written.
    """
    path = config_dir / "jupyter_server_config.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {"ServerApp": {"jpserver_extensions": {name: False for name in INSTRUCTOR_SERVER_EXTENSIONS}}}
    path.write_text(json.dumps(data, indent=2) + "\n")
    return path
