"""What a sandbox sees: the bubblewrap arguments for one submission's view of the machine.

The sandbox starts from an empty root and gets only chosen binds:

* read-only: the system (``/usr`` and the merged-usr links), a few files of ``/etc`` (dynamic
  linker cache, fonts, locale), the Python installation, the virtual environment and its site
  folders, the ``autograder`` and ``course`` folders this grading run resolved
  (:mod:`autograder.sandbox.packages`: exactly what the kernel imports), and the extra read-only paths of the policy (the
  chapter's release files);
* writable: the submission's work folder (the kernel's working directory) and the policy's other
  writable folders (the check exports, the kernel's socket folder). With ``private_workdir`` the
  work folder is instead a fresh size-capped tmpfs at the same path, each entry of the real folder
  bound read-only into it: the tree's writes there never reach the host's disk, are capped in
  total, and count against the memory limit;
* private: a fresh ``/proc`` of its own PID namespace, a minimal ``/dev``, and empty tmpfs over
  ``/tmp``, ``/root``, ``/home`` and ``/dev/shm``.

Nothing else exists inside: not ``source/``, not the gradebook, not the other submissions, not the
instructor's home. The environment is cleared and rebuilt from a short list.
"""

from __future__ import annotations

import glob
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

from autograder.sandbox.packages import package_dirs

HOME = "/home/student"
SYSTEM_DIRS = ("/usr", "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32")
ETC_FILES = ("ld.so.cache", "ld.so.conf", "ld.so.conf.d", "localtime", "fonts", "mime.types",
             "nsswitch.conf", "passwd", "group", "hosts", "os-release", "alternatives",
             "matplotlibrc", "ssl/openssl.cnf")
SITE_FOLDERS = ("site-packages", "dist-packages")
ENV_PREFIXES = ("KERAS_COURSE_", "TF_", "KERAS_", "CUDA_", "XLA_", "OMP_", "MKL_", "LC_",
                "PYTHONHASHSEED", "LANG", "MPLBACKEND", "JPY_")
PRIVATE_TMPFS = ("/tmp", "/root", "/home", "/run", "/var", "/mnt", "/media", "/opt", "/srv")


@dataclass
class Policy:
    """One submission's view.

    Args:
        workdir: the submission's private writable folder; the command starts there.
        writable: other folders the sandbox may write (exports, kernel sockets).
        readonly: other paths it may read (the chapter's release files).
        env: extra environment variables (after the allowed ones of the caller's environment).
        gpu: pass the NVIDIA device nodes through when they exist.
        private_workdir: make the work folder a size-capped private tmpfs holding read-only views of
            the real folder's entries (the size is ``Limits.workdir_bytes``).
    """

    workdir: Path
    writable: list[Path] = field(default_factory=list)
    readonly: list[Path] = field(default_factory=list)
    env: dict[str, str] = field(default_factory=dict)
    gpu: bool = True
    private_workdir: bool = False


def python_dirs() -> list[str]:
    """The Python installation, the virtual environment and the site folders on ``sys.path``, resolved.

    Site folders (``site-packages``/``dist-packages``) outside the environment count too: a
    ``--system-site-packages`` venv or a ``.pth`` file may put the libraries elsewhere. Nothing
    else of ``sys.path`` is bound (not the working folder, which may be a course root).
    """
    dirs = {os.path.realpath(sys.base_prefix), os.path.realpath(sys.prefix),
            os.path.realpath(sys.exec_prefix)}
    for entry in sys.path:
        if entry and os.path.basename(entry.rstrip("/")) in SITE_FOLDERS and os.path.isdir(entry):
            dirs.add(os.path.realpath(entry))
    return sorted(dirs)


def _under(path: str, roots: list[str]) -> bool:
    return any(path == r or path.startswith(r.rstrip("/") + "/") for r in roots)


def system_args() -> list[str]:
    """bwrap arguments binding the read-only system: /usr, merged-usr links, chosen /etc files."""
    args: list[str] = []
    for name in SYSTEM_DIRS:
        if os.path.islink(name):
            args += ["--symlink", os.readlink(name), name]
        elif os.path.isdir(name):
            args += ["--ro-bind", name, name]
    for name in ETC_FILES:
        path = os.path.join("/etc", name)
        if os.path.exists(path):
            args += ["--ro-bind", path, path]
    return args


def gpu_args() -> list[str]:
    """bwrap arguments passing NVIDIA device nodes through (none on a CPU machine)."""
    args: list[str] = []
    for node in sorted(glob.glob("/dev/nvidia*")) + sorted(glob.glob("/dev/dri/*")):
        args += ["--dev-bind", node, node]
    return args


def sandbox_env(policy: Policy, source: dict[str, str] | None = None) -> dict[str, str]:
    """The sandbox's whole environment: a clean base, allowed caller variables, the policy's."""
    source = os.environ if source is None else source
    env = {key: value for key, value in source.items() if key.startswith(ENV_PREFIXES)}
    env.update({
        "PATH": os.pathsep.join([os.path.join(sys.prefix, "bin"), "/usr/local/bin", "/usr/bin", "/bin"]),
        "HOME": HOME,
        "TMPDIR": "/tmp",
        "USER": "student",
        "LANG": env.get("LANG", "C.UTF-8"),
        "MPLBACKEND": env.get("MPLBACKEND", "Agg"),
        "PYTHONDONTWRITEBYTECODE": "1",
        "PYTHONNOUSERSITE": "1",
    })
    env["TF_CPP_MIN_LOG_LEVEL"] = "3"  # TensorFlow's C++ notices on stderr would fail a test cell
    env.update(policy.env)
    return env


def workdir_args(workdir: str, private_bytes: int | None) -> list[str]:
    """bwrap arguments for the work folder: a writable bind, or a private tmpfs of ``private_bytes``
    holding read-only binds of the folder's entries."""
    if not private_bytes:
        return ["--bind", workdir, workdir]
    args = ["--size", str(int(private_bytes)), "--tmpfs", workdir]
    for entry in sorted(os.listdir(workdir)):
        path = os.path.join(workdir, entry)
        if os.path.islink(path):
            continue  # a link would show the sandbox whatever it points to
        args += ["--ro-bind", path, path]
    return args


def bwrap_args(policy: Policy, as_root: bool | None = None, workdir_bytes: int | None = None) -> list[str]:
    """The complete bwrap option list (without the command) for ``policy``.

    Namespaces: PID (its own process tree), network (no interface but an unconfigured loopback),
    IPC, UTS, cgroup and user (the sandbox runs as ``nobody``, without capabilities, and cannot
    create further user namespaces). ``--die-with-parent`` kills the tree when the grader dies and
    ``--new-session`` keeps it off the grader's terminal. ``workdir_bytes`` sizes the private work
    folder when the policy asks for one.
    """
    as_root = os.geteuid() == 0 if as_root is None else as_root
    args = ["--unshare-pid", "--unshare-net", "--unshare-ipc", "--unshare-uts",
            "--unshare-cgroup-try", "--die-with-parent", "--new-session",
            "--hostname", "sandbox"]
    args += ["--unshare-user", "--uid", "65534", "--gid", "65534", "--disable-userns"]
    if as_root:
        args += ["--cap-drop", "ALL"]
    for tmp in PRIVATE_TMPFS:
        args += ["--tmpfs", tmp]
    args += ["--dir", HOME, "--proc", "/proc", "--dev", "/dev", "--tmpfs", "/dev/shm"]
    args += system_args()
    if policy.gpu:
        args += gpu_args()
    readonly = python_dirs() + package_dirs() + [os.path.realpath(p) for p in policy.readonly]
    for path in dict.fromkeys(readonly):
        if os.path.exists(path):
            args += ["--ro-bind", path, path]
    workdir = os.path.realpath(policy.workdir)
    args += workdir_args(workdir, workdir_bytes if policy.private_workdir else None)
    for path in dict.fromkeys(os.path.realpath(p) for p in policy.writable):
        if path != workdir:
            args += ["--bind", path, path]
    args += ["--chdir", workdir, "--clearenv"]
    for key, value in sorted(sandbox_env(policy).items()):
        args += ["--setenv", key, value]
    return args
