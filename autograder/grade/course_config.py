"""Read the course's nbgrader configuration with nbgrader's own machinery."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from autograder.errors import CourseError
from autograder.tool_path import ensure_tools_on_path


@dataclass
class CourseConfig:
    """The course root, its nbgrader ``Config`` and the ``CourseDirectory`` built from it."""

    root: Path
    config: object  # traitlets.config.Config
    coursedir: object  # nbgrader.coursedir.CourseDirectory

    @property
    def db_url(self) -> str:
        """The gradebook URL plain nbgrader would use."""
        return self.coursedir.db_url

    @property
    def course_id(self) -> str:
        """The course id of the gradebook."""
        return self.coursedir.course_id


def load_course_config(root: str | Path = ".", db_url: str | None = None) -> CourseConfig:
    """Load ``nbgrader_config.py`` from ``root`` exactly as ``nbgrader autograde`` run there would.

    Args:
        root: the course root (the folder holding ``nbgrader_config.py``) or a folder inside it
            (the nearest folder above holding one is the root).
        db_url: an SQLAlchemy URL that replaces the configured gradebook (``--db``).

    Raises:
        CourseError: when ``root`` holds no ``nbgrader_config.py``.
    """
    ensure_tools_on_path()
    given = Path(root).resolve()
    root = next((folder for folder in (given, *given.parents) if (folder / "nbgrader_config.py").is_file()), None)
    if root is None:
        raise CourseError(f"{given} holds no nbgrader_config.py (nor does a folder above it): "
                          "run keras-course from the course root")
    from nbgrader.apps.baseapp import NbGrader
    from nbgrader.coursedir import CourseDirectory
    from traitlets.config import Config

    class _ConfigReader(NbGrader):
        """nbgrader's base application, used only to load config files like its subcommands do."""

        name = "keras-course"

    _ConfigReader.clear_instance()
    import os

    here = os.getcwd()
    os.chdir(root)
    try:
        app = _ConfigReader()
        app.load_cwd_config = True
        app.initialize([])
        config = Config(app.config)
    finally:
        os.chdir(here)
        _ConfigReader.clear_instance()
    if db_url:
        config.CourseDirectory.db_url = db_url
    if not config.CourseDirectory.get("root"):
        config.CourseDirectory.root = str(root)
    coursedir = CourseDirectory(config=config)
    relative = coursedir.db_url.startswith("sqlite:///") and not coursedir.db_url.startswith("sqlite:////")
    if relative:  # nbgrader reads a relative SQLite path from the folder it runs in: the root
        config.CourseDirectory.db_url = "sqlite:///" + str(Path(coursedir.root) / coursedir.db_url[len("sqlite:///"):])
        coursedir = CourseDirectory(config=config)
    return CourseConfig(root=Path(coursedir.root), config=config, coursedir=coursedir)


def plain_config(config: object) -> dict:
    """Return the JSON-able part of a traitlets ``Config`` (hooks and objects are dropped).

    Workers rebuild their configuration from this, so it must cross process and machine borders.
    """

    def keep(value: object) -> object:
        if isinstance(value, dict):
            kept = {}
            for key, item in value.items():
                item = keep(item)
                if item is not _DROP:
                    kept[str(key)] = item
            return kept
        try:
            json.dumps(value)
        except (TypeError, ValueError):
            return _DROP
        return value

    return keep(config)


_DROP = object()
