"""No process of a submission outlives the way its grading ended: a killed worker, a time-out, a
crash of keras-course grade itself (SIGKILL). (Ctrl-C: test_interrupt.py.)

Each run gets its own id (KERAS_COURSE_RUN_ID); its processes are found in /proc by the marker they
inherit and by the sandbox cgroups named after it (run_processes.py). Every wait is for an event.
"""

from __future__ import annotations

import os
import signal
import subprocess
import uuid

from grading_helpers import BIN, submit, tool_env
from run_processes import run_processes, wait_for

ASLEEP = "import time\ntime.sleep(3600)\ndef add(a, b):\n    return a + b"


def _grade(course, run, *options):
    return subprocess.Popen([str(BIN / "keras-course"), "grade", "tiny", "--workers", "1", *options], cwd=course,
                            env=dict(tool_env(), KERAS_COURSE_RUN_ID=run), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def _kernel_running(run, who=""):
    """Processes of the run's sandbox that start or run a kernel (enter.py, bwrap, the kernel)."""
    return {pid: cmd for pid, cmd in run_processes(run, who).items() if "ipykernel" in cmd}


def _status(course, student):
    log = course / "logs" / "tiny" / f"{student}.log"
    return log.read_text().splitlines()[2] if log.exists() else None


def test_a_killed_worker_takes_its_kernel_with_it(course):
    for student in ("s0", "s1"):
        submit(course, student, cells={"add": ASLEEP}, solved=True)
    run = uuid.uuid4().hex[:12]
    grading = _grade(course, run)
    wait_for(lambda: _kernel_running(run, "w1") or grading.poll() is not None, "s0's kernel started")
    workers = [pid for pid, cmd in run_processes(run, "w1").items() if "autograder.grade.worker" in cmd]
    assert len(workers) == 1, run_processes(run)
    os.kill(workers[0], signal.SIGKILL)
    wait_for(lambda: _status(course, "s0") or grading.poll() is not None, "s0 recorded")

    assert _status(course, "s0") != "status: graded"  # crashed (or error: the grader's fault)
    assert run_processes(run, "w1") == {}  # gone before s0 was recorded, while grading goes on
    assert grading.poll() is None
    grading.send_signal(signal.SIGINT)
    grading.communicate(timeout=900)  # only stops a hang
    assert run_processes(run) == {}


def test_a_timed_out_submission_leaves_nothing(course):
    # --timeout 1: the notebook limit is then 1 s of cell time after the kernel started, so the
    # worker can never answer within the per-submission limit; the pool kills it, whatever the speed
    for student in ("s0", "s1"):
        submit(course, student, cells={"add": ASLEEP}, solved=True)
    run = uuid.uuid4().hex[:12]
    grading = _grade(course, run, "--timeout", "1")
    wait_for(lambda: _status(course, "s0") or grading.poll() is not None, "s0 recorded")

    assert _status(course, "s0") != "status: graded"  # stopped by the pool's time limit
    assert run_processes(run, "w1") == {}
    grading.communicate(timeout=900)  # only stops a hang; the exit status is issue 12's (timeout: error)
    assert _status(course, "s1") != "status: graded"
    assert run_processes(run) == {}


def test_a_crash_of_the_grading_command_leaves_nothing(course):
    submit(course, "s0", cells={"add": ASLEEP}, solved=True)
    run = uuid.uuid4().hex[:12]
    grading = _grade(course, run)
    wait_for(lambda: _kernel_running(run, "w1") or grading.poll() is not None, "s0's kernel started")
    janitor = [pid for pid, cmd in _janitors(run).items()]
    assert len(janitor) == 1
    grading.kill()
    grading.communicate()
    wait_for(lambda: not _janitors(run), "the janitor finished")

    assert run_processes(run) == {}


def _janitors(run):
    found = {}
    for pid in os.listdir("/proc"):
        try:
            cmd = open(f"/proc/{pid}/cmdline", "rb").read().replace(b"\0", b" ").decode()
            state = [line for line in open(f"/proc/{pid}/status") if line.startswith("State:")][0]
        except (OSError, IndexError):
            continue
        if "autograder.grade.janitor" in cmd and run in cmd and " Z " not in state.replace("\t", " "):
            found[int(pid)] = cmd
    return found
