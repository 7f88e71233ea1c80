"""GPU/CPU selection: a GPU with memory growth where present, one GPU per worker, the CPU otherwise.

When several GPUs exist, worker ``KERAS_COURSE_WORKER_INDEX`` (default 0) gets GPU
``index % len(gpus)`` and sees only that one. Call :func:`configure_devices` before any op runs;
after that TensorFlow refuses changes, and the current visible devices are kept.
"""

from __future__ import annotations

import os
from typing import Any

WORKER_INDEX_ENV = "KERAS_COURSE_WORKER_INDEX"

_configured: str | None = None


def choose_gpu(n_gpus: int, worker_index: int) -> int | None:
    """Return the GPU index a worker should use (``None`` when there are no GPUs)."""
    if n_gpus <= 0:
        return None
    return worker_index % n_gpus


def worker_index(environ: dict | None = None) -> int:
    """Read the worker index from ``KERAS_COURSE_WORKER_INDEX`` (0 when unset).

    Raises:
        ValueError: the variable is set but is not a non-negative integer.
    """
    raw = (os.environ if environ is None else environ).get(WORKER_INDEX_ENV, "0").strip() or "0"
    if not raw.isdigit():
        raise ValueError(f"{WORKER_INDEX_ENV} must be a non-negative integer, got {raw!r}")
    return int(raw)


def configure_devices(config: Any = None, environ: dict | None = None) -> str:
    """Pick the device for this process and return a short description ("GPU:1 (name)" or "CPU").

    Args:
        config: an object with the ``tf.config`` API (``list_physical_devices``,
            ``set_visible_devices``, ``experimental.set_memory_growth``); defaults to ``tf.config``.
            Tests pass a fake to exercise the GPU logic on a CPU machine.
        environ: environment mapping to read the worker index from (default ``os.environ``).
    """
    global _configured
    from autograder.quiet import quiet

    if config is None:
        with quiet():
            import tensorflow as tf
        config = tf.config
    with quiet():  # the first device query logs cuInit failures to fd 2 on GPU-less machines
        gpus = list(config.list_physical_devices("GPU"))
    index = choose_gpu(len(gpus), worker_index(environ))
    if index is None:
        description = "CPU"
    else:
        gpu = gpus[index]
        try:
            config.set_visible_devices([gpu], "GPU")
            config.experimental.set_memory_growth(gpu, True)
        except RuntimeError:  # already initialised: keep what TensorFlow already uses
            pass
        description = f"GPU:{index} ({getattr(gpu, 'name', gpu)})"
    _configured = description
    return description


def device_description() -> str:
    """Return the device this process computes on, configuring it on first use."""
    if _configured is None:
        return configure_devices()
    return _configured


def used_device_description() -> str:
    """The device a check's TensorFlow work ran on, without importing TensorFlow for the question.

    ``"CPU"`` while TensorFlow is not imported in this process (a check of plain Python values
    computed nothing on a GPU), else :func:`device_description`.
    """
    import sys

    return device_description() if "tensorflow" in sys.modules else "CPU"


def quiet_cuda_probe_on_cpu(environ: dict | None = None) -> bool:
    """On a machine without NVIDIA devices, keep TensorFlow's C++ errors (``failed call to cuInit``) quiet.

    TensorFlow built with CUDA logs ``failed call to cuInit`` at error level whenever it starts
    without a GPU; on a CPU machine that is noise on the instructor's terminal, not a problem.
    Sets ``TF_CPP_MIN_LOG_LEVEL=3`` in ``environ`` (default ``os.environ``) unless it is set already
    or the machine has NVIDIA device nodes. Call it before TensorFlow is imported; it imports nothing.

    Returns:
        True when it set the variable.
    """
    import glob

    environ = os.environ if environ is None else environ
    if "TF_CPP_MIN_LOG_LEVEL" in environ or glob.glob("/dev/nvidia[0-9]*"):
        return False
    environ["TF_CPP_MIN_LOG_LEVEL"] = "3"
    return True
