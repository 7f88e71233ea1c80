"""The local pool's slots: a build it shares its slots with holds one of them until it ends."""

from __future__ import annotations

import threading
import time

import pytest

import autograder.grade.pool as pool_module
from autograder.grade.pool import LocalPool


class FakeWorker:
    """Stands in for a worker process: records which slot graded which job, and when."""

    log: list[tuple[int, str, float]] = []

    def __init__(self, index, gpus, log_path, startup_timeout=120.0):
        self.index = index

    def grade(self, job, timeout):
        FakeWorker.log.append((self.index, job["student"], time.monotonic()))
        time.sleep(0.05)
        return {"student": job["student"], "status": "graded"}

    def alive(self):
        return True

    def close(self):
        pass

    def kill(self):
        pass


@pytest.fixture
def fake_workers(monkeypatch):
    FakeWorker.log = []
    monkeypatch.setattr(pool_module, "WorkerProcess", FakeWorker)
    return FakeWorker.log


def jobs(count):
    return [{"student": f"s{i}", "chapter": "tiny"} for i in range(count)]


def test_the_last_slot_waits_for_the_shared_build(fake_workers, tmp_path):
    build_done = threading.Event()
    released_at = []

    def finish_build():
        time.sleep(0.6)
        released_at.append(time.monotonic())
        build_done.set()

    threading.Thread(target=finish_build, daemon=True).start()
    results = list(LocalPool(2, 60, [], tmp_path, busy_until=build_done).run(jobs(20)))

    assert sorted(r["student"] for r in results) == sorted(f"s{i}" for i in range(20))
    before = [slot for slot, _, at in fake_workers if at < released_at[0]]
    after = [slot for slot, _, at in fake_workers if at > released_at[0]]
    assert before and set(before) == {0}  # one kernel beside the build, not two
    assert 1 in after  # the slot joins once the build is done


def test_one_worker_grades_after_the_build(fake_workers, tmp_path):
    build_done = threading.Event()
    timer = threading.Timer(0.3, build_done.set)
    timer.start()
    started = time.monotonic()
    list(LocalPool(1, 60, [], tmp_path, busy_until=build_done).run(jobs(2)))
    assert min(at for _, _, at in fake_workers) - started >= 0.25


def test_fewer_jobs_than_workers_start_at_once(fake_workers, tmp_path):
    never = threading.Event()  # the build beside them is within the worker count already
    results = list(LocalPool(3, 60, [], tmp_path, busy_until=never).run(jobs(2)))
    assert {r["student"] for r in results} == {"s0", "s1"}


def test_without_a_shared_build_every_slot_works(fake_workers, tmp_path):
    list(LocalPool(2, 60, [], tmp_path).run(jobs(20)))
    assert {slot for slot, _, _ in fake_workers} == {0, 1}
