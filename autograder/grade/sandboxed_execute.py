"""nbgrader's ``Execute`` preprocessor with the kernel in a sandbox and guards that act while cells run.

:class:`SandboxedExecute` is what ``keras-course grade`` puts in place of ``Execute`` in nbgrader's
``Autograde.autograde_preprocessors``. It is nbgrader's own class (same per-cell timeout, same
error recording, so points equal plain ``nbgrader autograde`` for honest work) with:

* the kernel started by :class:`~autograder.sandbox.kernel.SandboxedKernelManager` (configure it
  through ``c.SandboxedKernelManager``: limits, writable export folder, mode);
* :class:`~autograder.sandbox.execute.GuardedExecution`: output capped while a cell runs, a wall
  time for the whole notebook, each grade cell's check exports filed under its grade id;
* a kernel that dies (memory limit, ``os._exit``, a signal) or a notebook that runs out of time
  no longer fails the whole submission: the cells already run keep their outputs, every cell not
  run gets an error output saying why (so nbgrader scores its test 0), and the reason is kept
  for the grader's record.

After each notebook, its exports (``<export_root>/cells/<grade_id>/``) move to
``<export_root>/notebooks/<notebook name>/cells/`` beside a ``report.json`` (what stopped the run,
whether the memory limit killed it, output cut per cell, the sandbox's protections), so a chapter
with several notebooks keeps each notebook's exports apart.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import nbformat
from nbclient.exceptions import CellTimeoutError, DeadKernelError
from nbgrader.preprocessors import Execute
from nbgrader.preprocessors.execute import UnresponsiveKernelError

from autograder.sandbox.execute import GuardedExecution, NotebookTimeLimit
from autograder.sandbox.kernel import SandboxedKernelManager

NOT_RUN = "CellNotRun"
NOTEBOOKS = "notebooks"
REPORT = "report.json"


def notebook_exports(export_root: str | Path, notebook: str) -> Path:
    """The folder holding one notebook's ``cells/`` exports and ``report.json``."""
    return Path(export_root) / NOTEBOOKS / notebook


class KernelStartFailed(RuntimeError):
    """The sandboxed kernel did not start, so no cell ran: a grader error, never the student's."""


class SandboxedExecute(GuardedExecution, Execute):
    """nbgrader's Execute with a sandboxed kernel, running guards and a partial-run report."""

    def __init__(self, *args, **kwargs):
        kwargs["kernel_manager_class"] = SandboxedKernelManager
        super().__init__(*args, **kwargs)

    def create_kernel_manager(self):
        """Create the sandboxed kernel manager and keep it for the report (nbclient forgets it)."""
        km = super().create_kernel_manager()
        self._guard_state()["manager"] = km
        return km

    def _manager(self):
        """The kernel manager of this run (nbclient drops ``self.km`` once the kernel is cleaned up)."""
        return getattr(self, "km", None) or self._guard_state().get("manager")

    def _oom_killed(self) -> bool:
        manager = self._manager()
        return bool(manager is not None and hasattr(manager, "oom_killed") and manager.oom_killed())

    def _stopped(self) -> str:
        return self._guard_state().get("stopped", "")

    def _why(self, error: BaseException) -> str:
        if self._oom_killed():
            return "the memory limit killed the kernel"
        if self.notebook_time_expired() or isinstance(error, NotebookTimeLimit):
            return f"the notebook passed its {self.notebook_seconds:g} s time limit"
        if isinstance(error, (UnresponsiveKernelError, CellTimeoutError)):
            return "a cell ran past its time limit and did not stop when interrupted"
        return "the kernel died (it exited, was killed or crashed)"

    def preprocess_cell(self, cell, resources, index):
        """Run the cell; once the kernel is gone, mark it (and every later code cell) as not run."""
        if cell.cell_type != "code":
            return super().preprocess_cell(cell, resources, index)
        self._guard_state()["ran_a_cell"] = True
        if self._stopped():
            cell.outputs = [_not_run(self._stopped())]
            return cell, self.resources
        try:
            return super().preprocess_cell(cell, resources, index)
        except (DeadKernelError, NotebookTimeLimit, UnresponsiveKernelError, CellTimeoutError) as error:
            reason = self._why(error)
            manager = self._manager()
            if manager is not None and hasattr(manager, "kill_sandbox"):
                manager.kill_sandbox()  # a kernel that would not stop must not run anything else
            self._guard_state()["stopped"] = reason
            self._guard_state()["stopped_at"] = index
            cell.outputs.append(_not_run(reason, started=True))
            return cell, self.resources

    def preprocess(self, nb, resources=None, km=None):
        """Execute the notebook, then write the report (what stopped it, protections, output cut).

        Raises:
            KernelStartFailed: the kernel failed before any cell ran (the sandbox did not start, or
                the kernel could not import the course packages it is pinned to).
        """
        try:
            return super().preprocess(nb, resources, km)
        except Exception as error:
            if self._guard_state().get("ran_a_cell"):
                raise
            text = " ".join(str(error).split())[:300]
            raise KernelStartFailed(f"the sandboxed kernel did not start ({type(error).__name__}"
                                    + (f": {text})" if text else ")")) from error
        finally:
            self.stop_watchdog()
            manager = self._manager()
            oom = self._oom_killed()
            protections = list(getattr(manager, "last_protections", []) or [])
            if manager is not None and hasattr(manager, "close_sandbox"):
                manager.close_sandbox()
            if self.export_root:
                self._file_report(resources or {}, oom, protections)

    def _file_report(self, resources: dict, oom: bool, protections: list) -> None:
        from autograder.sandbox.execute import CELLS
        from autograder.sandbox.protections import as_records

        folder = notebook_exports(self.export_root, str(resources.get("unique_key") or "notebook"))
        folder.mkdir(parents=True, exist_ok=True)
        cells = Path(self.export_root) / CELLS
        if cells.is_dir():
            os.replace(cells, folder / CELLS)
        (folder / REPORT).write_text(json.dumps({
            "stopped": self._stopped(), "stopped_at": self._guard_state().get("stopped_at"),
            "oom_killed": oom, "cut_bytes": self.cut_bytes(), "protections": as_records(protections)}))


def _not_run(reason: str, started: bool = False) -> nbformat.NotebookNode:
    """The error output of a cell the grader could not (finish) running."""
    what = "this cell did not finish" if started else "this cell was not run"
    return nbformat.v4.new_output("error", ename=NOT_RUN, evalue=f"{what}: {reason}",
                                  traceback=[f"{NOT_RUN}: {what}: {reason}"])
