"""Preparing a student's lab folder: the notebooks, the config folder, the local exchange."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from autograder.lab.copy_release import copy_release
from autograder.lab.local_exchange import publish_release
from autograder.lab.nbgrader_student_config import COURSE_ID, write_student_config
from autograder.lab.page_config import write_page_config, write_server_config

PRIVATE = ".keras-course"  # hidden in the lab's file browser


@dataclass(frozen=True)
class LabFolder:
    """A prepared student folder.

    Attributes:
        workdir: the student's folder (the lab's root), holding one folder per chapter.
        config_dir: the Jupyter config folder this lab runs with (first on ``JUPYTER_CONFIG_PATH``).
        exchange: the local nbgrader exchange.
        copied: the notebook files copied this time (empty when the student had them all).
        chapters: the chapters available.
    """

    workdir: Path
    config_dir: Path
    exchange: Path
    copied: tuple[Path, ...]
    chapters: tuple[str, ...]


def prepare_lab(release: Path, workdir: Path) -> LabFolder:
    """Copy new release files into ``workdir`` and (re)write the lab's private configuration.

    Never overwrites a file the student has. The private part lives in ``workdir/.keras-course/``.

    Raises:
        CourseError: when ``release`` holds no chapter.
    """
    workdir = workdir.resolve()
    release = release.resolve()
    copied = copy_release(release, workdir)
    private = workdir / PRIVATE
    config_dir = private / "jupyter-config"
    exchange = private / "exchange"
    chapters = publish_release(release, exchange, COURSE_ID)
    write_page_config(config_dir)
    write_server_config(config_dir)
    write_student_config(config_dir, workdir, exchange, private / "exchange-cache")
    return LabFolder(workdir, config_dir, exchange, tuple(copied), tuple(chapters))
