"""Grade corpus answers in one Jupyter kernel per chapter, through the checks and the trusted verdict.

:class:`ChapterKernel` starts one kernel in a copy of the chapter's folder with check exports on
(``KERAS_COURSE_EXPORT_DIR``), runs the instructor's notebook (solutions and hidden tests) in order
and keeps the reference of that run the way ``keras-course grade`` does
(:func:`autograder.verdict.reference.write_reference`). :meth:`ChapterKernel.grade` then puts one
answer in place of its solution cell, runs the code cells after it that are not tests and the test
cells the answer names (in notebook order, up to the last one named) and gives, per named test
cell, both the points nbgrader reads from its outputs (``nbgrader.utils.determine_grade``) and the
trusted verdict's points from its exports (:func:`autograder.verdict.judge.judge_cell` against the
reference). Before an answer to another exercise runs, the instructor's solution cell and the
plain cells that the answers ran run again and the names only the answers defined are forgotten;
answers to the same exercise follow each other without that restore, since each one runs the
same solution cell and following cells again (it forgets the previous answer's own names first).

A cell that runs past :data:`CELL_SECONDS` or kills the kernel scores 0 with that reason; the kernel
is then started again and the instructor's notebook replayed. The kernel is not sandboxed: the
corpus is the project's own code.
"""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellTimeoutError, DeadKernelError
from nbgrader.utils import determine_grade

from autograder.sandbox.execute import CELLS, INCOMING, collect_exports, grade_id, safe_folder_name
from autograder.verdict.judge import judge_cell
from autograder.verdict.reference import write_reference
from corpus_answers import SOURCE, Answer, is_solution_cell, is_test_cell, nbgrader_meta

# Wall seconds one cell may run before it counts as hung (a guard, not a grading budget: honest
# cells of the course take a few seconds).
CELL_SECONDS = 150
KERNEL_START_SECONDS = 120


class InstructorRunFailed(RuntimeError):
    """The instructor's notebook did not run cleanly in the corpus kernel."""


@dataclass
class CellResult:
    """One named test cell of one answer: expected, nbgrader's and the verdict's points, and why."""

    grade_id: str
    expected: str
    max_points: float
    notebook_points: float | None
    verdict_points: float | None
    message: str = ""
    ok: bool = False


@dataclass
class AnswerResult:
    """All named test cells of one answer, and the seconds it took."""

    answer_id: str
    cells: list[CellResult] = field(default_factory=list)
    seconds: float = 0.0
    problem: str = ""

    @property
    def ok(self) -> bool:
        """True when every named cell gave what the answer expects, by both measures."""
        return not self.problem and all(c.ok for c in self.cells)

    def summary(self) -> str:
        """One line per cell that missed its expectation (empty when all met)."""
        if self.problem:
            return f"{self.answer_id}: {self.problem}"
        return "\n".join(
            f"{self.answer_id}: {c.grade_id} expected {c.expected}, notebook {fmt(c.notebook_points)}, "
            f"verdict {fmt(c.verdict_points)} /{c.max_points:g}" + (f" -- {c.message}" if c.message else "")
            for c in self.cells if not c.ok)


def fmt(points: float | None) -> str:
    """Points for a message (``-`` when unknown)."""
    return "-" if points is None else f"{points:g}"


def output_message(cell) -> str:
    """The error and stderr text of an executed cell, shortened (what a student would read)."""
    parts = []
    for output in cell.get("outputs", []):
        if output.get("output_type") == "error":
            parts.append(f"{output.get('ename')}: {output.get('evalue')}")
        elif output.get("output_type") == "stream" and output.get("name") == "stderr":
            parts.append("stderr: " + str(output.get("text", "")).strip()[-300:])
    return " | ".join(parts)[:1500]


def defined_names(source: str) -> list[str]:
    """The names a cell binds at its top level (functions, classes, assignments; not imports)."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return []
    names = []
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.append(node.name)
        elif isinstance(node, (ast.Assign, ast.AnnAssign, ast.AugAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names += [n.id for t in targets for n in ast.walk(t) if isinstance(n, ast.Name)]
    return sorted(set(names))


def notebook_points(cell) -> tuple[float | None, str]:
    """The points nbgrader gives an executed test cell from its outputs, or None and why not."""
    try:
        return float(determine_grade(cell)[0]), ""
    except ValueError as error:  # a value over the cell's points: nbgrader refuses the notebook
        return None, f"nbgrader cannot read the cell's value: {error}"


@dataclass
class _Dirty:
    """What answers to one exercise changed in the kernel since the instructor's state."""

    start: int  # the solution cell's index
    plain: set[int] = field(default_factory=set)  # the plain cells run with an answer in place
    names: set[str] = field(default_factory=set)  # names answers defined that the instructor's cell does not


class ChapterKernel:
    """One chapter's kernel, with the instructor's notebook run and its reference kept.

    Args:
        chapter: the chapter id (``source/<chapter>/<chapter>.ipynb``).
        workdir: an empty private folder (the kernel's working folder and the exports live there).
    """

    def __init__(self, chapter: str, workdir: Path):
        self.chapter = chapter
        self.workdir = Path(workdir)
        self.notebook = nbformat.read(SOURCE / chapter / f"{chapter}.ipynb", as_version=4)
        self.kernel_dir = self.workdir / "kernel"
        self.exports = self.workdir / "exports"
        self.reference_dir = self.workdir / "reference"
        self.client: NotebookClient | None = None
        self.reference = None
        self.count = 0
        self.restarts = 0
        self.instructor_seconds = 0.0
        self.dirty: _Dirty | None = None

    # ----- kernel life -------------------------------------------------------------------------

    def start(self) -> None:
        """Start the kernel, run the instructor's notebook and keep its reference."""
        shutil.copytree(SOURCE / self.chapter, self.kernel_dir,
                        ignore=shutil.ignore_patterns("*.ipynb", ".ipynb_checkpoints", "__pycache__"))
        (self.exports / INCOMING).mkdir(parents=True)
        started = time.monotonic()
        self._start_kernel()
        executed = self._replay(self.reference_dir / "exports")
        self.instructor_seconds = time.monotonic() - started
        self.reference = write_reference(executed, f"{self.chapter}.ipynb", self.reference_dir)

    def _start_kernel(self) -> None:
        env = dict(os.environ)
        env.update({"KERAS_COURSE_EXPORT_DIR": str(self.exports / INCOMING), "MPLBACKEND": "Agg",
                    "TF_CPP_MIN_LOG_LEVEL": "3"})  # as the grading sandbox sets them
        self.client = NotebookClient(
            nbformat.from_dict(self.notebook), timeout=CELL_SECONDS, allow_errors=True,
            interrupt_on_timeout=False, kernel_name="python3", startup_timeout=KERNEL_START_SECONDS,
            resources={"metadata": {"path": str(self.kernel_dir)}})
        self.client.km = self.client.create_kernel_manager()
        # the kernel process's own console chatter is not cell output (that comes over ZMQ)
        self.client.start_new_kernel(env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.client.start_new_kernel_client()

    def _replay(self, export_root: Path | None) -> nbformat.NotebookNode:
        """Run every code cell of the instructor's notebook; file the exports under ``export_root``."""
        executed = nbformat.from_dict(self.notebook)
        for index, cell in enumerate(executed.cells):
            if cell.cell_type != "code":
                continue
            self._run(cell, index, export_root)
            errors = [o for o in cell.outputs if o.get("output_type") == "error"]
            if errors:
                raise InstructorRunFailed(f"{self.chapter}: the instructor's cell {index} "
                                          f"({grade_id(cell) or 'plain'}) failed: {output_message(cell)}")
        return executed

    def close(self) -> None:
        """Shut the kernel down (idempotent)."""
        if self.client is not None and self.client.km is not None:
            self.client._cleanup_kernel()
        self.client = None

    def restart(self) -> None:
        """Kill the kernel, start a new one and replay the instructor's notebook (no exports kept)."""
        if self.client is not None and self.client.km is not None:
            try:
                self.client.km.shutdown_kernel(now=True)
            except Exception:  # already dead
                pass
            self.close()
        self.restarts += 1
        self._start_kernel()
        self._replay(None)

    def _run(self, cell, index: int, export_root: Path | None) -> None:
        """Execute one cell (outputs written into it) and file its exports under its grade id."""
        cell.outputs = []
        cell.execution_count = None
        self.count += 1
        try:
            self.client.execute_cell(cell, index, execution_count=self.count)
        finally:
            if export_root is not None:
                self._file_exports(export_root, grade_id(cell))
            else:
                collect_exports(self.exports, None)

    def _file_exports(self, export_root: Path, cell_id: str | None) -> None:
        """Move the exports waiting in the kernel's export folder to ``export_root/cells/<cell_id>``."""
        collect_exports(self.exports, cell_id)
        if cell_id is None:
            return
        made = self.exports / CELLS / safe_folder_name(cell_id)
        target = Path(export_root) / CELLS / safe_folder_name(cell_id)
        if made.is_dir() and made != target:
            target.parent.mkdir(parents=True, exist_ok=True)
            if target.exists():
                shutil.rmtree(target)
            shutil.move(str(made), str(target))

    # ----- grading one answer ------------------------------------------------------------------

    def plan(self, answer: Answer) -> tuple[int, list[int]]:
        """The solution cell's index and the indices of the cells to run after it, in order."""
        order = [nbgrader_meta(c).get("grade_id") for c in self.notebook.cells]
        start = order.index(answer.exercise)
        named = {e.grade_id for e in answer.expects}
        last = max(order.index(g) for g in named)
        after = []
        for index in range(start + 1, last + 1):
            cell = self.notebook.cells[index]
            if cell.cell_type != "code" or is_solution_cell(cell):
                continue
            if is_test_cell(cell) and nbgrader_meta(cell)["grade_id"] not in named:
                continue
            after.append(index)
        return start, after

    def grade(self, answer: Answer) -> AnswerResult:
        """Run ``answer`` in place of its solution cell and judge the test cells it names."""
        started = time.monotonic()
        result = AnswerResult(answer.id)
        start, after = self.plan(answer)
        if self.dirty is not None and self.dirty.start != start:
            self._restore()
        root = self.workdir / "answers" / safe_folder_name(answer.id.replace("/", "__"))
        if root.exists():
            shutil.rmtree(root)
        answer_cell = nbformat.from_dict(self.notebook.cells[start])
        answer_cell.source = answer.source
        # a student's kernel never ran the instructor's answer (nor an earlier answer): forget their names
        earlier = {n for c in self.notebook.cells[:start] if c.cell_type == "code" for n in defined_names(c.source)}
        names = {n for n in defined_names(self.notebook.cells[start].source) if n not in earlier}
        own = {n for n in defined_names(answer.source) if n not in earlier} - names
        dirty = self.dirty or _Dirty(start)
        forget = self._forget_cell(names | dirty.names)
        executed = {}
        stopped = ""
        try:
            self._run(forget, start, None)
            self._run(answer_cell, start, None)
            for index in after:
                cell = nbformat.from_dict(self.notebook.cells[index])
                self._run(cell, index, root if is_test_cell(cell) else None)
                executed[index] = cell
        except (CellTimeoutError, DeadKernelError) as error:
            stopped = (f"a cell ran past {CELL_SECONDS} s" if isinstance(error, CellTimeoutError)
                       else "the kernel died") + f" ({type(error).__name__})"
        if stopped:
            self.restart()
            self.dirty = None
        else:
            dirty.plain |= {index for index in after if not is_test_cell(self.notebook.cells[index])}
            dirty.names |= own
            self.dirty = dirty
        points = {nbgrader_meta(c)["grade_id"]: (i, c) for i, c in executed.items() if is_test_cell(c)}
        for expect in answer.expects:
            result.cells.append(self._judge(expect, points.get(expect.grade_id), root, stopped))
        result.seconds = round(time.monotonic() - started, 2)
        return result

    def _judge(self, expect, ran, root: Path, stopped: str) -> CellResult:
        reference = self.reference.cell(expect.grade_id)
        max_points = reference.max_points
        if ran is None:
            return CellResult(expect.grade_id, str(expect), max_points, 0.0, 0.0,
                              f"not run: {stopped or 'an earlier cell stopped the run'}",
                              expect.met_by(0.0))
        _, cell = ran
        nb_points, nb_problem = notebook_points(cell)
        verdict = judge_cell(root / CELLS / safe_folder_name(expect.grade_id), reference)
        verdict_points = nb_points if verdict.points is None else verdict.points
        reason = verdict.reason if verdict.points is not None else ""
        shown = output_message(cell)
        if shown and reason and shown.partition(": ")[2].strip() in reason:
            shown = ""  # the check's message, already in the verdict's reason
        message = "; ".join(m for m in (reason, nb_problem, shown) if m)
        ok = expect.met_by(nb_points) and expect.met_by(verdict_points)
        return CellResult(expect.grade_id, str(expect), max_points, nb_points, verdict_points, message, ok)

    @staticmethod
    def _forget_cell(names: set[str]):
        """A code cell that removes ``names`` from the kernel's globals."""
        return nbformat.v4.new_code_cell(
            f"for _name in {sorted(names)!r}:\n"
            "    globals().pop(_name, None)\nglobals().pop('_name', None);")

    def _restore(self) -> None:
        """Bring the kernel back to the instructor's state after answers to one exercise.

        Forgets the names only the answers defined, runs the instructor's solution cell and then the
        plain code cells the answers ran, in notebook order.
        """
        dirty, self.dirty = self.dirty, None
        if dirty is None:
            return
        self._run(self._forget_cell(dirty.names), dirty.start, None)
        self._run(nbformat.from_dict(self.notebook.cells[dirty.start]), dirty.start, None)
        for index in sorted(dirty.plain):
            self._run(nbformat.from_dict(self.notebook.cells[index]), index, None)
