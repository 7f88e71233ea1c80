"""SafeCollect's submission time: a claimed time earlier than the files were written is not believed (root only)."""

from __future__ import annotations

import os
import pwd
import time
from datetime import datetime, timedelta, timezone

import pytest
from nbgrader.auth import Authenticator
from nbgrader.coursedir import CourseDirectory
from traitlets.config import Config

from autograder.hub.safe_collect import SLACK_SECONDS, SafeCollect, written_at

needs_root = pytest.mark.skipif(os.geteuid() != 0, reason="gives a submission to another user: root only")
STUDENT = "nobody"  # a Unix user who owns the submission, as nbgrader submit would make it
CHAPTER = "ch01_sequential"
FORMAT = "%Y-%m-%d %H:%M:%S.%f %Z"


def _submit(inbound, claimed: datetime, suffix: str):
    """An inbound folder of STUDENT claiming ``claimed`` (name and timestamp.txt), owned by STUDENT."""
    stamp = claimed.replace(tzinfo=timezone.utc).strftime(FORMAT)
    folder = inbound / f"{STUDENT}+{CHAPTER}+{stamp}+{suffix}"
    folder.mkdir()
    (folder / f"{CHAPTER}.ipynb").write_text("{}")
    (folder / "timestamp.txt").write_text(stamp)
    user = pwd.getpwnam(STUDENT)
    for path in (folder, *folder.iterdir()):
        os.chown(path, user.pw_uid, user.pw_gid)
    return folder


@pytest.fixture
def inbound(tmp_path):
    """The course's inbound folder in an exchange under ``tmp_path`` (the course root beside it)."""
    folder = tmp_path / "exchange" / "keras-course" / "inbound"
    folder.mkdir(parents=True)
    (tmp_path / "course").mkdir()
    return folder


def _collect(tmp_path):
    config = Config()
    config.Exchange.root = str(tmp_path / "exchange")
    config.CourseDirectory.course_id = "keras-course"
    config.CourseDirectory.root = str(tmp_path / "course")
    coursedir = CourseDirectory(config=config)
    coursedir.assignment_id = CHAPTER
    SafeCollect(coursedir=coursedir, authenticator=Authenticator(config=config), config=config).start()
    return (tmp_path / "course" / "submitted" / STUDENT / CHAPTER / "timestamp.txt").read_text()


@needs_root
def test_a_backdated_submission_counts_from_when_it_was_written(tmp_path, inbound):
    before = datetime.now(timezone.utc).replace(tzinfo=None)
    folder = _submit(inbound, datetime(2020, 1, 1), "backdated")
    written = written_at(str(folder))
    assert before - timedelta(seconds=1) <= written <= datetime.now(timezone.utc).replace(tzinfo=None)
    collected = _collect(tmp_path)
    assert not collected.startswith("2020"), collected
    assert abs(datetime.strptime(collected, FORMAT) - written) < timedelta(seconds=1)


@needs_root
def test_an_honest_time_is_kept_as_claimed(tmp_path, inbound):
    claimed = datetime.now(timezone.utc).replace(tzinfo=None) - timedelta(seconds=SLACK_SECONDS // 2)
    _submit(inbound, claimed, "honest")
    assert _collect(tmp_path) == claimed.replace(tzinfo=timezone.utc).strftime(FORMAT)


@needs_root
def test_the_truly_newest_submission_wins_over_a_newer_claim(tmp_path, inbound):
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    _submit(inbound, now, "first")   # written first, honest time
    time.sleep(0.05)
    _submit(inbound, datetime(2020, 1, 1), "second")  # written later, claims an old time
    collected = _collect(tmp_path)
    assert datetime.strptime(collected, FORMAT) > now  # the later one, at its true time
