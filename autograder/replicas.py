"""Logical devices for data-parallel replicas: two CPUs on a CPU machine, GPUs where present.

``tf.distribute.MirroredStrategy`` keeps one copy of the model per device. A machine with one CPU
and no GPU can still show two replicas: :func:`configure_replicas` splits the CPU into logical
devices (``tf.config.set_logical_device_configuration``) before TensorFlow initialises its
context. With GPUs the replicas are GPUs: the GPUs themselves when there are enough and this process
is not a grading worker pinned to one GPU; the one GPU of the process (a grading worker sees only
its own, ``CUDA_VISIBLE_DEVICES``) split into logical GPUs of :data:`GPU_MEMORY_MB` each (no memory
growth: TensorFlow allows one or the other). A worker pinned to one of several GPUs it can see
mirrors over logical CPUs instead: ``MirroredStrategy`` would all-reduce two virtual devices of one
GPU with NCCL there (it picks RING only when there are more logical than physical GPUs), which NCCL
refuses.

After the context exists TensorFlow refuses any change; :func:`configure_replicas` then keeps what
TensorFlow has and says so in its result. :func:`replica_devices` names the devices a strategy
should use; :func:`replica_layout` describes them for records and banners (no TensorFlow call).
"""

from __future__ import annotations

import os
from typing import Any

from autograder.device import WORKER_INDEX_ENV

GPU_MEMORY_MB = 2048

_layout: str = ""


def _logical_names(config: Any, kind: str) -> list[str]:
    return [device.name for device in config.list_logical_devices(kind)]


def replica_devices(config: Any = None) -> list[str]:
    """Return the device names a ``MirroredStrategy`` of this process should mirror over.

    The logical GPUs when there are at least two, else the logical CPUs when there are at least
    two, else the one device there is (a single replica). Initialises TensorFlow's context.
    """
    if config is None:
        from autograder.quiet import quiet

        with quiet():
            import tensorflow as tf
        config = tf.config
    gpus = _logical_names(config, "GPU")
    if len(gpus) >= 2:
        return gpus
    cpus = _logical_names(config, "CPU")
    if len(cpus) >= 2 or not gpus:
        return cpus
    return gpus


def _split(config: Any, device: Any, count: int, memory_mb: int | None) -> None:
    settings = [config.LogicalDeviceConfiguration(memory_limit=memory_mb) for _ in range(count)]
    config.set_logical_device_configuration(device, settings)


def configure_replicas(count: int = 2, config: Any = None, environ: dict | None = None) -> str:
    """Make ``count`` logical devices for replicas; return the layout (``"2 x CPU (...)"``).

    Call it before anything initialises TensorFlow's context (an op, a tensor, a model, a device
    listing such as ``tf.config.list_logical_devices``); importing TensorFlow is fine. When it
    is too late, the devices TensorFlow already has are kept and the layout says how many
    replicas they give, with ``"too late"`` and what to do.

    Args:
        count: the replicas wanted (2 or more).
        config: an object with the ``tf.config`` API; tests pass a fake to exercise GPU paths.
        environ: environment to read ``KERAS_COURSE_WORKER_INDEX`` from (a grading worker,
            pinned to one GPU, splits it instead of using other GPUs).

    Raises:
        ValueError: ``count`` is not an integer of at least 2.
    """
    global _layout
    if isinstance(count, bool) or not isinstance(count, int) or count < 2:
        raise ValueError(f"replicas must be an integer of at least 2, got {count!r}")
    if config is None:
        from autograder.quiet import quiet

        with quiet():
            import tensorflow as tf
        config = tf.config
    environ = os.environ if environ is None else environ
    gpus = list(config.list_physical_devices("GPU"))
    try:
        if len(gpus) >= count and WORKER_INDEX_ENV not in environ:
            config.set_visible_devices(gpus[:count], "GPU")
            for gpu in gpus[:count]:  # TensorFlow wants the same memory growth on every GPU
                config.experimental.set_memory_growth(gpu, True)
        elif len(gpus) == 1:  # TensorFlow's collectives use RING, not NCCL, for virtual GPUs
            config.experimental.set_memory_growth(gpus[0], False)
            _split(config, gpus[0], count, GPU_MEMORY_MB)
        else:
            _split(config, config.list_physical_devices("CPU")[0], count, None)
        late = ""
    except RuntimeError:  # the context exists: TensorFlow keeps its devices
        late = "too late"
    devices = replica_devices(config)
    kind = devices[0].split(":")[-2] if devices else "?"
    _layout = f"{len(devices)} x {kind} ({', '.join(name.split('device:')[-1] for name in devices)})"
    if late and len(devices) < count:
        _layout += (f"; too late for {count} replicas: TensorFlow started before the set-up cell. "
                    "Restart the kernel and run the set-up cell first")
    return _layout


def replica_layout() -> str:
    """The layout :func:`configure_replicas` made in this process (``""`` when it was not called)."""
    return _layout
