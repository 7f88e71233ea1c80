"""CheckFailed: an AssertionError that renders as its message alone."""

import pytest

from autograder.checks import CheckFailed


def test_is_assertion_error_with_message():
    with pytest.raises(AssertionError, match="expected Dense"):
        raise CheckFailed("Layer 1: expected Dense(4), found Dense(3)")


def test_renders_as_message_alone_in_jupyter():
    failure = CheckFailed("Layer 1: expected Dense(4), found Dense(3)")
    assert failure._render_traceback_() == ["CheckFailed: Layer 1: expected Dense(4), found Dense(3)"]
    assert str(failure) == "Layer 1: expected Dense(4), found Dense(3)"
