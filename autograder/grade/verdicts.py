"""Replace nbgrader's scores of re-judged test cells by the trusted verdict, inside a worker.

The worker never runs student code itself (the kernel does, in its sandbox); it reads the exports
the hidden tests left and judges them against the chapter's reference
(:func:`autograder.verdict.judge_submission`). For every test cell the reference re-judges, the
verdict's points become the cell's ``auto_score``, whatever the notebook's outputs claim; a missing
or malformed export scores 0. Where the verdict differs from what nbgrader read in the outputs, the
autograded notebook gets one note under that cell saying so and why, so the student's feedback
explains the score.
"""

from __future__ import annotations

import json
from pathlib import Path

import nbformat

from autograder.grade.payload import unpack_folder
from autograder.grade.sandboxed_execute import REPORT, notebook_exports

NOTE_PREFIX = "[keras-course] "


def read_report(export_root: Path, notebook: str) -> dict:
    """The execution report of one notebook (empty when it was never executed)."""
    path = notebook_exports(export_root, notebook) / REPORT
    try:
        return json.loads(path.read_text())
    except (OSError, ValueError):
        return {}


def judge_notebooks(references: dict[str, dict], export_root: Path, scratch: Path) -> dict[str, list]:
    """Judge each notebook's exports: ``{notebook name: [CellVerdict, ...]}``.

    Args:
        references: ``{notebook name: packed reference folder}`` from the job.
        export_root: the submission's export root (``notebooks/<name>/cells/...``).
        scratch: a private folder to unpack the references into.
    """
    from autograder.verdict import judge_submission, load_reference

    verdicts = {}
    for name, packed in sorted(references.items()):
        folder = scratch / "references" / name
        unpack_folder(packed, folder)
        reference = load_reference(folder)
        cells = notebook_exports(export_root, name)
        verdicts[name] = judge_submission(cells if cells.is_dir() else None, reference)
    return verdicts


def grader_error_exports(export_root: Path) -> str:
    """The first runaway-guard (or other grader) failure a check exported ('' when none).

    Such an export is no observation of the student's work (see
    :data:`autograder.checks.failure.GRADER_ERROR`): the submission is a grader error.
    """
    from autograder.checks.failure import GRADER_ERROR

    for path in sorted(Path(export_root).glob("notebooks/*/cells/*/*.json")):
        try:
            observation = json.loads(path.read_text()).get("observation")
        except (OSError, ValueError, AttributeError):
            continue  # unreadable exports are the verdict's to score
        if isinstance(observation, dict) and GRADER_ERROR in observation:
            return str(observation[GRADER_ERROR])[:500]
    return ""


def reference_mismatch(verdicts: dict[str, list], grades: list[dict]) -> str:
    """Why the chapter's reference does not match the gradebook's cells ('' when it does).

    Every test cell of the reference must be a graded cell of that notebook in the gradebook, with
    the same points; otherwise the reference was built from another version of the chapter.
    """
    cells = {(g["notebook"], g["cell"]): g.get("max_score") for g in grades}
    for notebook, cell_verdicts in sorted(verdicts.items()):
        if not any(key[0] == notebook for key in cells):
            continue  # this notebook was not submitted: nbgrader scores it as missing
        for verdict in cell_verdicts:
            key = (notebook, verdict.grade_id)
            if key not in cells:
                return (f"the reference of {notebook} has a test cell {verdict.grade_id!r} that the gradebook's "
                        "notebook lacks: release the chapter again (nbgrader generate_assignment) or fix source/")
            if cells[key] is not None and abs(float(cells[key]) - float(verdict.max_points)) > 1e-9:
                return (f"the reference of {notebook} gives {verdict.grade_id!r} {verdict.max_points:g} points, "
                        f"the gradebook {float(cells[key]):g}: release the chapter again")
    return ""


def judge_result(result: dict, references: dict[str, dict], export_root: Path, autograded: Path,
                 scratch: Path) -> str:
    """Judge a graded result's exports and put the verdict into it (grades, notes in ``autograded``).

    Used by the worker, and by the parent for a result graded before the chapter's reference was
    ready (``pending_verdict``: the worker sent its exports). Returns why the grader could not judge
    the submission ('' when it could): a reference that does not match the gradebook's cells, or a
    check whose runaway guard fired.
    """
    if references:
        verdicts = judge_notebooks(references, export_root, scratch)
        mismatch = reference_mismatch(verdicts, result["grades"])
        if mismatch:
            return mismatch
        apply_verdicts(result, verdicts, autograded)
    return grader_error_exports(export_root)


def settle_pending_verdict(result: dict, references: dict[str, dict]) -> dict:
    """In the parent: judge a result the worker graded before the reference existed.

    The worker sent its exports (``exports``, packed) and its autograded folder (``files``); they are
    unpacked in a private folder, judged like in the worker, and the annotated autograded folder is
    packed back into ``files``. A grader failure makes the result an ``error``.
    """
    import tempfile

    from autograder.grade.grader_errors import errored
    from autograder.grade.payload import pack_folder

    exports = result.pop("exports", {})
    if not result.pop("pending_verdict", False) or result.get("status") != "graded":
        return result
    with tempfile.TemporaryDirectory(prefix="kc-verdict-") as scratch:
        export_root, autograded = Path(scratch) / "exports", Path(scratch) / "autograded"
        unpack_folder(exports, export_root)
        unpack_folder(result.get("files", {}), autograded)
        why = judge_result(result, references, export_root, autograded, Path(scratch))
        if why:
            errored(result, why)
        else:
            result["files"] = pack_folder(autograded)
    return result


def apply_verdicts(result: dict, verdicts: dict[str, list], autograded: Path) -> None:
    """Put the verdict's points into ``result["grades"]`` and its notes into the autograded notebooks.

    ``result["verdicts"]`` gets one record per re-judged cell: notebook, cell, the verdict's points,
    the points nbgrader read from the outputs, max points, the reason and ``checks``: each check's
    ``check``, ``points``, ``max_points`` and ``message`` ('' when it passed; empty when the exports
    could not be judged check by check, the reason then says why).
    """
    grades = {(g["notebook"], g["cell"]): g for g in result.get("grades", [])}
    records = []
    for notebook, cell_verdicts in verdicts.items():
        notes = {}
        for verdict in cell_verdicts:
            if verdict.points is None:
                continue
            grade = grades.get((notebook, verdict.grade_id))
            nbgrader_score = grade["auto_score"] if grade else None
            if grade is not None:
                grade["auto_score"] = verdict.points
            records.append({"notebook": notebook, "cell": verdict.grade_id, "points": verdict.points,
                            "nbgrader_points": nbgrader_score, "max_points": verdict.max_points,
                            "reason": verdict.reason,
                            "checks": [{key: check[key] for key in ("check", "points", "max_points", "message")}
                                       for check in verdict.checks]})
            if nbgrader_score is None or abs(float(nbgrader_score) - verdict.points) > 1e-9:
                notes[verdict.grade_id] = (
                    f"{NOTE_PREFIX}this test was judged again outside your notebook from what its checks "
                    f"recorded: {verdict.points:g}/{verdict.max_points:g} points"
                    + (f" ({verdict.reason})" if verdict.reason else "") + "\n")
        if notes:
            _annotate(autograded / f"{notebook}.ipynb", notes)
    result["verdicts"] = records


def _annotate(path: Path, notes: dict[str, str]) -> None:
    """Append a stdout note under each named grade cell of the notebook at ``path``."""
    if not path.is_file():
        return
    notebook = nbformat.read(path, as_version=4)
    for cell in notebook.cells:
        grade_id = cell.get("metadata", {}).get("nbgrader", {}).get("grade_id")
        if cell.cell_type == "code" and grade_id in notes:
            cell.outputs.append(nbformat.v4.new_output("stream", name="stdout", text=notes[grade_id]))
    nbformat.write(notebook, path)
