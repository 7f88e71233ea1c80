"""The command that starts the student's lab, and the folder it prepares."""

from __future__ import annotations

import sys
from pathlib import Path

from autograder.lab import lab_command, prepare_lab

RELEASE = Path(__file__).parent / "fixtures" / "release"


def test_prepare_lab_writes_private_config_and_exchange(tmp_path):
    folder = prepare_lab(RELEASE, tmp_path / "work")
    assert folder.chapters == ("ch00_fixture",)
    assert [p.name for p in folder.copied] == ["ch00_fixture.ipynb"]
    assert (folder.exchange / "keras-course" / "outbound" / "ch00_fixture" / "ch00_fixture.ipynb").is_file()
    assert (folder.exchange / "keras-course" / "inbound").is_dir()
    config = (folder.config_dir / "nbgrader_config.py").read_text()
    assert f"c.Exchange.root = {str(folder.exchange)!r}" in config
    assert "c.Execute.timeout = 180" in config
    assert folder.config_dir.is_relative_to(folder.workdir / ".keras-course")


def test_preparing_again_copies_nothing_new(tmp_path):
    prepare_lab(RELEASE, tmp_path / "work")
    assert prepare_lab(RELEASE, tmp_path / "work").copied == ()


def test_command_serves_the_work_folder_locally_with_our_config_first(tmp_path):
    folder = prepare_lab(RELEASE, tmp_path / "work")
    launch = lab_command(folder, port=8123, token="secret", open_browser=False,
                         base={"PATH": "/usr/bin", "JUPYTER_CONFIG_PATH": "/elsewhere"})
    assert launch.argv[:3] == (sys.executable, "-m", "jupyterlab")
    assert f"--ServerApp.root_dir={folder.workdir}" in launch.argv
    assert "--ServerApp.ip=127.0.0.1" in launch.argv
    assert "--ServerApp.port=8123" in launch.argv and "--ServerApp.port_retries=0" in launch.argv
    assert "--IdentityProvider.token=secret" in launch.argv
    assert "--ServerApp.open_browser=False" in launch.argv
    assert launch.env["JUPYTER_CONFIG_PATH"].split(":") == [str(folder.config_dir), "/elsewhere"]
    assert launch.env["PATH"].split(":")[0] == str(Path(sys.executable).parent)
    assert launch.cwd == str(folder.workdir)
