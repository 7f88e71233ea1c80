"""``nbgrader collect`` that takes each student's own submissions only, and never follows a link.

Stock nbgrader 0.9 collects, for each student id, the newest ``inbound/<id>+<chapter>+<timestamp>+*``
folder, whoever owns it (it only logs "cheating attempt?"), and copies it with ``shutil.copytree``,
which follows symbolic links. Since ``inbound/`` is writable by every student, that lets one student
replace another's submission (a folder named after them with a later timestamp) and lets a student
submit a link to a file only the instructor can read (``source/``, the gradebook), which the
instructor's collect would copy into ``submitted/`` and grade. :class:`SafeCollect` closes both:
select it with ``c.ExchangeFactory.collect = "autograder.hub.safe_collect.SafeCollect"``.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import stat

from nbgrader.exchange.default.collect import ExchangeCollect
from nbgrader.utils import ignore_patterns


def owner_name(path: str) -> str | None:
    """Return the Unix user name owning ``path`` (not following a link), or None when it has none."""
    try:
        return pwd.getpwuid(os.lstat(path).st_uid).pw_name
    except KeyError:
        return None


def links_inside(folder: str) -> list[str]:
    """Return every symbolic link at or under ``folder`` (the folder itself included), not following any."""
    if os.path.islink(folder):
        return [folder]
    found = []
    for dirname, dirnames, filenames in os.walk(folder, followlinks=False):
        found += [os.path.join(dirname, name) for name in dirnames + filenames
                  if os.path.islink(os.path.join(dirname, name))]
    return found


class SafeCollect(ExchangeCollect):
    """Collect only folders owned by the student they name, holding no links; copy links as nothing."""

    def genuine(self, path: str, student_id: str) -> bool:
        """Return whether ``path`` is a real folder owned by ``student_id`` with no link inside (log why not)."""
        owner = owner_name(path)
        if owner != student_id:
            self.log.error("Skipping %s: it names student %s but belongs to %s", path, student_id, owner)
            return False
        if not stat.S_ISDIR(os.lstat(path).st_mode) or links_inside(path):
            self.log.error("Skipping %s: it is or holds a symbolic link", path)
            return False
        return True

    def init_src(self) -> None:
        """Pick each student's newest genuine submission (due-date rules as nbgrader's collect)."""
        super().init_src()
        student_id = self.coursedir.student_id if self.coursedir.student_id else "*"
        pattern = os.path.join(self.inbound_path, f"{student_id}+{self.coursedir.assignment_id}+*")
        records = [self._path_to_record(path) for path in glob.glob(pattern)]
        by_student: dict[str, list[dict]] = {}
        for record in records:
            if self.genuine(os.path.join(self.inbound_path, record["filename"]), record["username"]):
                by_student.setdefault(record["username"], []).append(record)
        chosen = []
        for own in by_student.values():
            own = self._sort_by_timestamp(own)
            if self.duedate is not None and self.before_duedate:
                on_time = [record for record in own if record["timestamp"] <= self.duedate]
                own = on_time or own
            chosen.append(own[0])
        self.src_records = chosen

    def do_copy(self, src: str, dest: str, log=None) -> None:
        """Copy ``src`` to ``dest`` keeping links as links, then delete them (a link made after the check)."""
        size = self.get_size(src)
        if size > 1000 * self.coursedir.max_dir_size:
            raise RuntimeError(f"Directory size is too big. Size is {size}, maximum size is {1000 * self.coursedir.max_dir_size}")
        shutil.copytree(src, dest, symlinks=True,
                        ignore=ignore_patterns(exclude=self.coursedir.ignore, include=self.coursedir.include,
                                               max_file_size=self.coursedir.max_file_size, log=self.log))
        for link in links_inside(dest):
            self.log.error("Dropped symbolic link %s from the collected submission", link)
            os.unlink(link)
