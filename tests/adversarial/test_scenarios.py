"""The adversarial suite: each scenario notebook, graded sandboxed with the trusted verdict, gets
exactly the expected points per test cell, with the reason recorded; the course around it (source,
gradebook, other submissions) is unchanged and no process of it survives."""

from __future__ import annotations

from pathlib import Path

import pytest

import importlib.util
import sys
from autograder.sandbox.cgroup import cgroup_support
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


_harness = _load_harness()
FULL, SCENARIOS, SECRET = _harness.FULL, _harness.SCENARIOS, _harness.SECRET
grade, load_answer_check, make_course = _harness.grade, _harness.load_answer_check, _harness.make_course
nbgrader_points, processes_with = _harness.nbgrader_points, _harness.processes_with
reference_for, snapshot = _harness.reference_for, _harness.snapshot
NO_EXPORT = "no export"

# scenario: ({test cell: trusted points}, {test cell: text the recorded reason contains})
EXPECTED = {
    "correct": (FULL, {}),
    "correct_alternative": (FULL, {}),
    "stderr_noise": (FULL, {}),
    "wrong_answers": ({"test_square": 0.0, "test_mean": 1.0},
                      {"test_square": "square: expected [1.0, 4.0], found [2.0, 4.0]"}),
    "patch_autograder": ({"test_square": 0.0, "test_mean": 0.0},
                         {"test_square": "expected [1.0, 4.0], found [0.0, 0.0]",
                          "test_mean": "expected [1.5], found [0.0]"}),
    "patch_numpy": ({"test_square": 0.0, "test_mean": 1.0},
                    {"test_square": "found [-1.0, -1.0]"}),
    "forge_expectation": ({"test_square": 0.0, "test_mean": 1.0},
                          {"test_square": "expected [9.0, 6.25, 49.0, 121.0], found [1.0, 1.0, 1.0, 1.0]"}),
    "forge_exports": ({"test_square": 0.0, "test_mean": 1.0},
                      {"test_square": "do not match the test: expected ['check_answer', 'check_answer'], "
                                      "found ['check_answer', 'check_answer', 'check_answer']"}),
    "hide_errors": ({"test_square": 0.0, "test_mean": 1.0},
                    {"test_square": "square: expected [1.0, 4.0], found [0.0, 0.0]"}),
    "symlink_export": (FULL, {}),
    "read_gradebook": ({"test_square": 0.0, "test_mean": 1.0},
                       {"test_square": "square raised FileNotFoundError"}),
    "read_source": (FULL, {}),
    "read_other_submissions": (FULL, {}),
    "write_outside": (FULL, {}),
    "network_exfiltration": (FULL, {}),
    "fork_bomb": (FULL, {}),
    "memory_hog": ({"test_square": 2.0, "test_mean": 0.0}, {"test_mean": NO_EXPORT}),
    "huge_output": (FULL, {}),
    "huge_output_in_test": (FULL, {}),
    "huge_file": (FULL, {}),
    "kill_parent": (FULL, {}),
    "exit_kernel": ({"test_square": 2.0, "test_mean": 0.0}, {"test_mean": NO_EXPORT}),
    "endless_loop": ({"test_square": 0.0, "test_mean": 1.0}, {"test_square": NO_EXPORT}),
    "ignore_interrupt": ({"test_square": 2.0, "test_mean": 0.0}, {"test_mean": NO_EXPORT}),
    "delete_test_cell": ({"test_square": 2.0, "test_mean": 0.0}, {"test_mean": NO_EXPORT}),
    "duplicate_test_cell": ({"test_square": 0.0, "test_mean": 1.0}, {"test_square": "do not match"}),
    "retyped_test_cell": (FULL, {}),
    "changed_points": (FULL, {}),
    "forged_schema": ({"test_square": 0.0, "test_mean": 0.0},
                      {"test_square": "unsupported notebook format 99"}),
    "invalid_json": ({"test_square": 0.0, "test_mean": 0.0},
                     {"test_square": "unreadable notebook: not valid JSON"}),
}


@pytest.fixture(scope="module")
def course(tmp_path_factory):
    path, why = find_bwrap()
    if path is None:
        pytest.skip(f"the adversarial suite needs bubblewrap: {why}")
    if not cgroup_support().kind:
        pytest.skip(f"the adversarial suite needs cgroup limits: {cgroup_support().reason}")
    root = tmp_path_factory.mktemp("adversarial")
    course = make_course(root / "course")
    load_answer_check()
    reference = reference_for(course, root / "reference")
    return course, reference


def test_every_scenario_notebook_has_an_expected_outcome():
    assert sorted(p.stem for p in SCENARIOS.glob("*.ipynb")) == sorted(EXPECTED)
    assert len(EXPECTED) >= 20


@pytest.mark.parametrize("scenario", sorted(EXPECTED))
def test_scenario(course, scenario):
    course_root, reference = course
    before = snapshot(course_root)
    graded = grade(course_root, SCENARIOS / f"{scenario}.ipynb", scenario, reference)
    points, reasons = EXPECTED[scenario]
    assert graded.points == points
    for cell, text in reasons.items():
        assert graded.reasons[cell], f"{cell} scored 0 without a recorded reason"
        assert text in graded.reasons[cell]
    for cell, earned in graded.points.items():
        if earned < points.get(cell, 0) or earned == 0:
            assert graded.reasons[cell]
    assert snapshot(course_root) == before  # source, gradebook, other students untouched
    assert SECRET not in graded.output_text()
    assert all(SECRET not in reason for reason in graded.reasons.values())
    check_extra(scenario, graded, course_root)


def check_extra(scenario, graded, course_root):
    """What each attack must additionally show."""
    text = graded.output_text()
    if scenario in ("patch_autograder", "patch_numpy", "forge_expectation", "hide_errors"):
        assert nbgrader_points(graded.notebook)["test_square"] != 0.0  # stock nbgrader is fooled
    if scenario == "read_source":
        assert text.count("blocked:") == 3
    if scenario == "read_other_submissions":
        assert "blocked: FileNotFoundError" in text
    if scenario == "write_outside":
        # read-only binds refuse; paths outside the view land in the sandbox's private tmpfs
        assert "blocked /work/main/autograder/checks/observation.py" in text
        assert not Path("/tmp/kc-escape-marker").exists()
    if scenario == "network_exfiltration":
        assert "connected" not in text and "dns blocked" in text
    if scenario == "fork_bomb":
        assert processes_with("kc-fork-bomb-marker") == []
    if scenario == "memory_hog":
        assert graded.outcome.oom_killed
        assert graded.outcome.error == "the memory limit killed the kernel"
    if scenario in ("huge_output", "huge_output_in_test"):
        assert sum(graded.outcome.cut_bytes.values()) > 5_000_000
        assert len(text) < 200_000
    if scenario == "huge_file":
        assert "File too large" in text
        assert (graded.workdir / "big.bin").stat().st_size <= 8 * 1024 * 1024
    if scenario == "kill_parent":
        assert "survived kill attempts on 1 and 1" in text  # its parent is the sandbox's own init
    if scenario == "ignore_interrupt":
        assert "time limit" in graded.outcome.error
    if scenario == "exit_kernel":
        assert "DeadKernelError" in graded.outcome.error


def test_correct_work_beside_attacks_keeps_full_marks(course):
    course_root, reference = course
    order = ["memory_hog", "correct", "fork_bomb", "correct_alternative", "exit_kernel", "correct"]
    totals = [grade(course_root, SCENARIOS / f"{name}.ipynb", f"beside-{i}", reference).total()
              for i, name in enumerate(order)]
    assert totals == [2.0, 3.0, 3.0, 3.0, 2.0, 3.0]
