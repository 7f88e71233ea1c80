"""Keras-aware checks: each returns the points earned or raises CheckFailed with a clear message.

See docs/ARCHITECTURE.md ("Public check API") for the table of checks. The names are exported
lazily (the table is :data:`autograder.checks.public.SUBMODULE_ATTRS`): importing one check loads
its own module only, so ``check_value`` and ``check_function`` work without importing TensorFlow.
"""

import lazy_loader

from autograder.checks.public import SUBMODULE_ATTRS

__getattr__, __dir__, __all__ = lazy_loader.attach(__name__, submod_attrs=SUBMODULE_ATTRS)
