"""using_references: a student's function runs with the instructor's reference for another exercise."""

import pytest

from autograder.checks.reference_inputs import using_references


def student_block():
    return "student block"


def reference_block():
    return "reference block"


def student_classifier():
    return f"classifier on the {student_block()}"


def test_the_reference_is_used_during_the_call_and_the_students_function_is_restored():
    builder = using_references(student_classifier, student_block=reference_block)
    assert builder.__name__ == "student_classifier"
    assert builder() == "classifier on the reference block"
    assert student_classifier() == "classifier on the student block"


def test_restored_when_the_function_raises_and_a_missing_name_is_removed_again():
    def broken():
        raise ValueError(undefined_name())  # noqa: F821 - defined only by the reference

    with pytest.raises(ValueError, match="from the reference"):
        using_references(broken, undefined_name=lambda: "from the reference")()
    assert "undefined_name" not in globals()
