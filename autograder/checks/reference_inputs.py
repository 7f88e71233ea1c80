"""Run a student's function with the instructor's reference for another exercise's result.

Each test grades only its own exercise. When a student's function calls the function of an
earlier exercise (``make_shapes_classifier()`` calls ``build_feature_extractor()``), a hidden test
gives it the instructor's reference instead, so that the earlier exercise's mistakes cost nothing
here: :func:`using_references`.
"""

from __future__ import annotations

from typing import Any, Callable


def using_references(function: Callable, **references: Callable) -> Callable[[], Any]:
    """A zero-argument builder: ``function()`` called while the given names mean the references.

    The student's function looks the names up in its own globals (the notebook's namespace) at
    call time; they are bound to the references for the call and restored afterwards, also when
    it raises. A callable without globals (a lambda is fine; a class is not) is called as it is.

    Args:
        function: the student's zero-argument function (e.g. ``make_shapes_classifier``).
        references: ``name=reference`` for each function it may call (e.g.
            ``build_feature_extractor=reference_feature_extractor``).

    Returns:
        A builder named like ``function`` (so messages name the student's function).

    Example:
        >>> check_architecture(using_references(make_shapes_classifier,
        ...                                     build_feature_extractor=reference_block), ...)
    """
    def call() -> Any:
        namespace = getattr(function, "__globals__", None)
        if not isinstance(namespace, dict):
            return function()
        missing = object()
        saved = {name: namespace.get(name, missing) for name in references}
        namespace.update(references)
        try:
            return function()
        finally:
            for name, value in saved.items():
                if value is missing:
                    namespace.pop(name, None)
                else:
                    namespace[name] = value

    call.__name__ = getattr(function, "__name__", "builder")
    call.__qualname__ = call.__name__
    return call
