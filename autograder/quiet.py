"""Stderr-safe execution: run code so that nothing it prints reaches the notebook's stderr.

nbgrader scores a test cell 0 when it writes *anything* to stderr, and TensorFlow and Keras write
warnings and logs there. :func:`quiet` swallows, for the duration of a ``with`` block,

* Python warnings (``warnings.warn``),
* writes to ``sys.stderr`` (and ``sys.stdout`` unless ``stdout=False``),
* writes to file descriptor 2 (TensorFlow's C++ logs; ipykernel forwards fd 2 to the cell's stderr),
* ``logging`` / absl records,

and keeps all of it in :attr:`Captured.text` for the check's record. Exceptions are never swallowed.

Modules that need TensorFlow import it silently with::

    from autograder.quiet import quiet
    with quiet():
        import keras
        import tensorflow as tf
"""

from __future__ import annotations

import contextlib
import io
import logging
import os
import sys
import tempfile
import warnings
from dataclasses import dataclass, field
from typing import Iterator

_LOGGER_NAMES = ("", "absl", "tensorflow", "keras", "h5py", "py.warnings")


@dataclass
class Captured:
    """What a quiet block swallowed: warnings, stream text, fd-2 text and log records."""

    warnings: list[str] = field(default_factory=list)
    stdout: str = ""
    stderr: str = ""
    fd2: str = ""
    logs: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        """All captured output as one string, section by section (empty when nothing was written)."""
        parts = []
        for title, body in (
            ("warnings", "\n".join(self.warnings)),
            ("stdout", self.stdout),
            ("stderr", self.stderr),
            ("fd2", self.fd2),
            ("logs", "\n".join(self.logs)),
        ):
            if body.strip():
                parts.append(f"[{title}]\n{body.rstrip()}")
        return "\n".join(parts)


class _ListHandler(logging.Handler):
    def __init__(self, sink: list[str]):
        super().__init__(level=logging.NOTSET)
        self.sink = sink

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self.sink.append(f"{record.levelname}:{record.name}:{record.getMessage()}")
        except Exception:  # a broken log call must not break the check
            self.sink.append(f"{record.levelname}:{record.name}:{record.msg!r}")


@contextlib.contextmanager
def _captured_logging(sink: list[str]) -> Iterator[None]:
    handler = _ListHandler(sink)
    saved = []
    for name in _LOGGER_NAMES:
        logger = logging.getLogger(name)
        saved.append((logger, list(logger.handlers), logger.propagate))
        logger.handlers = [handler] if name == "" else []
        if name:
            logger.propagate = True
    try:
        yield
    finally:
        for logger, handlers, propagate in saved:
            logger.handlers = handlers
            logger.propagate = propagate


@contextlib.contextmanager
def _captured_fd(fd: int, sink: list[str]) -> Iterator[None]:
    """Point file descriptor ``fd`` at a temporary file for the block, then restore it."""
    try:
        saved = os.dup(fd)
    except OSError:  # no such descriptor (embedded interpreters): nothing to capture
        yield
        return
    with tempfile.TemporaryFile(mode="w+b") as tmp:
        _flush_std_streams()
        os.dup2(tmp.fileno(), fd)
        try:
            yield
        finally:
            _flush_std_streams()
            os.dup2(saved, fd)
            os.close(saved)
            tmp.seek(0)
            sink.append(tmp.read().decode("utf-8", errors="replace"))


def _flush_std_streams() -> None:
    for stream in (sys.__stderr__, sys.__stdout__, sys.stderr):
        try:
            if stream is not None:
                stream.flush()
        except (OSError, ValueError):
            pass


@contextlib.contextmanager
def quiet(stdout: bool = True, fd: bool = True) -> Iterator[Captured]:
    """Run the ``with`` block with warnings, stderr, fd 2 and logging captured, never shown.

    Args:
        stdout: also capture ``sys.stdout`` (Keras progress bars, student prints). Default True.
        fd: also redirect file descriptor 2 (C++ logs). Default True.

    Yields:
        A :class:`Captured` filled in when the block exits (also when it raises).

    Exceptions raised in the block propagate unchanged.

    Example:
        >>> with quiet() as captured:
        ...     import warnings; warnings.warn("noisy")
        >>> "noisy" in captured.text
        True
    """
    captured = Captured()
    err, out, fd_text = io.StringIO(), io.StringIO(), []
    with contextlib.ExitStack() as stack:
        # Registered first, so it runs last: after fd 2 is restored and its file read.
        stack.callback(lambda: setattr(captured, "fd2", "".join(fd_text)))
        caught = stack.enter_context(warnings.catch_warnings(record=True))
        warnings.simplefilter("always")
        stack.enter_context(_captured_logging(captured.logs))
        if fd:
            stack.enter_context(_captured_fd(2, fd_text))
        stack.enter_context(contextlib.redirect_stderr(err))
        if stdout:
            stack.enter_context(contextlib.redirect_stdout(out))
        try:
            yield captured
        finally:
            captured.warnings = [f"{w.category.__name__}: {w.message}" for w in caught]
            captured.stderr = err.getvalue()
            captured.stdout = out.getvalue()
