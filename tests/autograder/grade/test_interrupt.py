"""Ctrl-C during keras-course grade: recorded submissions are whole, the rest untouched, exit 130.

The interrupt is sent once the first submission is recorded, while the others cannot be done: they
sleep far longer than the test could ever wait, so the outcome does not depend on machine speed.
"""

from __future__ import annotations

import signal
import subprocess
import uuid

from grading_helpers import BIN, scores, sqlite_url, submit, tool_env
from run_processes import run_processes, wait_for

ASLEEP = "import time\ntime.sleep(3600)\ndef add(a, b):\n    return a + b"


def test_ctrl_c_leaves_the_gradebook_consistent(course):
    # the fixture's 5 s cell limit would end the sleepers after 5 s: then, when the chapter's reference
    # build held back s0's record (a loaded machine), s1 was already done and was recorded together
    # with s0 before the interrupt arrived. With an hour per cell only the Ctrl-C can end them.
    with open(course / "nbgrader_config.py", "a") as config:
        config.write("\nc.Execute.timeout = 3600\n")
    submit(course, "s0", solved=True)
    students = ["s0", "s1", "s2", "s3"]
    for student in students[1:]:
        submit(course, student, cells={"add": ASLEEP}, solved=True)
    run = uuid.uuid4().hex[:12]
    grading = subprocess.Popen([str(BIN / "keras-course"), "grade", "tiny", "--workers", "1"], cwd=course,
                               env=dict(tool_env(), KERAS_COURSE_RUN_ID=run), stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    first_log = course / "logs" / "tiny" / "s0.log"
    wait_for(lambda: first_log.exists() or grading.poll() is not None, "s0 recorded")
    grading.send_signal(signal.SIGINT)
    out, err = grading.communicate(timeout=900)  # only stops a hang: a working Ctrl-C ends it at once

    assert grading.returncode == 130, err
    assert "interrupted" in err
    recorded = scores(sqlite_url(course), "tiny")
    assert list(recorded) == ["s0"]
    assert recorded["s0"] == {"test_add": 2.0, "test_mul": 3.0}
    assert (course / "autograded" / "s0" / "tiny" / "tiny.ipynb").is_file()
    leftovers = [p.name for p in (course / "autograded").rglob(".*")]
    assert leftovers == []
    assert run_processes(run) == {}  # no worker, kernel or sandbox of the run outlives the command
