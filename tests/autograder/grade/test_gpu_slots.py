"""One GPU per worker, faked on a CPU machine through CUDA_VISIBLE_DEVICES."""

from __future__ import annotations

import json

from grading_helpers import submit

from autograder.grade.gpu_slots import visible_gpus, worker_environment
from autograder.grade.run import grade_chapter


def test_visible_gpus_follows_cuda_visible_devices(monkeypatch):
    monkeypatch.setenv("CUDA_VISIBLE_DEVICES", "0, 3")
    assert visible_gpus() == ["0", "3"]
    monkeypatch.setenv("CUDA_VISIBLE_DEVICES", "-1")
    assert visible_gpus() == []


def test_each_worker_gets_its_own_gpu_or_the_cpu():
    assert worker_environment(0, ["0", "1"]) == {"KERAS_COURSE_WORKER_INDEX": "0", "CUDA_VISIBLE_DEVICES": "0"}
    assert worker_environment(3, ["0", "1"])["CUDA_VISIBLE_DEVICES"] == "1"
    assert worker_environment(1, []) == {"KERAS_COURSE_WORKER_INDEX": "1", "CUDA_VISIBLE_DEVICES": "-1"}


def test_kernels_see_their_workers_gpu_and_the_device_is_recorded(course, tmp_path, monkeypatch):
    monkeypatch.setenv("CUDA_VISIBLE_DEVICES", "0,1")  # two fake GPUs
    for student in ("alice", "bob"):
        spy = ("import os\nprint('SEEN', os.environ['CUDA_VISIBLE_DEVICES'], os.environ['KERAS_COURSE_WORKER_INDEX'])"
               "\ndef add(a, b):\n    return a + b")
        submit(course, student, cells={"add": spy}, solved=True)

    rows = grade_chapter("tiny", root=course, workers=2).rows

    for row in rows:
        autograded = (course / "autograded" / row["student"] / "tiny" / "tiny.ipynb").read_text()
        text = json.loads(autograded)["cells"][1]["outputs"][0]["text"]
        line = next(line for line in "".join(text).splitlines()
                    if line.startswith("SEEN"))
        gpu, index = line.split()[1:]
        assert row["device"] == f"GPU {gpu}" and gpu == ["0", "1"][int(index)]
        assert row["points"] == 5.0
