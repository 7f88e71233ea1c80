"""The canary: one sandboxed kernel, set up exactly like a worker's, before anyone is graded.

``keras-course grade`` starts it beside the chapter's reference build. A process started like a
pool worker (same interpreter, same pinned course packages, same environment) starts a sandboxed
kernel with the grading limits and mode, imports ``autograder`` and ``course`` in it and runs one
check. When that fails, the grader could not judge anyone: the command stops with one line saying
what is wrong and how to fix it, before a single submission is graded.

Run as ``python -m autograder.grade.canary SETTINGS_JSON`` it prints one JSON line:
``{"ok": bool, "why": str}``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from autograder.errors import CourseError

PROBE = ("import autograder, course, course.datasets\n"
         "from autograder.checks import check_value\n"
         "check_value(2, 2, name='the canary value', points=1)\n")
CANARY_SECONDS = 300.0
FIX = ("check that keras-course is installed in the Python that runs it "
       "(pip install -e . in the repository, or pip install keras-course) and that the sandbox starts "
       "(keras-course grade CHAPTER --sandbox off grades trusted notebooks without it)")


def probe(settings: dict) -> dict:
    """Run :data:`PROBE` in a sandboxed kernel with ``settings`` (``limits``, ``mode``); ``{ok, why}``."""
    import nbformat

    from autograder.sandbox.execute import execute_notebook
    from autograder.sandbox.limits import Limits

    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(PROBE)])
    with tempfile.TemporaryDirectory(prefix="kc-canary-") as scratch:
        workdir = Path(scratch) / "work"
        workdir.mkdir()
        limits = dict(settings.get("limits", {}))
        # the grading limits, but time enough for a cold TensorFlow import: the canary asks
        # whether the set-up works, not whether it is fast
        limits["cell_seconds"] = max(float(limits.get("cell_seconds", 0)), CANARY_SECONDS)
        limits["notebook_seconds"] = max(float(limits.get("notebook_seconds", 0)), CANARY_SECONDS)
        outcome = execute_notebook(notebook, workdir, Limits(**limits),
                                   export_root=Path(scratch) / "exports", mode=settings.get("mode"))
    if outcome.error:
        return {"ok": False, "why": f"the sandboxed kernel did not run ({outcome.error}){_start_failure(settings)}"}
    for output in notebook.cells[0].get("outputs", []):
        if output.get("output_type") == "error":
            return {"ok": False, "why": f"{output.get('ename')}: {' '.join(str(output.get('evalue')).split())[:300]}"}
        if output.get("output_type") == "stream" and output.get("name") == "stderr":
            return {"ok": False, "why": f"the check wrote to stderr: {output.get('text', '')[:300]!r}"}
    return {"ok": True, "why": ""}


def _start_failure(settings: dict) -> str:
    """Why a kernel dies at start, as the last line its start-up writes to stderr ('' if unknown).

    The kernel's own stderr goes nowhere, so the start-up (the course packages pinned from the
    same folders, in the same sandbox, with a kernel's command line) runs once more, watched.
    """
    from autograder.sandbox.limits import Limits
    from autograder.sandbox.packages import package_environment, pinned_command
    from autograder.sandbox.policy import Policy
    from autograder.sandbox.sandbox import Sandbox

    with tempfile.TemporaryDirectory(prefix="kc-canary-") as scratch:
        box = Sandbox(Policy(Path(scratch), env=package_environment()), Limits(**settings.get("limits", {})),
                      settings.get("mode"))
        try:
            box.start()
            done = subprocess.run(box.wrap(pinned_command(sys.executable, "import ipykernel.kernelapp", "-f",
                                                          "canary.json")),
                                  env=box.env(), capture_output=True, text=True, timeout=CANARY_SECONDS)
        except Exception as error:  # the sandbox itself did not start
            return f": {type(error).__name__}: {' '.join(str(error).split())[:300]}"
        finally:
            box.close()
    lines = done.stderr.strip().splitlines()
    return f": {lines[-1][:300]}" if done.returncode and lines else ""


class Canary:
    """A canary run in its own process, started now; :meth:`check` waits for it."""

    def __init__(self, chapter: str, settings: dict, env: dict[str, str], timeout: float = 600.0):
        """Start the canary process with the workers' ``env`` and the sandbox ``settings``."""
        from autograder.sandbox.packages import pinned_module

        self.chapter = chapter
        self.timeout = timeout
        self.process = subprocess.Popen(
            pinned_module(sys.executable, "autograder.grade.canary", json.dumps(settings)),
            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
            start_new_session=True, text=True)

    def check(self) -> None:
        """Wait for the canary.

        Raises:
            CourseError: the canary failed: one line saying what is wrong and how to fix it.
        """
        try:
            out, err = self.process.communicate(timeout=self.timeout)
        except subprocess.TimeoutExpired:
            self.stop()
            raise CourseError(f"cannot grade {self.chapter}: the canary kernel gave no answer within "
                              f"{self.timeout:g} s; {FIX}") from None
        lines = [line for line in out.splitlines() if line.startswith("{")]
        try:
            answer = json.loads(lines[-1])
        except (IndexError, ValueError):
            last = (err.strip().splitlines() or [f"exit status {self.process.returncode}"])[-1]
            answer = {"ok": False, "why": f"the worker set-up failed before its kernel started ({last[:300]})"}
        if not answer.get("ok"):
            raise CourseError(f"cannot grade {self.chapter}: the canary (a sandboxed kernel set up like every "
                              f"worker's) failed before anyone was graded: {answer.get('why')}; {FIX}")

    def stop(self) -> None:
        """Kill the canary process (when grading stops early)."""
        if self.process.poll() is None:
            self.process.kill()
        self.process.communicate()


def main(argv: list[str]) -> int:
    """Probe with the JSON settings in ``argv[0]`` and print the answer as one JSON line."""
    settings = json.loads(argv[0]) if argv else {}
    try:
        answer = probe(settings)
    except Exception as error:  # the set-up itself failed: say what, never a traceback
        answer = {"ok": False, "why": f"{type(error).__name__}: {' '.join(str(error).split())[:300]}"}
    sys.stdout.write(json.dumps(answer) + "\n")
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    from autograder.grade.lean_imports import skip_unused_grammars

    skip_unused_grammars()
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
    sys.exit(main(sys.argv[1:]))
