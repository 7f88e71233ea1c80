"""The marker that names every process and sandbox cgroup of one grading run.

``KERAS_COURSE_RUN`` holds ``<run id>.<who>`` (``main`` for the grading command, ``w0n1`` for the
first worker of slot 0, ...); every process a run starts inherits it. A sandbox clears its kernel's
environment, so sandbox cgroups carry the marker of the process that created them in their name
(``kc-<marker>-<hex>``), and every process of a sandbox starts inside them.
"""

from __future__ import annotations

import os
import re
import uuid

MARK_ENV = "KERAS_COURSE_RUN"
_UNSAFE = re.compile(r"[^A-Za-z0-9_.]")


def own_marker() -> str:
    """This process's marker (``""`` outside a grading run), safe inside a cgroup name."""
    return _UNSAFE.sub("_", os.environ.get(MARK_ENV, ""))[:80]


def matches(marker: str, prefix: str) -> bool:
    """True when ``marker`` is ``prefix`` or one of its parts (``prefix.<who>``)."""
    return bool(marker) and (marker == prefix or marker.startswith(prefix + "."))


def cgroup_leaf_name() -> str:
    """A fresh sandbox cgroup name carrying this process's marker, when it has one."""
    marker = own_marker()
    if marker:
        return f"kc-{marker}-{uuid.uuid4().hex[:8]}"
    return f"kc-sandbox-{os.getpid()}-{uuid.uuid4().hex[:8]}"


def leaf_marker(name: str) -> str:
    """The marker in a sandbox cgroup name made by :func:`cgroup_leaf_name` (``""`` if none)."""
    if not name.startswith("kc-") or name.startswith("kc-sandbox-") or name.count("-") < 2:
        return ""
    return name[3:].rsplit("-", 1)[0]
