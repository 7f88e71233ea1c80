"""The ``keras-course`` command: a thin click CLI over the autograder's small API.

Each subcommand lives in its own module under ``autograder.cli`` and is imported only when it runs,
so ``keras-course --help`` stays fast and never imports TensorFlow.
"""

from __future__ import annotations

import importlib
import sys

import click

from autograder.errors import CourseError
from autograder.tool_path import ensure_tools_on_path

# name -> (module, attribute, one-line help). Modules are imported lazily.
COMMANDS = {
    "release": ("autograder.cli.release_cmd", "release", "Regenerate release/ from source/ and prove nothing hidden leaked."),
    "grade": ("autograder.cli.grade_cmd", "grade", "Autograde a chapter's submissions in parallel into the gradebook."),
    "reference": ("autograder.cli.reference_cmd", "reference", "Build chapters' grading references now, so grading runs start with them."),
    "feedback": ("autograder.cli.feedback_cmd", "feedback", "Write HTML feedback per student without hidden test code."),
    "export": ("autograder.cli.export_cmd", "export", "Print (or write as CSV) the per-student, per-chapter grade table."),
    "report": ("autograder.cli.report_cmd", "report", "Write a graded chapter's class report: plots, failures by cause, similarity."),
    "check": ("autograder.cli.check_cmd", "check", "Say whether a submitted notebook's graded cells are intact (runs no code)."),
    "lab": ("autograder.cli.lab_cmd", "lab", "Open JupyterLab on your own copy of the course notebooks, with Validate."),
    "hub-exchange": ("autograder.cli.hub_cmd", "hub_exchange", "Set up the nbgrader exchange and system-wide config on a shared hub (root)."),
    "demo": ("autograder.cli.demo_cmd", "demo", "Run the course loop on embedded defaults (the README's main command)."),
}


class LazyGroup(click.Group):
    """A click group whose subcommands are imported only when invoked."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        """Return the subcommand names in a stable order."""
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        """Import and return the subcommand ``name``, or None when there is none."""
        if name not in COMMANDS:
            return None
        module, attribute, _ = COMMANDS[name]
        return getattr(importlib.import_module(module), attribute)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """List subcommands with their help without importing them."""
        rows = [(name, COMMANDS[name][2]) for name in self.list_commands(ctx)]
        with formatter.section("Commands"):
            formatter.write_dl(rows)


@click.group(cls=LazyGroup)
@click.version_option(package_name="keras-course")
def cli() -> None:
    """keras-course: build, release and grade the Keras course (run from the course root)."""


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; a CourseError becomes one line on stderr and exit status 2."""
    from autograder.device import quiet_cuda_probe_on_cpu

    ensure_tools_on_path()
    quiet_cuda_probe_on_cpu()  # no 'failed call to cuInit' on a CPU machine's terminal
    try:
        status = cli.main(args=argv, prog_name="keras-course", standalone_mode=False)
    except CourseError as error:
        click.echo(f"keras-course: error: {error}", err=True)
        return error.exit_status
    except click.exceptions.Abort:
        click.echo("keras-course: aborted", err=True)
        return 130
    except click.ClickException as error:
        error.show()
        return error.exit_code
    return status if isinstance(status, int) else 0


if __name__ == "__main__":
    sys.exit(main())
