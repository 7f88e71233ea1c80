"""``nbgrader collect`` that takes each student's own submissions only, and never follows a link.

Stock nbgrader 0.9 collects, for each student id, the newest ``inbound/<id>+<chapter>+<timestamp>+*``
folder, whoever owns it (it only logs "cheating attempt?"), and copies it with ``shutil.copytree``,
which follows symbolic links. Since ``inbound/`` is writable by every student, that lets one student
replace another's submission (a folder named after them with a later timestamp) and lets a student
submit a link to a file only the instructor can read (``source/``, the gradebook), which the
instructor's collect would copy into ``submitted/`` and grade. :class:`SafeCollect` closes both:
select it with ``c.ExchangeFactory.collect = "autograder.hub.safe_collect.SafeCollect"``.

The submission time is the student's word too: ``nbgrader submit`` runs in the student's process and
writes the time into the folder's name and its ``timestamp.txt``, so a student can claim any time
(a late submission dated before the deadline). No user can set a file's status-change time (ctime)
back, so :class:`SafeCollect` takes a claimed time only when it is not earlier than the moment the
folder and its files were last written (:func:`written_at`, less :data:`SLACK_SECONDS`); otherwise the
submission counts, and its collected ``timestamp.txt`` says, the time it was really written.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import stat
from datetime import datetime, timedelta, timezone

from nbgrader.exchange.default.collect import ExchangeCollect
from nbgrader.utils import ignore_patterns

# Seconds between the time ``nbgrader submit`` writes into the name and its last copied file.
SLACK_SECONDS = 300


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


def written_at(folder: str) -> datetime:
    """Return when ``folder`` or anything in it last changed (the latest ctime), as naive UTC like nbgrader's times."""
    latest = os.lstat(folder).st_ctime
    for dirname, dirnames, filenames in os.walk(folder, followlinks=False):
        for name in dirnames + filenames:
            latest = max(latest, os.lstat(os.path.join(dirname, name)).st_ctime)
    return datetime.fromtimestamp(latest, timezone.utc).replace(tzinfo=None)


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
        self.corrected_times: dict[str, datetime] = {}
        for record in records:
            path = os.path.join(self.inbound_path, record["filename"])
            if self.genuine(path, record["username"]):
                self.true_time(path, record)
                by_student.setdefault(record["username"], []).append(record)
        chosen = []
        for own in by_student.values():
            own = self._sort_by_timestamp(own)
            if self.duedate is not None and self.before_duedate:
                on_time = [record for record in own if record["timestamp"] <= self.duedate]
                own = on_time or own
            chosen.append(own[0])
        self.src_records = chosen

    def true_time(self, path: str, record: dict) -> None:
        """Replace ``record``'s claimed time by when ``path`` was written, when the claim is earlier (logged)."""
        written = written_at(path)
        if record["timestamp"] < written - timedelta(seconds=SLACK_SECONDS):
            self.log.error("%s claims to be submitted at %s but was written at %s UTC: collected as submitted then",
                           path, record["timestamp"], written)
            record["timestamp"] = written
            self.corrected_times[path] = written

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
        corrected = getattr(self, "corrected_times", {}).get(src)
        if corrected is not None:  # autograde reads the submission time from here into the gradebook
            with open(os.path.join(dest, "timestamp.txt"), "w") as stamp:
                stamp.write(corrected.replace(tzinfo=timezone.utc).strftime(self.timestamp_format))
