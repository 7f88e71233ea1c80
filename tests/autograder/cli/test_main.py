"""Tests for the keras-course entry point: lazy subcommands, fast help, errors as exit statuses."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from autograder.cli.main import COMMANDS, main

REPO = Path(__file__).resolve().parents[3]


def test_help_lists_commands_without_importing_tensorflow():
    code = (
        "import sys\n"
        "from autograder.cli.main import main\n"
        "status = main(['--help'])\n"
        "assert 'tensorflow' not in sys.modules, 'keras-course --help imported TensorFlow'\n"
        "sys.exit(status)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    for name in COMMANDS:
        assert name in done.stdout


def test_every_listed_command_imports():
    import importlib

    for name, (module, attribute, _help) in COMMANDS.items():
        command = getattr(importlib.import_module(module), attribute)
        assert command.name == name


def test_unknown_command_is_a_usage_error(capsys):
    assert main(["no-such-command"]) == 2
    assert "No such command" in capsys.readouterr().err


def test_tasks_script_rejects_unknown_verb():
    done = subprocess.run([sys.executable, str(REPO / "tasks.py"), "deploy"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert "usage: python3 tasks.py demo | test" in done.stderr
