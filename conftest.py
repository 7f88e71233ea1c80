"""pytest at the course root: how ``-n N`` schedules the suite and the notebooks.

The hooks of ``xdist_groups`` (``tests/support``) make ``xdist_group`` marks schedule under ``-n N``
for every folder: a module whose tests share an expensive module or session fixture (a graded class,
a running lab) carries one group, so one worker builds that fixture once instead of each worker
building its own. The cells of one notebook under nbval (``source/``) form a group too: they share
one kernel and run in order.
"""

from xdist_groups import pytest_collection_modifyitems, pytest_configure, pytest_configure_node  # noqa: F401
