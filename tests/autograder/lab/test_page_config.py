"""The lab's effective configuration, as JupyterLab and Jupyter Server compute it from the config path."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from autograder.lab import INSTRUCTOR_EXTENSIONS, INSTRUCTOR_SERVER_EXTENSIONS, lab_command, prepare_lab
from autograder.lab.page_config import NEWS_EXTENSIONS, STUDENT_EXTENSIONS

RELEASE = Path(__file__).parent / "fixtures" / "release"

# Runs in the lab's environment: the same functions JupyterLab and Jupyter Server call at start-up.
EFFECTIVE = """
import json
from jupyter_core.paths import jupyter_config_path
from jupyterlab_server.config import get_page_config
from jupyter_server.extension.config import ExtensionConfigManager
from jupyterlab.labapp import LabApp
page = get_page_config(LabApp().labextensions_path)
server = ExtensionConfigManager(read_config_path=jupyter_config_path()).get_jpserver_extensions()
disabled = page["disabledExtensions"]  # JupyterLab turns the {name: bool} mapping into a list of names
print(json.dumps({"disabled": sorted(disabled), "server": server}))
"""


@pytest.fixture
def effective(tmp_path):
    """Return the effective page config and server extensions of a prepared lab, with a private HOME."""
    home = tmp_path / "home"
    home.mkdir()
    base = {"HOME": str(home), "PATH": "/usr/bin:/bin", "JUPYTER_CONFIG_DIR": str(home / ".jupyter")}
    folder = prepare_lab(RELEASE, tmp_path / "work")
    launch = lab_command(folder, port=8999, open_browser=False, base=base)
    result = subprocess.run([sys.executable, "-c", EFFECTIVE], env=launch.env, capture_output=True, text=True,
                            check=True)
    return json.loads(result.stdout.strip().splitlines()[-1]), home


def test_instructor_plugins_are_disabled_and_student_plugins_are_not(effective):
    config, _ = effective
    disabled = set(config["disabled"])
    assert set(INSTRUCTOR_EXTENSIONS) <= disabled
    assert not set(STUDENT_EXTENSIONS) & disabled


def test_the_jupyter_news_question_is_never_asked(effective):
    config, _ = effective
    assert "@jupyterlab/apputils-extension:announcements" in NEWS_EXTENSIONS
    assert set(NEWS_EXTENSIONS) <= set(config["disabled"])


def test_instructor_server_extensions_are_off_and_validate_stays_on(effective):
    config, _ = effective
    for name in INSTRUCTOR_SERVER_EXTENSIONS:
        assert config["server"][name] is False
    assert config["server"]["nbgrader.server_extensions.validate_assignment"] is True
    assert config["server"]["nbgrader.server_extensions.assignment_list"] is True


def test_users_own_config_folder_is_not_written(effective):
    _, home = effective
    assert list(home.rglob("*")) == []


def test_a_users_config_cannot_re_enable_the_formgrader(tmp_path):
    home = tmp_path / "home"
    user_config = home / ".jupyter"
    (user_config / "labconfig").mkdir(parents=True)
    (user_config / "labconfig" / "page_config.json").write_text(
        json.dumps({"disabledExtensions": {"@jupyter/nbgrader:formgrader": False}}))
    (user_config / "jupyter_server_config.json").write_text(
        json.dumps({"ServerApp": {"jpserver_extensions": {"nbgrader.server_extensions.formgrader": True}}}))
    folder = prepare_lab(RELEASE, tmp_path / "work")
    base = {"HOME": str(home), "PATH": "/usr/bin:/bin", "JUPYTER_CONFIG_DIR": str(user_config)}
    launch = lab_command(folder, open_browser=False, base=base)
    result = subprocess.run([sys.executable, "-c", EFFECTIVE], env=launch.env, capture_output=True, text=True,
                            check=True)
    config = json.loads(result.stdout.strip().splitlines()[-1])
    assert "@jupyter/nbgrader:formgrader" in config["disabled"]
    assert config["server"]["nbgrader.server_extensions.formgrader"] is False
