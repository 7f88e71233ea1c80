"""The resource limits of one sandboxed submission, with the course's defaults."""

from __future__ import annotations

from dataclasses import asdict, dataclass

MIB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """What one submission may use.

    Args:
        cell_seconds: wall time of one cell (nbgrader's ``Execute.timeout``); past it the cell is
            interrupted and gets a ``CellTimeoutError``.
        notebook_seconds: wall time of the whole notebook; past it the process tree is killed.
        memory_bytes: memory of the whole process tree (cgroup ``memory.max``), page cache and
            tmpfs included. Works with TensorFlow, unlike an address-space limit.
        max_processes: processes *and threads* of the tree (cgroup ``pids.max``); TensorFlow
            alone starts a few dozen threads.
        output_bytes: bytes of output one cell may produce; the rest is dropped while the cell
            runs and replaced by one note.
        file_bytes: the largest file the tree may write (``RLIMIT_FSIZE``); a bigger write fails
            with ``OSError: [Errno 27] File too large``.
        workdir_bytes: the size of the work folder when the policy makes it private
            (``Policy.private_workdir``): all the tree writes there together; past it a write fails
            with ``OSError: [Errno 28] No space left on device``.
    """

    cell_seconds: float = 180.0
    notebook_seconds: float = 900.0
    memory_bytes: int = 4096 * MIB
    max_processes: int = 512
    output_bytes: int = 1 * MIB
    file_bytes: int = 64 * MIB
    workdir_bytes: int = 512 * MIB

    def as_dict(self) -> dict:
        """The limits as a plain dict (for logs and the gradebook's record)."""
        return asdict(self)
