"""Real Unix accounts for the hub test: created as root with random passwords, removed afterwards."""

from __future__ import annotations

import contextlib
import os
import pwd
import secrets
import shutil
import signal
import stat
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Account:
    """A Unix user the test made: login name, password, home folder."""

    name: str
    password: str

    @property
    def home(self) -> Path:
        """Return the user's home folder."""
        return Path(pwd.getpwnam(self.name).pw_dir)

    @property
    def uid(self) -> int:
        """Return the user's numeric id."""
        return pwd.getpwnam(self.name).pw_uid


def create_account(name: str) -> Account:
    """Create user ``name`` with a private home (``0700``) and a random password set through chpasswd."""
    subprocess.run(["useradd", "--create-home", "--shell", "/bin/bash", name], check=True)
    password = secrets.token_urlsafe(18)
    subprocess.run(["chpasswd"], input=f"{name}:{password}\n", text=True, check=True)
    account = Account(name, password)
    os.chmod(account.home, 0o700)
    return account


def processes_of(uid: int) -> list[int]:
    """Return the ids of the processes running as ``uid``."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if entry.stat().st_uid == uid:
                    found.append(int(entry.name))
            except FileNotFoundError:
                continue
    return found


def remove_account(account: Account) -> None:
    """Stop what still runs as the user (by process id), then delete the user and their home."""
    try:
        uid = account.uid
    except KeyError:
        return
    for sig in (signal.SIGTERM, signal.SIGKILL):
        for pid in processes_of(uid):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, sig)
        deadline = time.monotonic() + 5
        while processes_of(uid) and time.monotonic() < deadline:
            time.sleep(0.1)
    subprocess.run(["userdel", "--remove", account.name], capture_output=True)


@contextlib.contextmanager
def accounts(*roles: str) -> Iterator[dict[str, Account]]:
    """Create one account per role (names ``kc<role initial><random>``) and remove them all at the end."""
    tag = secrets.token_hex(3)
    made: dict[str, Account] = {}
    try:
        for role in roles:
            made[role] = create_account(f"kc{role[0]}{tag}")
        yield made
    finally:
        for account in made.values():
            remove_account(account)


@contextlib.contextmanager
def searchable(paths: list[Path]) -> Iterator[list[Path]]:
    """Let every user search (``o+x``, never list) the folders above ``paths`` that block them; restore after.

    The students' servers and the instructor's commands run this venv's interpreter, whose standard
    library lives in its base Python (``sys.base_prefix``). Where that is under a private folder
    (pyenv installed by root in ``/root``, mode ``0700``), another user's interpreter silently falls
    back to the system's standard library of another patch release, which breaks, among others,
    nbconvert's HTML export. Yields the folders it opened.
    """
    opened: dict[Path, int] = {}
    for path in paths:
        for folder in [path, *path.parents]:
            mode = folder.stat().st_mode
            if folder not in opened and not mode & stat.S_IXOTH:
                opened[folder] = stat.S_IMODE(mode)
                os.chmod(folder, stat.S_IMODE(mode) | stat.S_IXOTH)
    try:
        yield sorted(opened)
    finally:
        for folder, mode in opened.items():
            os.chmod(folder, mode)


def run_as(account: Account, argv: list[str], *, env: dict[str, str], cwd: Path | None = None,
           check: bool = True, timeout: float = 600) -> subprocess.CompletedProcess:
    """Run ``argv`` as ``account`` (``runuser -u``) in its home (or ``cwd``) with ``env`` plus its HOME and USER."""
    full = dict(env, HOME=str(account.home), USER=account.name, LOGNAME=account.name)
    runuser = shutil.which("runuser", path="/usr/sbin:/sbin:/usr/bin:/bin") or "runuser"
    done = subprocess.run([runuser, "-u", account.name, "--", *argv], env=full, cwd=cwd or account.home,
                          capture_output=True, text=True, timeout=timeout)
    if check and done.returncode != 0:
        raise AssertionError(f"{' '.join(argv)} as {account.name} exited {done.returncode}:\n{done.stdout}\n{done.stderr}")
    return done
