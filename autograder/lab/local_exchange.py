"""A local nbgrader exchange holding the released chapters, so the Assignments tab lists them.

With it, nbgrader's assignment list shows each chapter (as downloaded when the student's folder has
it), its notebooks with their Validate buttons, and Submit, which copies into ``inbound/``.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from autograder.lab.copy_release import SKIPPED


def publish_release(release: Path, exchange: Path, course_id: str) -> list[str]:
    """Mirror each chapter of ``release`` into ``exchange/<course_id>/outbound/`` and create ``inbound/``.

    The outbound copy is replaced each time (it is the instructor's, never the student's).
    Returns the chapter ids published.
    """
    course = exchange / course_id
    (course / "inbound").mkdir(parents=True, exist_ok=True)
    (course / "feedback").mkdir(parents=True, exist_ok=True)
    published = []
    for chapter in sorted(p for p in release.iterdir() if p.is_dir() and p.name not in SKIPPED):
        target = course / "outbound" / chapter.name
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(chapter, target, ignore=shutil.ignore_patterns(*SKIPPED))
        published.append(chapter.name)
    return published
