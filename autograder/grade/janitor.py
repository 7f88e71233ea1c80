"""The janitor of a grading run: when the grading command ends, however it ends, nothing of it is left.

``keras-course grade`` starts ``python -m autograder.grade.janitor RUN_ID`` in its own session with a
pipe on its stdin, and never writes to it. The pipe reaches end-of-file when the grading command
closes it or dies (Ctrl-C, an exception, SIGKILL, a crash): then the janitor kills every process
carrying the run's marker and every process in the run's sandbox cgroups
(:func:`autograder.sandbox.reaper.sweep`), removes those cgroups and exits.
"""

from __future__ import annotations

import sys

from autograder.sandbox.reaper import sweep


def main(argv: list[str]) -> int:
    """Wait for end-of-file on stdin, then sweep the run named by ``argv[0]``."""
    if len(argv) != 1 or not argv[0]:
        sys.stderr.write("usage: python -m autograder.grade.janitor RUN_ID\n")
        return 2
    while sys.stdin.buffer.read(65536):
        pass
    sweep(argv[0])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
