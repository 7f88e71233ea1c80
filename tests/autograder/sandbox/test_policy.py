"""The sandbox's view: namespaces, only chosen binds, a cleared environment."""

import os
import sys
from pathlib import Path

from autograder.sandbox.policy import Policy, bwrap_args, sandbox_env, workdir_args


def pairs(args, option):
    return [args[i + 1] for i, a in enumerate(args) if a == option]


def test_namespaces_and_session(tmp_path):
    args = bwrap_args(Policy(tmp_path))
    for option in ("--unshare-pid", "--unshare-net", "--unshare-ipc", "--unshare-user",
                   "--disable-userns", "--die-with-parent", "--new-session", "--clearenv"):
        assert option in args


def test_only_the_work_folder_and_chosen_folders_are_writable(tmp_path):
    extra = tmp_path / "exports"
    extra.mkdir()
    args = bwrap_args(Policy(tmp_path / "w", writable=[extra]))
    assert pairs(args, "--bind") == [os.path.realpath(tmp_path / "w"), os.path.realpath(extra)]


def test_read_only_binds_are_python_packages_and_system_never_the_course_root(tmp_path):
    args = bwrap_args(Policy(tmp_path))
    readonly = pairs(args, "--ro-bind")
    assert os.path.realpath(sys.prefix) in readonly
    assert "/usr" in readonly
    root = str(Path(__file__).resolve().parents[3])
    assert root not in readonly
    assert not any(p.startswith(os.path.join(root, "source")) for p in readonly)
    assert not any(p.endswith("gradebook.db") for p in readonly)


def test_home_and_tmp_are_private_tmpfs(tmp_path):
    args = bwrap_args(Policy(tmp_path))
    assert {"/root", "/home", "/tmp"} <= set(pairs(args, "--tmpfs"))


def test_environment_keeps_only_allowed_variables():
    env = sandbox_env(Policy("/w", env={"KERAS_COURSE_EXPORT_DIR": "/x"}),
                      {"AWS_SECRET_ACCESS_KEY": "s", "TF_ENABLE_ONEDNN_OPTS": "0", "TF_CPP_MIN_LOG_LEVEL": "2",
                       "HOME": "/root"})
    assert "AWS_SECRET_ACCESS_KEY" not in env
    assert env["TF_ENABLE_ONEDNN_OPTS"] == "0"
    assert env["TF_CPP_MIN_LOG_LEVEL"] == "3"  # TensorFlow's C++ errors would zero a test cell
    assert env["HOME"] == "/home/student"
    assert env["KERAS_COURSE_EXPORT_DIR"] == "/x"


def test_a_private_work_folder_is_a_sized_tmpfs_with_read_only_entries(tmp_path):
    (tmp_path / "data.npz").write_bytes(b"x")
    (tmp_path / "sub").mkdir()
    (tmp_path / "link").symlink_to("/etc/passwd")
    work = str(tmp_path)

    assert workdir_args(work, None) == ["--bind", work, work]
    assert workdir_args(work, 1024) == ["--size", "1024", "--tmpfs", work,
                                        "--ro-bind", f"{work}/data.npz", f"{work}/data.npz",
                                        "--ro-bind", f"{work}/sub", f"{work}/sub"]
    args = bwrap_args(Policy(tmp_path, private_workdir=True), as_root=False, workdir_bytes=4096)
    assert ["--size", "4096", "--tmpfs", work] == args[args.index("--size"):args.index("--size") + 4]
    assert ["--bind", work, work] not in [args[i:i + 3] for i in range(len(args))]
