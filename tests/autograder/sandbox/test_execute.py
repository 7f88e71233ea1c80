"""Notebook execution in a sandboxed kernel: output cap while cells run, timeouts, exports per cell."""

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_notebook

from autograder.sandbox.execute import collect_exports, execute_notebook, shorten_error
from autograder.sandbox.limits import MIB, Limits

LIMITS = Limits(cell_seconds=4, notebook_seconds=40, memory_bytes=512 * MIB, max_processes=96,
                output_bytes=8192, file_bytes=MIB)


def graded(source, grade_id):
    cell = new_code_cell(source)
    cell.metadata["nbgrader"] = {"grade": True, "solution": False, "grade_id": grade_id,
                                 "points": 1, "locked": True, "schema_version": 3}
    return cell


def text(cell):
    return "".join(o.get("text", "") for o in cell.outputs)


@pytest.fixture
def run(tmp_path, needs_bwrap):
    def go(*cells, limits=LIMITS):
        notebook = new_notebook(cells=list(cells))
        workdir = tmp_path / "work"
        workdir.mkdir(exist_ok=True)
        outcome = execute_notebook(notebook, workdir, limits, export_root=tmp_path / "exports")
        return notebook, outcome
    return go


def test_output_is_cut_while_the_cell_runs_and_the_next_cell_runs(run):
    notebook, outcome = run(new_code_cell("for i in range(20000):\n    print('y' * 100)"),
                            new_code_cell("print('next')"))
    first = text(notebook.cells[0])
    assert len(first) <= LIMITS.output_bytes + 200
    assert "output cut" in first
    assert outcome.cut_bytes[0] > 1_000_000
    assert text(notebook.cells[1]) == "next\n"


def test_a_slow_cell_is_interrupted_and_later_cells_still_run(run):
    notebook, outcome = run(new_code_cell("import time\ntime.sleep(60)"), new_code_cell("print('after')"))
    assert any(o.output_type == "error" for o in notebook.cells[0].outputs)
    assert text(notebook.cells[1]) == "after\n"
    assert outcome.error == ""


def test_an_uninterruptible_notebook_is_stopped_by_the_notebook_limit(run):
    limits = Limits(cell_seconds=3, notebook_seconds=6, memory_bytes=512 * MIB, max_processes=96)
    notebook, outcome = run(new_code_cell("import signal\nsignal.signal(signal.SIGINT, signal.SIG_IGN)\n"
                                          "while True:\n    pass"),
                            new_code_cell("print('never')"), new_code_cell("print('never')"),
                            limits=limits)
    assert outcome.error
    assert "never" not in text(notebook.cells[2])


def test_exports_are_filed_under_their_grade_cell(run, tmp_path):
    write = ("import os\nopen(os.path.join(os.environ['KERAS_COURSE_EXPORT_DIR'], "
             "'0000-check_x.json'), 'w').write('{}')")
    run(new_code_cell(write), graded(write, "test_one"))
    cells = tmp_path / "exports" / "cells"
    assert sorted(p.name for p in cells.iterdir()) == ["test_one"]
    assert [p.name for p in (cells / "test_one").iterdir()] == ["0000-check_x.json"]


def test_collect_exports_moves_only_regular_well_named_files(tmp_path):
    incoming = tmp_path / "incoming"
    incoming.mkdir()
    (incoming / "0000-check_a.json").write_text("{}")
    (incoming / "notes.txt").write_text("x")
    (incoming / "0001-check_a.json").symlink_to("/etc/passwd")
    assert collect_exports(tmp_path, "test/../../evil") == 1
    assert [p.name for p in (tmp_path / "cells").iterdir()] == ["test_.._.._evil"]
    assert list(incoming.iterdir()) == []


def test_errors_are_kept_but_shortened():
    content = {"ename": "ValueError", "evalue": "v" * 100000, "traceback": ["t" * 100000] * 50}
    shorten_error(content, 4000)
    assert len(content["evalue"]) <= 1000
    assert sum(len(line) for line in content["traceback"]) < 5000
    assert content["ename"] == "ValueError"


def test_no_cgroup_is_left_after_a_dead_kernel(run, needs_cgroups):
    import os
    from autograder.sandbox.cgroup import cgroup_support

    notebook, outcome = run(new_code_cell("import os\nos._exit(1)"), new_code_cell("print('never')"))
    assert outcome.error
    parent = cgroup_support().memory_parent
    assert [p for p in os.listdir(parent) if p.startswith(f"kc-sandbox-{os.getpid()}-")] == []
