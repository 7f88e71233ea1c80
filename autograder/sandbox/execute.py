"""Notebook execution with the guards that must act *while* a cell runs.

:class:`GuardedExecution` is a mixin for nbclient's ``NotebookClient`` (and so for nbconvert's
``ExecutePreprocessor`` and nbgrader's ``Execute``):

* **output cap**: a cell's outputs stop growing at ``output_bytes``; further stream, display and
  result messages are dropped as they arrive and one note says how much was cut. An error output
  is always kept (shortened), so a failing test cell still fails.
* **notebook time**: no cell may run past ``notebook_seconds`` from the first cell; each cell's
  timeout is shortened to what is left, and once nothing is left the kernel is killed and
  :class:`NotebookTimeLimit` is raised.
* **exports per cell**: after each cell, the files the checks wrote to the sandbox's export folder
  (``KERAS_COURSE_EXPORT_DIR``) are moved to ``<export_root>/cells/<grade_id>/`` for grade cells,
  out of the sandbox's reach; exports made by other cells are discarded.

:func:`execute_notebook` runs a notebook this way in a sandboxed kernel
(:class:`~autograder.sandbox.kernel.SandboxedKernelManager`); nbgrader's Autograde uses
:class:`SandboxedExecute`.
"""

from __future__ import annotations

import os
import re
import shutil
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import nbformat
from jupyter_core.utils import run_sync
from nbclient import NotebookClient
from nbformat import NotebookNode
from traitlets import Float, Integer, Unicode
from traitlets.config import LoggingConfigurable

from autograder.sandbox.kernel import SandboxedKernelManager
from autograder.sandbox.limits import Limits

CAPPED = {"stream", "display_data", "execute_result", "update_display_data"}
EXPORT_NAME = re.compile(r"^\d{4}-[A-Za-z0-9_]{1,64}\.(json|npz)$")
INCOMING = "incoming"
CELLS = "cells"


class NotebookTimeLimit(RuntimeError):
    """The notebook ran out of its total wall time; the kernel was killed."""


def payload_size(content: dict) -> int:
    """Approximate bytes of a message's output payload (text and data values)."""
    size = len(content.get("text", "") or "")
    for value in (content.get("data") or {}).values():
        size += len(value) if isinstance(value, str) else len(str(value))
    return size


def shorten_error(content: dict, budget: int) -> None:
    """Cut an error's value and traceback (in place) to about ``budget`` characters."""
    budget = max(budget, 2000)
    content["evalue"] = str(content.get("evalue", ""))[:budget // 4]
    lines = [str(line) for line in content.get("traceback", [])]
    if sum(len(line) for line in lines) > budget:
        lines = [line[:budget // 8] for line in lines[:3]] + ["[...traceback cut...]"] + \
                [line[:budget // 8] for line in lines[-2:]]
    content["traceback"] = lines


def grade_id(cell: NotebookNode) -> str | None:
    """The cell's nbgrader grade id when it is a graded cell, else None."""
    meta = cell.get("metadata", {}).get("nbgrader", {})
    if meta.get("grade") and isinstance(meta.get("grade_id"), str):
        return meta["grade_id"]
    return None


def safe_folder_name(name: str) -> str:
    """A grade id usable as one folder name (no separators, no dots only)."""
    cleaned = re.sub(r"[^A-Za-z0-9_.-]", "_", name)[:100]
    return cleaned if cleaned.strip(".") else "_"


def collect_exports(export_root: Path, cell_folder: str | None) -> int:
    """Move the exports waiting in ``export_root/incoming`` to ``export_root/cells/<cell_folder>``.

    Only regular files named like ``0000-check_name.json``/``.npz`` move (never a link); everything
    else in the folder is deleted, as are all exports when ``cell_folder`` is None. Returns how many
    files moved.
    """
    incoming = export_root / INCOMING
    moved = 0
    if not incoming.is_dir():
        return 0
    target = export_root / CELLS / safe_folder_name(cell_folder) if cell_folder else None
    for entry in os.scandir(incoming):
        path = Path(entry.path)
        regular = entry.is_file(follow_symlinks=False)
        if target is not None and regular and EXPORT_NAME.match(entry.name):
            target.mkdir(parents=True, exist_ok=True)
            destination = target / entry.name
            while destination.exists():
                stem, suffix = destination.stem, destination.suffix
                destination = target / f"{stem}~{suffix}"
            os.replace(path, destination)
            moved += 1
        elif entry.is_dir(follow_symlinks=False):
            shutil.rmtree(path, ignore_errors=True)
        else:
            try:
                path.unlink()
            except OSError:
                pass
    return moved


class GuardedExecution(LoggingConfigurable):
    """Mixin for ``NotebookClient`` subclasses: output cap, notebook time, exports per cell."""

    output_bytes = Integer(Limits.output_bytes, help="Output bytes one cell may produce.").tag(config=True)
    notebook_seconds = Float(Limits.notebook_seconds, help="Wall time of the whole notebook.").tag(config=True)
    export_root = Unicode("", help="Folder of the per-cell exports (empty: none).").tag(config=True)

    def _guard_state(self) -> dict:
        state = self.__dict__.get("_guard")
        if state is None:
            state = {"used": {}, "noted": set(), "deadline": None, "cut": {}}
            self.__dict__["_guard"] = state
        return state

    def process_message(self, msg, cell, cell_index):
        """Drop output past the cap while the cell runs; keep (shortened) errors."""
        state = self._guard_state()
        msg_type = msg.get("msg_type")
        content = msg.get("content", {})
        used = state["used"].get(cell_index, 0)
        if msg_type in CAPPED:
            size = payload_size(content)
            room = self.output_bytes - used
            if msg_type == "stream" and used + size > self.output_bytes and room > 0:
                kept = str(content.get("text", ""))[:room]
                state["cut"][cell_index] = state["cut"].get(cell_index, 0) + size - len(kept)
                content["text"] = kept
                state["used"][cell_index] = self.output_bytes
                super().process_message(msg, cell, cell_index)
                self._note_cut(cell, cell_index)
                return None
            if used + size > self.output_bytes:
                state["used"][cell_index] = used + size
                state["cut"][cell_index] = state["cut"].get(cell_index, 0) + size
                self._note_cut(cell, cell_index)
                return None
            state["used"][cell_index] = used + size
        elif msg_type == "error":
            shorten_error(content, self.output_bytes - used)
        return super().process_message(msg, cell, cell_index)

    def _note_cut(self, cell, cell_index) -> None:
        state = self._guard_state()
        if cell_index not in state["noted"]:
            state["noted"].add(cell_index)
            cell.setdefault("outputs", []).append(nbformat.v4.new_output(
                "stream", name="stdout",
                text=f"\n[output cut: this cell passed its {self.output_bytes}-byte output limit]\n"))

    def _get_timeout(self, cell):
        timeout = super()._get_timeout(cell)
        state = self._guard_state()
        if state["deadline"] is None:
            state["deadline"] = time.monotonic() + float(self.notebook_seconds)
            watchdog = threading.Timer(float(self.notebook_seconds), self._kill_for_time)
            watchdog.daemon = True
            watchdog.start()
            state["watchdog"] = watchdog
        left = state["deadline"] - time.monotonic()
        if left <= 0:
            self._kill_for_time()
            raise NotebookTimeLimit(f"the notebook passed its {self.notebook_seconds:g} s time limit")
        return max(1, int(min(timeout, left))) if timeout is not None else max(1, int(left))

    def _kill_for_time(self) -> None:
        """Kill the kernel's whole tree: through its cgroup, and its process (bwrap dies with it)."""
        self._guard_state()["expired"] = True
        km = getattr(self, "km", None)
        if km is None:
            return
        if hasattr(km, "kill_sandbox"):
            km.kill_sandbox()
        process = getattr(getattr(km, "provisioner", None), "process", None)
        if process is not None:
            try:
                process.kill()
            except OSError:
                pass

    def stop_watchdog(self) -> None:
        """Cancel the notebook-time watchdog (the run is over)."""
        watchdog = self._guard_state().get("watchdog")
        if watchdog is not None:
            watchdog.cancel()

    def notebook_time_expired(self) -> bool:
        """True when the notebook time limit killed the kernel."""
        return bool(self._guard_state().get("expired"))

    async def _async_cleanup_kernel(self) -> None:
        self.stop_watchdog()
        await super()._async_cleanup_kernel()

    async def async_execute_cell(self, cell, cell_index, execution_count=None, store_history=True):
        """Execute the cell, then file the exports it made under its grade id."""
        try:
            return await super().async_execute_cell(cell, cell_index, execution_count, store_history)
        finally:
            if self.export_root:
                collect_exports(Path(self.export_root), grade_id(cell))

    execute_cell = run_sync(async_execute_cell)
    _cleanup_kernel = run_sync(_async_cleanup_kernel)

    def cut_bytes(self) -> dict[int, int]:
        """Bytes of output dropped, by cell index."""
        return dict(self._guard_state()["cut"])


class GuardedClient(GuardedExecution, NotebookClient):
    """An nbclient ``NotebookClient`` with the guards (used for direct notebook runs)."""


def execute_notebook_path_config(export_root: Path | None) -> dict:
    """Kernel-manager settings that expose ``export_root/incoming`` as the kernel's export folder."""
    if export_root is None:
        return {"writable": [], "sandbox_env": {}}
    incoming = Path(export_root) / INCOMING
    incoming.mkdir(parents=True, exist_ok=True)
    return {"writable": [str(incoming)], "sandbox_env": {"KERAS_COURSE_EXPORT_DIR": str(incoming)}}


@dataclass
class ExecutionOutcome:
    """What happened to a notebook run by :func:`execute_notebook`."""

    notebook: NotebookNode
    error: str = ""
    oom_killed: bool = False
    seconds: float = 0.0
    protections: list = field(default_factory=list)
    cut_bytes: dict = field(default_factory=dict)


def execute_notebook(notebook: NotebookNode, workdir: Path, limits: Limits | None = None, *,
                     export_root: Path | None = None, mode: str | None = None,
                     readonly: list[Path] | None = None) -> ExecutionOutcome:
    """Execute ``notebook`` in a sandboxed kernel whose working folder is ``workdir``.

    Args:
        notebook: the notebook (modified in place: outputs are written into it).
        workdir: the submission's writable folder (the kernel's cwd).
        limits: what the run may use.
        export_root: where the per-cell exports go (``None``: no exports).
        mode: ``auto``/``off``/``require`` (default from ``KERAS_COURSE_SANDBOX``).
        readonly: extra paths the kernel may read (release files).

    Returns:
        An :class:`ExecutionOutcome`; ``error`` names what stopped the run early (dead kernel,
        time limit), empty when every cell ran.
    """
    limits = limits or Limits()
    started = time.monotonic()
    settings = execute_notebook_path_config(export_root)
    client = GuardedClient(
        notebook, timeout=int(limits.cell_seconds), allow_errors=True, interrupt_on_timeout=True,
        kernel_name="python3", resources={"metadata": {"path": str(workdir)}},
        kernel_manager_class=SandboxedKernelManager, output_bytes=limits.output_bytes,
        notebook_seconds=limits.notebook_seconds, export_root=str(export_root or ""),
        startup_timeout=120)
    km = client.create_kernel_manager()
    km.writable = settings["writable"]
    km.sandbox_env = settings["sandbox_env"]
    km.readonly = [str(p) for p in readonly or []]
    km.limits = {k: v for k, v in limits.as_dict().items()}
    if mode:
        km.mode = mode
    outcome = ExecutionOutcome(notebook)
    try:
        with client.setup_kernel():
            for index, cell in enumerate(notebook.cells):
                client.execute_cell(cell, index, execution_count=client.code_cells_executed + 1)
    except Exception as error:  # dead kernel, time limit, unresponsive kernel
        if km.oom_killed():
            outcome.error = "the memory limit killed the kernel"
        elif client.notebook_time_expired():
            outcome.error = f"the notebook passed its {limits.notebook_seconds:g} s time limit"
        else:
            outcome.error = f"{type(error).__name__}: {' '.join(str(error).split())[:300]}"
    finally:
        client.stop_watchdog()
        km.oom_killed()
        km.close_sandbox()  # the kernel is gone: kill what is left, remove the cgroup
    outcome.oom_killed = km.last_oom_killed
    outcome.protections = list(km.last_protections)
    outcome.cut_bytes = client.cut_bytes()
    outcome.seconds = round(time.monotonic() - started, 3)
    return outcome
