"""Grade adversarial scenario notebooks against the fixture chapter, sandboxed, with the trusted verdict.

The fixture chapter (``chapter/``) has two exercises, ``square`` (test cell ``test_square``, 2
points) and ``mean`` (``test_mean``, 1 point), checked by ``answer_check`` (no TensorFlow, so a
scenario grades in seconds). A scenario is a submitted notebook; grading it here does what the
class grader does for one submission:

1. read the notebook with a size cap (unreadable or oversized: every test scores 0, with why);
2. restore the hidden test cells from ``source/`` by grade id, as nbgrader's autograde does (the
   submission's test cells, points and metadata are never trusted);
3. execute it in a sandboxed kernel (:func:`autograder.sandbox.execute.execute_notebook`), its
   work folder ``autograded/<student>/ch_adv`` inside a fake course root that also holds
   ``source/``, a gradebook and another student's submission;
4. re-judge the exports in this (trusted) process against the reference run
   (:func:`autograder.verdict.judge_submission`).
"""

from __future__ import annotations

import copy
import hashlib
import importlib.util
import json
import os
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

from autograder.sandbox.execute import ExecutionOutcome, execute_notebook
from autograder.sandbox.limits import MIB, Limits
from autograder.verdict import CellVerdict, Reference, build_reference, judge_submission

HERE = Path(__file__).parent
CHAPTER = HERE / "chapter"
SCENARIOS = HERE / "scenarios"
CHAPTER_ID = "ch_adv"
SECRET = "HIDDEN-SEED-80411-do-not-leak"
MAX_NOTEBOOK_BYTES = 20 * MIB
LIMITS = Limits(cell_seconds=15, notebook_seconds=45, memory_bytes=384 * MIB, max_processes=96,
                output_bytes=64 * 1024, file_bytes=8 * MIB)
FULL = {"test_square": 2.0, "test_mean": 1.0}


def load_answer_check():
    """Import the fixture check in this process (registers its judge for the trusted verdict)."""
    if "answer_check" in sys.modules:
        return sys.modules["answer_check"]
    spec = importlib.util.spec_from_file_location("answer_check", CHAPTER / "answer_check.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["answer_check"] = module
    spec.loader.exec_module(module)
    return module


def make_course(root: Path) -> Path:
    """A course root with the chapter's source, a gradebook, another student and instructor notes."""
    source = root / "source" / CHAPTER_ID
    source.mkdir(parents=True)
    shutil.copy(CHAPTER / f"{CHAPTER_ID}.ipynb", source)
    shutil.copy(CHAPTER / "answer_check.py", source)
    (root / "gradebook.db").write_text(f"SQLite format 3\0 hidden tests: {SECRET}")
    (root / "instructor_notes.txt").write_text(SECRET)
    bob = root / "submitted" / "bob" / CHAPTER_ID
    bob.mkdir(parents=True)
    shutil.copy(SCENARIOS / "correct.ipynb", bob / f"{CHAPTER_ID}.ipynb")
    return root


def reference_for(course: Path, folder: Path) -> Reference:
    """Build the chapter's reference from the course's source notebook (the trusted run)."""
    load_answer_check()
    return build_reference(course / "source" / CHAPTER_ID / f"{CHAPTER_ID}.ipynb", folder, LIMITS)


def read_submission(path: Path) -> tuple[nbformat.NotebookNode | None, str]:
    """The submitted notebook, or None and why it cannot be graded (size, JSON, format)."""
    size = path.stat().st_size
    if size > MAX_NOTEBOOK_BYTES:
        return None, f"notebook of {size // MIB} MiB is over the {MAX_NOTEBOOK_BYTES // MIB} MiB limit"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        return None, f"unreadable notebook: not valid JSON ({error.msg})"
    if data.get("nbformat") != 4:
        return None, f"unsupported notebook format {data.get('nbformat')!r} (expected 4)"
    try:
        notebook = nbformat.reads(json.dumps(data), as_version=4)
        nbformat.validate(notebook)
    except Exception as error:  # nbformat's ValidationError and friends
        return None, f"invalid notebook: {type(error).__name__}"
    return notebook, ""


def restore_tests(submission: nbformat.NotebookNode, source: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """The notebook to execute: the submission's solution and extra cells, every locked or test
    cell taken from ``source`` by grade id (type, source, metadata and points included)."""
    by_id = {c.metadata.get("nbgrader", {}).get("grade_id"): c for c in source.cells
             if c.metadata.get("nbgrader", {}).get("grade_id")}
    cells = []
    for cell in submission.cells:
        grade_id = cell.get("metadata", {}).get("nbgrader", {}).get("grade_id")
        original = by_id.get(grade_id)
        if original is not None and not original.metadata["nbgrader"].get("solution"):
            cells.append(copy.deepcopy(original))
        elif original is not None:
            restored = copy.deepcopy(original)
            restored.source = cell.get("source", "")
            cells.append(restored)
        elif cell.get("cell_type") == "code":
            cells.append(nbformat.v4.new_code_cell(cell.get("source", "")))
    for cell in cells:
        if cell.cell_type == "code":
            cell.outputs, cell.execution_count = [], None
    return nbformat.v4.new_notebook(cells=cells, metadata=copy.deepcopy(source.metadata))


@dataclass
class Graded:
    """One graded scenario: trusted points and reasons per test cell, and what happened."""

    points: dict[str, float]
    reasons: dict[str, str]
    verdicts: list[CellVerdict] = field(default_factory=list)
    outcome: ExecutionOutcome | None = None
    notebook: nbformat.NotebookNode | None = None
    workdir: Path | None = None
    unreadable: str = ""

    def total(self) -> float:
        """Points of the whole submission."""
        return sum(self.points.values())

    def output_text(self) -> str:
        """Every text output of the executed notebook, joined."""
        if self.notebook is None:
            return ""
        texts = []
        for cell in self.notebook.cells:
            for output in cell.get("outputs", []):
                texts.append(output.get("text", ""))
                texts.append(json.dumps(output.get("data", {})))
                texts.append(" ".join(output.get("traceback", [])))
        return "\n".join(texts)


def grade(course: Path, notebook_path: Path, student: str, reference: Reference,
          limits: Limits = LIMITS) -> Graded:
    """Grade one submitted notebook of ``student`` as described in the module docstring."""
    notebook, why = read_submission(notebook_path)
    if notebook is None:
        return Graded({c.grade_id: 0.0 for c in reference.cells},
                      {c.grade_id: why for c in reference.cells}, unreadable=why)
    source = nbformat.read(course / "source" / CHAPTER_ID / f"{CHAPTER_ID}.ipynb", as_version=4)
    executed = restore_tests(notebook, source)
    workdir = course / "autograded" / student / CHAPTER_ID
    workdir.mkdir(parents=True, exist_ok=True)
    shutil.copy(course / "source" / CHAPTER_ID / "answer_check.py", workdir)
    export_root = course / "exports" / student
    outcome = execute_notebook(executed, workdir, limits, export_root=export_root)
    verdicts = judge_submission(export_root, reference)
    return Graded({v.grade_id: v.points for v in verdicts}, {v.grade_id: v.reason for v in verdicts},
                  verdicts, outcome, executed, workdir)


def nbgrader_points(notebook: nbformat.NotebookNode) -> dict[str, float]:
    """What stock nbgrader would give each test cell from the executed notebook's outputs."""
    from nbgrader.utils import determine_grade

    points = {}
    for cell in notebook.cells:
        meta = cell.metadata.get("nbgrader", {})
        if meta.get("grade") and not meta.get("solution"):
            try:
                points[meta["grade_id"]] = determine_grade(cell)[0]
            except ValueError:  # nbgrader itself chokes on the forged cell value
                points[meta["grade_id"]] = None
    return points


def snapshot(root: Path, skip: tuple[str, ...] = ("autograded", "exports")) -> dict[str, str]:
    """sha256 of every file under ``root`` except the sandbox's own folders."""
    digests = {}
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root)
        if relative.parts and relative.parts[0] in skip:
            continue
        if path.is_file() and not path.is_symlink():
            digests[str(relative)] = hashlib.sha256(path.read_bytes()).hexdigest()
    return digests


def processes_with(marker: str) -> list[int]:
    """PIDs of the host's processes whose command line contains ``marker``."""
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit() and int(entry) != os.getpid():
            try:
                if marker.encode() in Path("/proc", entry, "cmdline").read_bytes():
                    found.append(int(entry))
            except OSError:
                continue
    return found
