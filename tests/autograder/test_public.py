"""autograder.checks exports its names lazily: a check of plain values never imports TensorFlow."""

from __future__ import annotations

import importlib
import subprocess
import sys
import textwrap

from autograder.checks.public import SUBMODULE_ATTRS, defining_module, import_defining_module


def test_every_public_name_is_defined_by_the_module_the_table_names():
    for module, names in SUBMODULE_ATTRS.items():
        loaded = importlib.import_module(f"autograder.checks.{module}")
        for name in names:
            assert getattr(loaded, name).__module__ == loaded.__name__ or module in ("failure", "observation"), name
            assert defining_module(name) == f"autograder.checks.{module}"


def test_every_registered_judge_is_found_from_its_check_name():
    from autograder.checks.observation import JUDGES
    from autograder.verdict.judges import load_judges

    registered = dict(load_judges())
    assert "check_value" in registered and "check_train_step_override" in registered
    for check, judge in registered.items():
        if not judge.__module__.startswith("autograder.checks."):  # a test's own fake judge
            continue
        assert import_defining_module(check), f"{check} has no entry in SUBMODULE_ATTRS"
        assert JUDGES[check] is judge
        assert judge.__module__ == defining_module(check), check


def test_unknown_names_import_nothing():
    assert defining_module("check_nonexistent") is None
    assert not import_defining_module("os.system")


def test_plain_value_checks_and_their_verdicts_do_not_import_tensorflow(tmp_path):
    # a fresh interpreter: this test process has imported TensorFlow long ago
    program = textwrap.dedent(f"""
        import os, sys
        os.environ["KERAS_COURSE_EXPORT_DIR"] = {str(tmp_path)!r}
        from autograder.checks import CheckFailed, check_function, check_value, rejudge
        check_value(lambda: [1.0, 2.0], [1.0, 2.0], name="pair", points=1)
        check_function(lambda x: x * x, reference=lambda x: x * x, name="square", inputs=[3], points=2)
        try:
            check_value(3, 4, name="wrong", points=1)
        except CheckFailed:
            pass
        points = [v.points for v in rejudge({str(tmp_path)!r})]
        from autograder.verdict.judges import judge_one
        assert judge_one("check_value", {{"value": 1.0}}, {{"value": 1.0}}, 1.0)[0] in (0.0, 1.0)
        from autograder.records import RECENT
        print(points, RECENT[-1].device, "tensorflow" in sys.modules, "keras" in sys.modules)
    """)
    done = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["[1.0,", "2.0,", "0.0]", "CPU", "False", "False"], done.stdout


def test_a_keras_check_still_imports_what_it_needs():
    program = ("import sys\nfrom autograder.checks import check_architecture, Layer\n"
               "print('tensorflow' in sys.modules, callable(check_architecture), Layer.__name__)")
    done = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["True", "True", "Layer"]
