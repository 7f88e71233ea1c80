"""keras-course hub-exchange on a temporary folder: owners, modes, the config it writes (root only)."""

from __future__ import annotations

import os
import pwd
import stat

import pytest

from autograder.errors import CourseError
from autograder.hub.exchange_setup import set_up_exchange

needs_root = pytest.mark.skipif(os.geteuid() != 0, reason="gives the course folder to another user: root only")


@needs_root
def test_the_course_folder_exists_at_once_owned_by_the_instructor(tmp_path):
    nobody = pwd.getpwnam("nobody")
    set_up_exchange(tmp_path / "exchange", "keras-course", "nobody", tmp_path / "etc-jupyter")
    root = tmp_path / "exchange"
    assert stat.S_IMODE(root.stat().st_mode) == 0o1777 and root.stat().st_uid == 0
    modes = {name: 0o755 for name in ("", "outbound")} | {"inbound": 0o2733, "feedback": 0o711}
    for name, mode in modes.items():
        folder = root / "keras-course" / name
        assert (stat.S_IMODE(folder.stat().st_mode), folder.stat().st_uid, folder.stat().st_gid) == (
            mode, nobody.pw_uid, nobody.pw_gid), name


@needs_root
def test_the_config_names_the_exchange_the_hub_groups_and_the_course_exchange_classes(tmp_path):
    set_up_exchange(tmp_path / "exchange", "keras-course", "nobody", tmp_path / "etc-jupyter")
    config = (tmp_path / "etc-jupyter" / "nbgrader_config.py").read_text()
    for line in ('c.CourseDirectory.course_id = \'keras-course\'', f"c.Exchange.root = '{tmp_path / 'exchange'}'",
                 'c.Authenticator.plugin_class = "nbgrader.auth.JupyterHubAuthPlugin"',
                 'c.ExchangeFactory.collect = "autograder.hub.safe_collect.SafeCollect"',
                 'c.ExchangeFactory.submit = "autograder.hub.private_submit.PrivateSubmit"'):
        assert line in config
    assert (tmp_path / "etc-jupyter" / "labconfig" / "page_config.json").is_file()
    assert (tmp_path / "etc-jupyter" / "jupyter_server_config.json").is_file()


def test_refuses_without_root_and_an_unknown_instructor(tmp_path, monkeypatch):
    monkeypatch.setattr(os, "geteuid", lambda: 1000)
    with pytest.raises(CourseError, match="must run as root"):
        set_up_exchange(tmp_path / "x", "keras-course", "nobody", tmp_path / "etc")
    monkeypatch.setattr(os, "geteuid", lambda: 0)
    with pytest.raises(CourseError, match="no such Unix user"):
        set_up_exchange(tmp_path / "x", "keras-course", "no-such-user-kc", tmp_path / "etc")
    assert not (tmp_path / "x").exists()
