"""An untouched exercise (the stub's ``raise NotImplementedError()``) gets one message from every check."""

import re

import pytest

from autograder.checks import CheckFailed, check_dataset, check_metric, check_value
from autograder.checks.observation import call_student, run_check
from autograder.checks.unanswered import UNANSWERED, is_unanswered
from autograder.quiet import quiet

with quiet():
    import keras

EXACTLY_UNANSWERED = "^" + re.escape(UNANSWERED) + "$"


# The release stubs, as a student who has not answered yet has them.
def build_model():
    # YOUR CODE HERE
    raise NotImplementedError()


def within_half(y_true, y_pred):
    # YOUR CODE HERE
    raise NotImplementedError()


class StubMetric(keras.metrics.Metric):
    def update_state(self, y_true, y_pred, sample_weight=None):
        # YOUR CODE HERE
        raise NotImplementedError()

    def result(self):
        # YOUR CODE HERE
        raise NotImplementedError()


class StubClass:
    def __init__(self):
        # YOUR CODE HERE
        raise NotImplementedError()


class NoResult(keras.metrics.Metric):
    """Answered, but result() is missing: Keras's own bare NotImplementedError is raised."""

    def update_state(self, y_true, y_pred, sample_weight=None):
        pass


def _reference(y_true, y_pred):
    return 0.0


def test_call_student_reports_builders_functions_methods_and_classes_as_unanswered():
    for function, args in ((build_model, ()), (within_half, (1, 2)), (StubClass, ()),
                           (StubMetric().update_state, (1, 2))):
        with pytest.raises(CheckFailed, match=EXACTLY_UNANSWERED):
            call_student(function, "the answer", *args)


def test_checks_say_unanswered_for_a_builder_a_function_and_a_class():
    with pytest.raises(CheckFailed, match=EXACTLY_UNANSWERED):
        check_dataset(build_model)
    with pytest.raises(CheckFailed, match=EXACTLY_UNANSWERED):
        check_value(build_model, 3, name="answer")
    with pytest.raises(CheckFailed, match=EXACTLY_UNANSWERED):
        check_metric(StubMetric, _reference, task="binary")
    with pytest.raises(CheckFailed, match=EXACTLY_UNANSWERED):
        check_metric(within_half, _reference, task="regression")


def test_run_check_catches_the_stub_however_the_observer_called_it():
    def raw():  # student code called directly, outside call_student
        return {"value": build_model()}

    def wrapped_from_none():  # a check that turns errors into its own message, `from None`
        try:
            return {"value": within_half(1, 2)}
        except Exception as error:
            raise CheckFailed(f"within_half raised {type(error).__name__}: {error}") from None

    for observe in (raw, wrapped_from_none):
        with pytest.raises(CheckFailed, match=EXACTLY_UNANSWERED):
            run_check("check_value", observe, {"expected": 1, "name": "x", "rel_tol": 0.0}, 1.0)


def test_other_errors_keep_their_message():
    def with_message():
        raise NotImplementedError("complex inputs are not supported")

    with pytest.raises(CheckFailed, match="raised NotImplementedError: complex inputs"):
        call_student(with_message, "f()")
    with pytest.raises(CheckFailed, match="raised ValueError: bad"):
        call_student(lambda: (_ for _ in ()).throw(ValueError("bad")), "f()")


def test_a_library_bare_not_implemented_error_is_not_taken_for_the_stub():
    metric = NoResult()
    try:
        metric.result()
    except NotImplementedError as error:
        assert not is_unanswered(error)
    else:  # pragma: no cover - Keras changed: the test no longer tells anything
        pytest.fail("keras.metrics.Metric.result no longer raises NotImplementedError")
    with pytest.raises(CheckFailed) as failure:
        call_student(metric.result, "result()")
    assert failure.value.message.startswith("result() raised NotImplementedError")
