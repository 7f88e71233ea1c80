"""Ctrl-C during keras-course grade: recorded submissions are whole, the rest untouched, exit 130."""

from __future__ import annotations

import signal
import subprocess
import time

from grading_helpers import BIN, scores, sqlite_url, submit, tool_env


def test_ctrl_c_leaves_the_gradebook_consistent(course):
    slow = "import time\ntime.sleep(3)\ndef add(a, b):\n    return a + b"
    students = [f"s{i}" for i in range(4)]
    for student in students:
        submit(course, student, cells={"add": slow}, solved=True)
    grading = subprocess.Popen([str(BIN / "keras-course"), "grade", "tiny", "--workers", "1"], cwd=course,
                               env=tool_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    first_log = course / "logs" / "tiny" / "s0.log"
    for _ in range(1200):  # wait (without asserting on time) until the first submission is recorded
        if first_log.exists() or grading.poll() is not None:
            break
        time.sleep(0.1)
    grading.send_signal(signal.SIGINT)
    out, err = grading.communicate(timeout=300)

    assert grading.returncode == 130, err
    assert "interrupted" in err
    recorded = scores(sqlite_url(course), "tiny")
    assert "s0" in recorded and len(recorded) < len(students)
    for student, cells in recorded.items():  # every recorded submission is complete
        assert cells == {"test_add": 2.0, "test_mul": 3.0}, student
        assert (course / "autograded" / student / "tiny" / "tiny.ipynb").is_file()
    leftovers = [p.name for p in (course / "autograded").rglob(".*")]
    assert leftovers == []
