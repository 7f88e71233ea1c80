"""A local pool of long-lived worker processes, one submission each at a time.

Each slot owns one ``python -m autograder.grade.worker`` process (its own session, so Ctrl-C reaches
only the parent) and sends it jobs one by one. A worker that dies or overruns the per-submission
time limit is killed and replaced, together with every process that carries its marker or sits in
its sandboxes' cgroups (:mod:`autograder.sandbox.reaper`: its kernels, even one whose bwrap lost
its parent); its submission comes back as ``crashed`` or ``timeout`` and the other submissions go
on. Workers stay alive between submissions so nbgrader, nbconvert and Python
are imported once per worker, not once per submission.
"""

from __future__ import annotations

import json
import os
import queue
import select
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Iterable, Iterator

from autograder.grade.gpu_slots import worker_environment
from autograder.grade.lifetime import raise_if_interrupted, worker_marker
from autograder.sandbox.marker import MARK_ENV
from autograder.sandbox.reaper import sweep
from autograder.sandbox.packages import package_environment, pinned_module


def failed_result(job: dict, status: str, reason: str, seconds: float, device: str = "") -> dict:
    """Return the result of a submission whose worker gave none (``crashed`` or ``timeout``)."""
    return {"student": job["student"], "chapter": job["chapter"], "status": status, "reason": reason,
            "grades": [], "comments": [], "late_penalty": {}, "timestamp": None, "files": {},
            "notes": [], "log": "", "seconds": round(seconds, 3), "device": device}


class WorkerProcess:
    """One worker subprocess speaking the JSON-lines protocol of :mod:`autograder.grade.worker`."""

    def __init__(self, index: int, gpus: list[str], log_path: Path, startup_timeout: float = 120.0):
        """Start worker ``index`` with its GPU (if any); its stderr and its kernels' go to ``log_path``."""
        self.index = index
        marker = worker_marker()
        env = dict(os.environ, PYTHONUNBUFFERED="1", **worker_environment(index, gpus), **package_environment(),
                   **marker)
        self.marker = marker.get(MARK_ENV, "")
        self.device = "GPU " + env["CUDA_VISIBLE_DEVICES"] if gpus else "CPU"
        log_path.parent.mkdir(parents=True, exist_ok=True)
        self._log = open(log_path, "ab")
        self.process = subprocess.Popen(pinned_module(sys.executable, "autograder.grade.worker"),
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self._log,
                                        env=env, start_new_session=True)
        ready = self._read_line(startup_timeout)
        if ready is None or "ready" not in ready:
            self.kill()
            raise RuntimeError(f"worker {index} did not start (see {log_path})")

    def _read_line(self, timeout: float) -> dict | None:
        """Read one JSON line within ``timeout`` seconds; None on timeout, EOF or garbage."""
        stdout = self.process.stdout
        readable, _, _ = select.select([stdout], [], [], max(timeout, 0))
        if not readable:
            return None
        line = stdout.readline()
        if not line.endswith(b"\n"):
            return None
        try:
            return json.loads(line)
        except ValueError:
            return None

    def grade(self, job: dict, timeout: float) -> dict:
        """Send ``job`` and return its result, or a ``crashed``/``timeout`` result (then kill self)."""
        started = time.monotonic()
        try:
            self.process.stdin.write(json.dumps(job).encode() + b"\n")
            self.process.stdin.flush()
        except (BrokenPipeError, OSError):
            pass
        result = self._read_line(timeout)
        elapsed = time.monotonic() - started
        if result is not None:
            return result
        if self.process.poll() is None and elapsed >= timeout:
            self.kill()
            return failed_result(job, "timeout", f"no result within {timeout:g} s: the submission was stopped",
                                 elapsed, self.device)
        self.kill()
        code = self.process.returncode
        how = f"signal {signal.Signals(-code).name}" if code is not None and code < 0 else f"exit status {code}"
        return failed_result(job, "crashed", f"the worker process died ({how})", elapsed, self.device)

    def alive(self) -> bool:
        """Whether the worker process still runs."""
        return self.process.poll() is None

    def kill(self) -> None:
        """Kill the worker, everything in its session, and every process that carries its marker or
        sits in its sandboxes' cgroups (its kernels, even those whose bwrap lost its parent)."""
        if self.process.poll() is None:
            try:
                os.killpg(self.process.pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass
        self.process.wait()
        if self.marker:
            sweep(self.marker)
        self._log.close()

    def close(self, timeout: float = 10.0) -> None:
        """Ask the worker to finish (EOF on stdin); kill it if it does not within ``timeout``."""
        try:
            self.process.stdin.close()
            self.process.wait(timeout=timeout)
        except (OSError, subprocess.TimeoutExpired):
            pass
        self.kill()


class LocalPool:
    """Grade jobs with ``workers`` local worker processes; results come back as they finish."""

    def __init__(self, workers: int, timeout: float, gpus: list[str], log_dir: Path,
                 busy_until: threading.Event | None = None):
        """Configure the pool: process count, per-submission time limit, GPU ids, worker log folder.

        ``busy_until``: work the pool shares its slots with (the chapter's reference build, see
        :class:`autograder.grade.chapter_reference.ReferenceBuild`). While the event is unset, the
        last of ``workers`` slots takes no job (its worker is not even started), so the machine runs
        ``workers`` kernels at a time, not one more; with fewer jobs than workers every slot starts.
        """
        self.workers = max(1, workers)
        self.timeout = timeout
        self.gpus = gpus
        self.log_dir = Path(log_dir)
        self.busy_until = busy_until
        self._stop = threading.Event()
        self._live: dict[int, WorkerProcess] = {}
        self._lock = threading.Lock()

    def _slot(self, index: int, jobs: "queue.Queue[dict]", results: "queue.Queue[dict]",
              wait_for: threading.Event | None = None) -> None:
        worker = None
        try:
            while wait_for is not None and not wait_for.wait(0.2):
                if self._stop.is_set():
                    return
            while not self._stop.is_set():
                try:
                    job = jobs.get_nowait()
                except queue.Empty:
                    break
                if worker is None or not worker.alive():
                    try:
                        worker = WorkerProcess(index, self.gpus, self.log_dir / f"worker-{index}.log")
                    except RuntimeError as error:
                        results.put(failed_result(job, "crashed", str(error), 0.0))
                        worker = None
                        continue
                    with self._lock:
                        self._live[index] = worker
                result = worker.grade(job, self.timeout)
                result.setdefault("worker", index)
                results.put(result)
        except BaseException as error:  # never lose a job silently
            results.put({"fatal": repr(error)})
        finally:
            if worker is not None:
                worker.close()
            results.put({"slot_done": index})

    def run(self, jobs: Iterable[dict]) -> Iterator[dict]:
        """Yield one result per job, in completion order."""
        job_queue: "queue.Queue[dict]" = queue.Queue()
        count = 0
        for job in jobs:
            job_queue.put(job)
            count += 1
        results: "queue.Queue[dict]" = queue.Queue()
        slots = min(self.workers, count)
        shared = slots - 1 if self.busy_until is not None and slots == self.workers else None
        threads = [threading.Thread(target=self._slot, daemon=True,
                                    args=(i, job_queue, results, self.busy_until if i == shared else None))
                   for i in range(slots)]
        for thread in threads:
            thread.start()
        done = 0
        try:
            raise_if_interrupted()  # a Ctrl-C that a library swallowed while the run was set up
            while done < slots:
                item = results.get()
                raise_if_interrupted()
                if "slot_done" in item:
                    done += 1
                elif "fatal" in item:
                    raise RuntimeError(f"a grading slot failed: {item['fatal']}")
                else:
                    yield item
        finally:
            self.stop()

    def stop(self) -> None:
        """Stop handing out jobs and kill every running worker (used on Ctrl-C)."""
        self._stop.set()
        with self._lock:
            for worker in self._live.values():
                if worker.alive():
                    worker.kill()
