"""Run untrusted submissions in a sandbox: bubblewrap isolation, cgroup limits, capped output.

See :mod:`autograder.sandbox.sandbox` (one submission's sandbox), :mod:`.run` (a command to the
end), :mod:`.kernel` (a Jupyter kernel inside it) and :mod:`.protections` (what is on or missing).
"""

from autograder.sandbox.limits import Limits
from autograder.sandbox.policy import Policy
from autograder.sandbox.protections import Protection, SandboxUnavailable, describe, missing
from autograder.sandbox.run import SandboxResult, run_sandboxed
from autograder.sandbox.sandbox import Sandbox
