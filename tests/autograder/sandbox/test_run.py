"""Each limit and isolation property of run_sandboxed, with small Python programs as attacks."""

import socket
import sys
import textwrap
import threading

import pytest

from autograder.sandbox.limits import MIB, Limits
from autograder.sandbox.policy import Policy
from autograder.sandbox.run import run_sandboxed

LIMITS = Limits(notebook_seconds=30, memory_bytes=256 * MIB, max_processes=48,
                output_bytes=64 * 1024, file_bytes=1 * MIB)


def run(tmp_path, code, limits=LIMITS, **policy):
    workdir = tmp_path / "work"
    workdir.mkdir(exist_ok=True)
    return run_sandboxed([sys.executable, "-c", textwrap.dedent(code)], Policy(workdir, **policy), limits)


def processes_with(marker):
    """PIDs of host processes whose command line contains ``marker``."""
    import os
    from pathlib import Path
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit() and int(entry) != os.getpid():
            try:
                if marker.encode() in Path("/proc", entry, "cmdline").read_bytes():
                    found.append(int(entry))
            except OSError:
                continue
    return found


def course(tmp_path):
    """A fake course root around the work folder: source, gradebook, another student."""
    (tmp_path / "source").mkdir()
    (tmp_path / "source" / "hidden.ipynb").write_text("HIDDEN")
    (tmp_path / "gradebook.db").write_text("GRADES")
    (tmp_path / "submitted" / "bob").mkdir(parents=True)
    (tmp_path / "submitted" / "bob" / "nb.ipynb").write_text("BOB")


def test_fork_bomb_is_capped_and_the_tree_dies(tmp_path, needs_bwrap, needs_cgroups):
    result = run(tmp_path, """
        import os
        children = 0
        for _ in range(10000):
            try:
                if os.fork() == 0:
                    import time
                    time.sleep(600)
                    os._exit(0)
                children += 1
            except OSError as error:
                print("fork refused after", children, type(error).__name__, flush=True)
                break
    """)
    assert "fork refused after" in result.stdout
    refused_after = int(result.stdout.split("fork refused after")[1].split()[0])
    assert refused_after < LIMITS.max_processes


def test_memory_hog_is_killed_by_the_memory_limit(tmp_path, needs_bwrap, needs_cgroups):
    result = run(tmp_path, """
        hog = []
        for _ in range(100):
            hog.append(bytearray(16 * 1024 * 1024))
        print("survived")
    """)
    assert result.oom_killed
    assert result.returncode != 0
    assert "survived" not in result.stdout


def test_huge_output_is_cut_while_it_runs(tmp_path, needs_bwrap):
    result = run(tmp_path, """
        import sys
        for _ in range(20000):
            sys.stdout.write("x" * 1000)
    """)
    assert len(result.stdout.encode()) <= LIMITS.output_bytes + 200
    assert result.dropped >= 20_000_000 - LIMITS.output_bytes
    assert "output cut" in result.stdout


def test_huge_file_stops_at_the_file_size_limit(tmp_path, needs_bwrap):
    result = run(tmp_path, """
        try:
            with open("big.bin", "wb") as handle:
                for _ in range(10):
                    handle.write(b"0" * (1024 * 1024))
        except OSError as error:
            print("errno", error.errno)
    """)
    assert "errno 27" in result.stdout  # EFBIG
    assert (tmp_path / "work" / "big.bin").stat().st_size <= LIMITS.file_bytes


def test_no_network_not_even_the_hosts_loopback(tmp_path, needs_bwrap):
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    listener.settimeout(0.5)
    port = listener.getsockname()[1]
    accepted = []

    def accept():
        try:
            accepted.append(listener.accept())
        except OSError:
            pass

    thread = threading.Thread(target=accept)
    thread.start()
    result = run(tmp_path, f"""
        import socket
        for host, port in [("127.0.0.1", {port}), ("8.8.8.8", 53)]:
            try:
                socket.create_connection((host, port), timeout=2)
                print("connected", host)
            except OSError as error:
                print("blocked", host, type(error).__name__)
    """)
    thread.join()
    listener.close()
    assert "connected" not in result.stdout
    assert result.stdout.count("blocked") == 2
    assert accepted == []


def test_source_gradebook_and_other_submissions_are_invisible(tmp_path, needs_bwrap):
    course(tmp_path)
    result = run(tmp_path, f"""
        import os
        for path in ["../source/hidden.ipynb", "../gradebook.db", "../submitted/bob/nb.ipynb",
                     "{tmp_path}/gradebook.db", "{tmp_path}/source/hidden.ipynb"]:
            try:
                print("READ", open(path).read())
            except OSError as error:
                print("blocked", type(error).__name__)
        print("home", os.listdir(os.path.expanduser("~")), "root", os.listdir("/root"))
        print("parent", sorted(os.listdir("..")))
    """)
    assert "READ" not in result.stdout
    assert result.stdout.count("blocked FileNotFoundError") == 5
    from autograder.sandbox.policy import python_dirs
    bound_in_root = sorted({p.split("/")[2] for p in python_dirs() if p.startswith("/root/")})
    assert f"home [] root {bound_in_root}" in result.stdout  # only the Python install, if it lives there
    assert "parent ['work']" in result.stdout


def test_writes_outside_the_work_folder_fail_or_vanish(tmp_path, needs_bwrap):
    course(tmp_path)
    before = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    result = run(tmp_path, f"""
        import os, sys
        for path in ["{tmp_path}/gradebook.db", "../gradebook.db", sys.executable,
                     os.__file__, "/usr/bin/kc-sandbox-marker", "/tmp/kc-sandbox-marker", "mine.txt"]:
            try:
                with open(path, "a") as handle:
                    handle.write("pwned")
                print("wrote", path)
            except OSError as error:
                print("blocked", path, type(error).__name__)
    """)
    after = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    assert (tmp_path / "work" / "mine.txt").read_text() == "pwned"
    del after[tmp_path / "work" / "mine.txt"]
    assert after == before
    assert "blocked " + sys.executable in result.stdout
    import os
    assert not os.path.exists("/tmp/kc-sandbox-marker")
    assert not os.path.exists("/usr/bin/kc-sandbox-marker")


def test_killing_the_parent_only_hits_the_sandbox(tmp_path, needs_bwrap):
    result = run(tmp_path, """
        import os, signal
        print("ppid", os.getppid(), "pid", os.getpid(), flush=True)
        for pid in (os.getppid(), 1, -1):
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError as error:
                print("kill", pid, type(error).__name__, flush=True)
        print("still here", flush=True)
    """)
    assert "ppid 1 " in result.stdout  # its own PID namespace: the grader is not even visible
    assert result.returncode in (0, -9, 137)


def test_wall_time_kills_the_whole_tree(tmp_path, needs_bwrap, needs_cgroups):
    marker = f"kc-sleeper-{tmp_path.name}"
    result = run(tmp_path, f"""
        import subprocess, sys, signal, time
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)", "{marker}"])
        time.sleep(600)
    """, Limits(notebook_seconds=3, memory_bytes=256 * MIB, max_processes=48))
    assert result.timed_out
    assert processes_with(marker) == []


def test_sandbox_off_reports_every_isolation_protection_missing(tmp_path, monkeypatch):
    workdir = tmp_path / "work"
    workdir.mkdir()
    result = run_sandboxed([sys.executable, "-c", "print('ran')"], Policy(workdir), LIMITS, mode="off")
    assert result.stdout.strip() == "ran"
    missing = {p.name for p in result.protections if not p.active}
    assert missing == {"process tree", "network", "filesystem view", "privileges", "memory",
                       "processes", "file size"}
