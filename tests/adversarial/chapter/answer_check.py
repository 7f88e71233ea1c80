"""The fixture chapter's check: a student's function against a reference on given inputs.

Built on the same observe / export / judge split as the course's checks (``autograder.checks``),
without TensorFlow, so the adversarial suite runs in seconds. The grading test process imports this
module too: that registers the judge the trusted verdict uses.
"""

import numpy as np

from autograder.checks.failure import CheckFailed
from autograder.checks.observation import export_observation, judge_observation, register_judge

CHECK = "check_answer"
REFERENCES = {"square": lambda x: x * x, "mean": lambda xs: float(np.mean(xs))}


@register_judge(CHECK)
def judge_answer(observation, expectation, points):
    """Full points when the outputs equal the reference outputs, else CheckFailed."""
    found = np.asarray(observation["outputs"], "float64")
    expected = np.asarray(expectation["outputs"], "float64")
    if found.shape != expected.shape or not np.allclose(found, expected):
        raise CheckFailed(f"{expectation['name']}: expected {expected.tolist()}, found {found.tolist()}")
    return float(points)


def check_answer(function, *, name, inputs, points=1.0):
    """Call ``function`` on each input, export what it returned, judge it; return the points."""
    try:
        observation = {"outputs": np.asarray([function(x) for x in inputs], "float64")}
    except Exception as exc:  # the student's bug, as a message
        observation = {"failed": f"{name} raised {type(exc).__name__}: {exc}"}
    expectation = {"name": name,
                   "outputs": np.asarray([REFERENCES[name](x) for x in inputs], "float64")}
    export_observation(CHECK, observation, expectation, points)
    verdict = judge_observation(CHECK, observation, expectation, points)
    if verdict.message:
        raise CheckFailed(verdict.message)
    return verdict.points
