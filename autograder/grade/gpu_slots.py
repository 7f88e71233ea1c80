"""Give each local worker its own GPU when there are GPUs, the CPU otherwise."""

from __future__ import annotations

import os
import shutil
import subprocess


def visible_gpus() -> list[str]:
    """Return the GPU ids this machine lets us use.

    CUDA_VISIBLE_DEVICES decides when it is set (``""`` or ``-1``: none; this is also how tests fake
    GPUs on a CPU machine); otherwise one id per line of ``nvidia-smi -L``; none without it.
    """
    visible = os.environ.get("CUDA_VISIBLE_DEVICES")
    if visible is not None:
        ids = [part.strip() for part in visible.split(",") if part.strip()]
        return [] if ids == ["-1"] else ids
    if shutil.which("nvidia-smi") is None:
        return []
    try:
        listing = subprocess.run(["nvidia-smi", "-L"], capture_output=True, text=True, timeout=20, check=True)
    except (OSError, subprocess.SubprocessError):
        return []
    return [str(i) for i, line in enumerate(listing.stdout.splitlines()) if line.startswith("GPU ")]


def worker_environment(index: int, gpus: list[str]) -> dict[str, str]:
    """Return the environment variables of worker ``index``: its index and its one GPU (or none).

    ``KERAS_COURSE_WORKER_INDEX`` is read by ``autograder.device``; with GPUs, worker ``i`` sees only
    ``gpus[i % len(gpus)]``; without, CUDA_VISIBLE_DEVICES is ``-1`` so TensorFlow stays on the CPU.
    """
    env = {"KERAS_COURSE_WORKER_INDEX": str(index)}
    env["CUDA_VISIBLE_DEVICES"] = gpus[index % len(gpus)] if gpus else "-1"
    return env
