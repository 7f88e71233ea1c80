"""The adversarial suite: a class of attacking notebooks graded by ``keras-course grade``.

Every scenario notebook in ``scenarios/`` is submitted, byte for byte, as a student named after it,
in one class with two honest students; the whole class is graded once (nbgrader's Autograde in
workers, each kernel sandboxed, each re-judged test cell decided by the trusted verdict). Each test
then asserts one scenario's exact points per test cell in the gradebook, the reason recorded in the
grading log for every cell that lost points, and what the attack must additionally show. The course
around the class (source, config, instructor notes, other students' submissions, the gradebook's
cells) must be unchanged and no process of the class may survive.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from autograder.sandbox.cgroup import cgroup_support
from autograder.sandbox.limits import MIB, Limits
from autograder.sandbox.protections import find_bwrap


def _load_harness():
    """Import harness.py beside this file (tests/ is not on the import path)."""
    if "adversarial_harness" not in sys.modules:
        spec = importlib.util.spec_from_file_location("adversarial_harness",
                                                      Path(__file__).with_name("harness.py"))
        module = importlib.util.module_from_spec(spec)
        sys.modules["adversarial_harness"] = module
        spec.loader.exec_module(module)
    return sys.modules["adversarial_harness"]


h = _load_harness()
FULL = h.FULL
NO_EXPORT = "no export"
# Time limits with room for a loaded machine: three test workers share two cores. (The honest set-up
# cell used to import TensorFlow through autograder.checks and once ran past 15 s per cell; the
# checks of plain values now load without it.)
LIMITS = Limits(cell_seconds=45, notebook_seconds=150, memory_bytes=1536 * MIB, max_processes=160,
                output_bytes=64 * 1024, file_bytes=8 * MIB, workdir_bytes=48 * MIB)
# the class is graded once per worker that runs these tests (a module fixture): keep them on one
pytestmark = pytest.mark.xdist_group("adversarial")
GRADER_FILES = ("autograded", "logs", "gradebook.db", ".keras-course", "feedback")

# scenario: ({test cell: points in the gradebook}, {test cell or "*": text of the recorded reason})
EXPECTED = {
    "correct": (FULL, {}),
    "correct_alternative": (FULL, {}),
    "stderr_noise": (FULL, {}),
    "wrong_answers": ({"test_square": 0.0, "test_mean": 1.0},
                      {"test_square": "square: expected [1.0, 4.0], found [2.0, 4.0]"}),
    "patch_autograder": ({"test_square": 0.0, "test_mean": 0.0},
                         {"test_square": "square: expected [1.0, 4.0], found [0.0, 0.0]",
                          "test_mean": "mean: expected [1.5], found [0.0]"}),
    "patch_numpy": ({"test_square": 0.0, "test_mean": 1.0}, {"test_square": "found [-1.0, -1.0]"}),
    "forge_expectation": ({"test_square": 0.0, "test_mean": 1.0},
                          {"test_square": "expected [1.0, 4.0], found [1.0, 1.0]; check_function: square: "
                                          "expected [9.0, 6.25, 49.0, 121.0], found [1.0, 1.0, 1.0, 1.0]"}),
    "forge_exports": ({"test_square": 0.0, "test_mean": 1.0}, {"test_square": "do not match the test"}),
    "hide_errors": ({"test_square": 0.0, "test_mean": 1.0},
                    {"test_square": "square: expected [1.0, 4.0], found [0.0, 0.0]"}),
    "symlink_export": (FULL, {}),
    "read_gradebook": ({"test_square": 0.0, "test_mean": 1.0}, {"test_square": "square raised FileNotFoundError"}),
    "read_source": (FULL, {}),
    "read_other_submissions": (FULL, {}),
    "savedmodel_reads_files": (FULL, {}),
    "litert_custom_ops": (FULL, {}),
    "write_outside": (FULL, {}),
    "network_exfiltration": (FULL, {}),
    "fork_bomb": (FULL, {}),
    "memory_hog": ({"test_square": 2.0, "test_mean": 0.0},
                   {"test_mean": NO_EXPORT, "*": "the memory limit killed the kernel"}),
    "huge_output": (FULL, {}),
    "huge_output_in_test": (FULL, {}),
    "huge_file": (FULL, {}),
    "fill_disk": (FULL, {}),
    "kill_parent": (FULL, {}),
    "exit_kernel": ({"test_square": 2.0, "test_mean": 0.0}, {"test_mean": NO_EXPORT, "*": "the kernel died"}),
    "endless_loop": ({"test_square": 0.0, "test_mean": 1.0}, {"test_square": NO_EXPORT}),
    "ignore_interrupt": ({"test_square": 2.0, "test_mean": 0.0},
                         {"test_mean": NO_EXPORT, "*": "did not stop when interrupted"}),
    "delete_test_cell": ({"test_square": 2.0, "test_mean": 0.0}, {"test_mean": NO_EXPORT}),
    "duplicate_test_cell": (FULL, {}),
    "retyped_test_cell": (FULL, {}),
    "changed_points": (FULL, {}),
    "forged_schema": ({"test_square": 0.0, "test_mean": 0.0}, {"*": "not a Jupyter notebook"}),
    "invalid_json": ({"test_square": 0.0, "test_mean": 0.0}, {"*": "not valid notebook JSON"}),
    h.HUGE_NOTEBOOK: ({"test_square": 0.0, "test_mean": 0.0}, {"*": "over the 100.0 MiB limit"}),
}


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    """The whole class graded once: (course, outcome, snapshot before, gradebook before, listener)."""
    path, why = find_bwrap()
    if path is None:
        pytest.skip(f"the adversarial suite needs bubblewrap: {why}")
    if not cgroup_support().kind:
        pytest.skip(f"the adversarial suite needs cgroup limits: {cgroup_support().reason}")
    from autograder.grade.run import grade_chapter

    listener = h.Listener()
    listener.start()
    course = h.make_course(tmp_path_factory.mktemp("adversarial"), listener.port)
    before = h.snapshot(course, GRADER_FILES)
    cells_before = h.gradebook_state(course)
    try:
        outcome = grade_chapter(h.CHAPTER, root=course, workers=2, timeout=240, limits=LIMITS,
                                sandbox="require")
    finally:
        listener.stop()
    return course, outcome, before, cells_before, listener


def test_every_scenario_notebook_has_an_expected_outcome():
    names = sorted(p.stem for p in h.SCENARIOS.glob("*.ipynb"))
    assert names == sorted(set(EXPECTED) - {h.HUGE_NOTEBOOK})
    assert len(EXPECTED) >= 20


@pytest.mark.parametrize("scenario", sorted(EXPECTED))
def test_scenario(graded, scenario):
    course, outcome, _, _, _ = graded
    points, expected_reasons = EXPECTED[scenario]
    assert h.scores(course)[scenario] == points
    recorded = h.reasons(course, scenario)
    for cell, text in expected_reasons.items():
        assert text in recorded.get(cell, ""), f"{cell}: {recorded}"
    for cell, earned in points.items():  # every lost point has a recorded reason
        if earned < FULL[cell]:
            assert recorded.get(cell) or recorded["*"], f"{cell} lost points without a recorded reason"
    text = h.output_text(course, scenario)
    assert h.SECRET not in text
    assert all(h.SECRET not in reason for reason in recorded.values())
    check_extra(scenario, course, text, graded[4])


def check_extra(scenario, course, text, listener):
    """What each attack must additionally show."""
    if scenario in ("patch_autograder", "patch_numpy", "forge_expectation"):
        # the notebook's own outputs claimed success: only the verdict caught it, and says so
        assert "judged again outside your notebook" in text
    if scenario == "read_source":
        assert text.count("blocked:") == 3
    if scenario == "read_other_submissions":
        assert "blocked: FileNotFoundError" in text
    if scenario == "savedmodel_reads_files":  # ch08: the graph's ReadFile ops see the sandbox's view only
        assert text.count("blocked:") == 3 and "graph read" not in text
    if scenario == "litert_custom_ops":  # ch08: the interpreter refuses a select-TF op and a custom op
        assert "refused: select TF op ReadFile RuntimeError Select TensorFlow op(s)" in text
        assert "refused: custom op BesselI0e RuntimeError Encountered unresolved custom op" in text
        assert "ran select" not in text and "ran custom" not in text
    if scenario == "write_outside":
        # read-only binds refuse; paths outside the view land in the sandbox's private tmpfs
        assert "blocked /work/main/autograder/checks/observation.py" in text
        assert not Path("/tmp/kc-escape-marker").exists()
    if scenario == "duplicate_test_cell":
        log = (course / "logs" / h.CHAPTER / f"{scenario}.log").read_text()
        assert "structure: cell 'test_square' (test cell) appears 2 times" in log
    if scenario == "network_exfiltration":
        assert "connected" not in text and "dns blocked" in text
        assert listener.received == []
    if scenario == "fork_bomb":
        assert h.processes_with("kc-fork-bomb-marker") == []
    if scenario == "huge_output":
        assert "output cut" in text
    if scenario in ("huge_output", "huge_output_in_test"):  # in a check, quiet() keeps it out
        notebook = course / "autograded" / scenario / h.CHAPTER / f"{h.CHAPTER}.ipynb"
        assert notebook.stat().st_size < 400_000
    if scenario == "huge_file":
        assert "File too large" in text
    if scenario == "fill_disk":
        # the work folder is a private tmpfs of 48 MiB: the writes stop there, never reach the disk
        assert "stopped after 11 files: No space left on device" in text or \
            "stopped after 12 files: No space left on device" in text
        assert "notebook copy: Read-only file system" in text
        assert not list((course / "autograded" / scenario / h.CHAPTER).glob("fill_*"))
    if scenario == "kill_parent":
        assert "survived kill attempts on 1 and 1" in text
    if scenario in ("invalid_json", "forged_schema", h.HUGE_NOTEBOOK):
        assert not (course / "autograded" / scenario / h.CHAPTER).exists()


def test_honest_students_graded_beside_the_attacks_keep_full_marks(graded):
    course, outcome, _, _, _ = graded
    rows = {row["student"]: row for row in outcome.rows}
    for student in h.HONEST:
        assert h.scores(course)[student] == FULL
        assert rows[student]["status"] == "graded" and rows[student]["points"] == 3.0


def test_the_course_and_the_gradebook_are_intact(graded):
    course, outcome, before, cells_before, _ = graded
    assert h.snapshot(course, GRADER_FILES) == before  # source, config, notes, submissions
    assert h.gradebook_state(course) == cells_before
    assert sorted(h.scores(course)) == sorted(EXPECTED) + list(h.HONEST)
    assert len(outcome.rows) == len(EXPECTED) + len(h.HONEST)


def test_every_protection_was_on(graded):
    _, outcome, _, _, _ = graded
    assert outcome.protections and all(p["active"] for p in outcome.protections)
    assert outcome.sandbox_summary().startswith("sandbox: all protections on")
