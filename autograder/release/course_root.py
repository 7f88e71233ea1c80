"""Finding the course root and its chapters, with clear errors for the wrong folder or chapter."""

from __future__ import annotations

import runpy
from dataclasses import dataclass
from pathlib import Path

from autograder.errors import CourseError

CONFIG_NAME = "nbgrader_config.py"


@dataclass(frozen=True)
class CourseRoot:
    """A course root: the folder holding ``nbgrader_config.py`` and ``source/``.

    Attributes:
        path: absolute path of the course root.
        chapters: assignment ids in course order, as listed by ``ASSIGNMENTS`` in the config.
    """

    path: Path
    chapters: tuple[str, ...]

    @property
    def source(self) -> Path:
        """The instructor notebooks' folder."""
        return self.path / "source"

    @property
    def release(self) -> Path:
        """The generated student notebooks' folder."""
        return self.path / "release"

    def source_notebook(self, chapter: str) -> Path:
        """Return ``source/<chapter>/<chapter>.ipynb``."""
        return self.source / chapter / f"{chapter}.ipynb"

    def resolve_chapters(self, names: tuple[str, ...] | list[str]) -> list[str]:
        """Return the chapters named (all when none), refusing unknown names with a clear error."""
        if not names:
            return [c for c in self.chapters if (self.source / c).is_dir()]
        unknown = [n for n in names if n not in self.chapters]
        if unknown:
            raise CourseError(
                f"unknown chapter {unknown[0]!r}; the chapters are: {', '.join(self.chapters)}"
            )
        missing = [n for n in names if not (self.source / n).is_dir()]
        if missing:
            raise CourseError(f"source/{missing[0]}/ does not exist: create it or pick another chapter")
        return list(dict.fromkeys(names))


def chapters_from_config(config_path: Path) -> tuple[str, ...]:
    """Read the ``ASSIGNMENTS`` list from an nbgrader config file without running nbgrader."""
    from traitlets.config import Config

    config = Config()
    try:
        namespace = runpy.run_path(
            str(config_path), init_globals={"get_config": lambda: config, "c": config}
        )
    except Exception as error:  # a broken config is the user's to fix: say where
        raise CourseError(f"{config_path}: cannot be loaded ({type(error).__name__}: {error})") from error
    chapters = namespace.get("ASSIGNMENTS")
    if not isinstance(chapters, (list, tuple)) or not all(isinstance(c, str) for c in chapters):
        raise CourseError(f"{config_path}: ASSIGNMENTS must be a list of chapter ids")
    return tuple(chapters)


def find_course_root(start: Path | None = None) -> CourseRoot:
    """Return the course root at ``start`` (default: the working directory).

    Raises:
        CourseError: when ``start`` holds no ``nbgrader_config.py`` and ``source/``.
    """
    path = (start or Path.cwd()).resolve()
    if not (path / CONFIG_NAME).is_file() or not (path / "source").is_dir():
        raise CourseError(
            f"{path} is not a course root (no {CONFIG_NAME} and source/ here): "
            "run keras-course from the folder that holds them"
        )
    return CourseRoot(path=path, chapters=chapters_from_config(path / CONFIG_NAME))
