"""Chapter set-up: quiet TensorFlow, seed everything, turn on op determinism, print one banner.

Every chapter notebook opens with::

    from course.setup import setup_chapter
    setup_chapter(seed=42)
"""

from __future__ import annotations

import os
import platform
import sys


def setup_chapter(seed: int = 42, replicas: int | None = None) -> None:
    """Prepare a chapter notebook: silence TF logs, pick the device, seed, print one banner line.

    Sets ``TF_CPP_MIN_LOG_LEVEL=3`` when TensorFlow is not yet imported (TensorFlow reads it at
    import): TensorFlow's C++ log lines, even those tagged ``E`` such as the harmless
    ``node_def_util ... use_unbounded_threadpool`` printed while ``fit`` rewrites a parallel map, would
    otherwise reach a test cell's stderr and cost its points; real errors still raise in Python.
    Imports TensorFlow and Keras with their start-up noise swallowed, selects the device
    (:mod:`autograder.device`), seeds Python, NumPy and Keras/TensorFlow with ``seed`` and enables op
    determinism. In a notebook, a ``NameError`` then says which cell to run or that an exercise is
    not answered yet (:mod:`course.missing_names`), and the course's plots show as images
    (:mod:`course.inline_figures`). Prints e.g. ``Python 3.11.9 | TensorFlow 2.21.0 | Keras 3.15.1 | CPU | seed 42``
    and returns None.

    With ``replicas`` (chapter 9: ``setup_chapter(seed=42, replicas=2)``) it also makes that many
    logical devices for ``tf.distribute.MirroredStrategy`` (:func:`autograder.replicas.configure_replicas`:
    CPUs split in two, or GPUs where present) before anything initialises TensorFlow's context, and
    the banner shows the layout, e.g. ``2 x CPU (CPU:0, CPU:1)``. Run it first in a fresh kernel: when
    TensorFlow has already started, the banner says it is too late and what to do.

    Raises:
        TypeError: ``seed`` is not an integer.
        ValueError: ``replicas`` is given and is not an integer of at least 2.
    """
    if isinstance(seed, bool) or not isinstance(seed, int):
        raise TypeError(f"setup_chapter(seed=...) needs an integer seed, got {seed!r}")
    if "tensorflow" not in sys.modules:
        os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
    from autograder.quiet import quiet

    with quiet():
        import keras
        import tensorflow as tf

        from autograder.determinism import seed_everything
        from autograder.device import device_description

        device = device_description()
        if replicas is not None:
            from autograder.replicas import configure_replicas

            device = f"{device} | {configure_replicas(replicas)}"
        seed_everything(seed)
    from course.inline_figures import show_figures_inline
    from course.missing_names import explain_missing_names

    explain_missing_names()
    show_figures_inline()
    print(
        f"Python {platform.python_version()} | TensorFlow {tf.__version__} | "
        f"Keras {keras.__version__} | {device} | seed {seed}"
    )
