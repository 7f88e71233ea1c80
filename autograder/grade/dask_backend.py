"""Grade jobs on a Dask distributed cluster, one submission per task.

Each task runs ``python -m autograder.grade.worker --once`` as a subprocess on the Dask worker, so a
submission that kills its kernel or its process never takes the Dask worker down, and a time limit
can kill it. Jobs and results are plain JSON data (no pickled student objects). The Dask workers
need the course's Python environment (the ``autograder`` package, nbgrader, TensorFlow).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from typing import Iterable, Iterator

from autograder.sandbox.packages import package_environment, pinned_module
from autograder.grade.pool import failed_result


def grade_in_subprocess(job: dict, timeout: float) -> dict:
    """Run one job in a fresh worker process on this machine and return its result (a Dask task)."""
    started = time.monotonic()
    env = dict(os.environ, PYTHONUNBUFFERED="1", **package_environment())  # this machine's packages
    try:
        from distributed import get_worker

        env.setdefault("KERAS_COURSE_WORKER_INDEX", str(abs(hash(get_worker().name)) % 10_000))
    except (ImportError, ValueError):
        pass
    device = "GPU " + env["CUDA_VISIBLE_DEVICES"] if env.get("CUDA_VISIBLE_DEVICES", "-1") not in ("", "-1") else "CPU"
    process = subprocess.Popen(pinned_module(sys.executable, "autograder.grade.worker", "--once"),
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                               env=env, start_new_session=True)
    try:
        out, _ = process.communicate(json.dumps(job).encode() + b"\n", timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        return failed_result(job, "timeout", f"no result within {timeout:g} s: the submission was stopped",
                             time.monotonic() - started, device)
    for line in reversed(out.decode(errors="replace").splitlines()):
        try:
            result = json.loads(line)
        except ValueError:
            continue
        if "status" in result:
            return result
    code = process.returncode
    how = f"signal {signal.Signals(-code).name}" if code < 0 else f"exit status {code}"
    return failed_result(job, "crashed", f"the worker process died ({how})", time.monotonic() - started, device)


class DaskPool:
    """Submit jobs to the Dask scheduler at ``address``; results come back as they finish."""

    def __init__(self, address: str, timeout: float):
        """Connect lazily to ``address`` (``tcp://host:port``) with a per-submission time limit."""
        self.address = address
        self.timeout = timeout
        self._client = None

    def run(self, jobs: Iterable[dict]) -> Iterator[dict]:
        """Yield one result per job, in completion order; a lost Dask worker fails only its job."""
        from distributed import Client, as_completed

        from autograder.errors import CourseError

        try:
            self._client = Client(self.address, timeout="20s")
        except (OSError, TimeoutError) as error:
            raise CourseError(f"cannot reach the Dask scheduler at {self.address}: {error}") from None
        try:
            jobs = list(jobs)
            futures = {self._client.submit(grade_in_subprocess, job, self.timeout, pure=False): job for job in jobs}
            for future in as_completed(futures):
                job = futures[future]
                try:
                    yield future.result()
                except Exception as error:  # KilledWorker and friends: this job only
                    yield failed_result(job, "crashed", f"the Dask task failed: {type(error).__name__}: {error}", 0.0)
        finally:
            self.stop()

    def stop(self) -> None:
        """Cancel what is left and close the connection (used on Ctrl-C)."""
        if self._client is not None:
            try:
                self._client.cancel(list(self._client.futures.values()), force=True)
            except Exception:
                pass
            self._client.close()
            self._client = None
