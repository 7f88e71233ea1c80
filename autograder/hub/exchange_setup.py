"""Set up nbgrader's exchange for the course on a shared machine or JupyterHub (``keras-course hub-exchange``).

What stock nbgrader leaves open, and how this set-up closes it:

- The exchange root must be writable by every user (nbgrader checks it), so a student could create
  ``<root>/<course>/`` before the instructor's first release and own the course's inbound folder.
  Here the root is ``1777`` (the sticky bit: nobody removes or renames another's entry) and the
  course folder and its ``inbound/`` (``2733``: students write, nobody lists), ``outbound/``
  (``0755``) and ``feedback/`` (``0711``: a file is read only by whoever knows its secret hash) are
  created at once, owned by the instructor, with the modes nbgrader itself would give them.
- ``nbgrader submit`` leaves each submission folder ``0777`` with ``0644`` files: the config selects
  :class:`autograder.hub.private_submit.PrivateSubmit` (folder ``0770`` in the instructor's
  group: the student and the instructor only).
- ``nbgrader collect`` takes a folder named after a student whoever owns it, and follows links:
  the system-wide config selects :class:`autograder.hub.safe_collect.SafeCollect`.
- Course membership comes from the hub (``nbgrader.auth.JupyterHubAuthPlugin``: groups
  ``nbgrader-<course>`` and ``formgrade-<course>``).
- The instructor plugins are hidden from students (``labconfig/page_config.json`` and
  ``jupyter_server_config.json`` in the same config folder, as ``keras-course lab`` does).
"""

from __future__ import annotations

import os
import pwd
from pathlib import Path

from autograder.errors import CourseError
from autograder.lab.page_config import write_page_config, write_server_config

ROOT_MODE = 0o1777
# nbgrader 0.9's own modes (exchange/default/release_assignment.py, release_feedback.py)
COURSE_FOLDERS = {"": 0o755, "outbound": 0o755, "inbound": 0o2733, "feedback": 0o711}

CONFIG = '''"""System-wide nbgrader configuration of the course's exchange (written by keras-course hub-exchange)."""

c = get_config()  # noqa: F821

c.CourseDirectory.course_id = {course_id!r}
c.Exchange.root = {root!r}
# TensorFlow's first import takes seconds: Validate must not cut it off.
c.Execute.timeout = 180
# Who takes which course: the hub groups nbgrader-<course> (students) and formgrade-<course>.
c.Authenticator.plugin_class = "nbgrader.auth.JupyterHubAuthPlugin"
# Collect only the folders a student owns, never following a link (stock collect does neither).
c.ExchangeFactory.collect = "autograder.hub.safe_collect.SafeCollect"
# Each submission readable by its student and the instructor only (stock: by anyone who knows its name).
c.ExchangeFactory.submit = "autograder.hub.private_submit.PrivateSubmit"
'''


def set_up_exchange(root: Path, course_id: str, instructor: str, config_dir: Path) -> list[Path]:
    """Create the exchange for ``course_id`` under ``root`` and write the system-wide config in ``config_dir``.

    Must run as root. Existing folders get their owner and mode set again; existing files in them
    are left as they are.

    Args:
        root: the exchange root (``/srv/nbgrader/exchange``), made ``1777``.
        course_id: the nbgrader course id (``keras-course``).
        instructor: the Unix user who releases, collects and grades; owns the course folder.
        config_dir: a folder on every user's Jupyter config path (``/etc/jupyter``): gets
            ``nbgrader_config.py``, ``labconfig/page_config.json`` and ``jupyter_server_config.json``.

    Returns:
        The folders and files made, in order.

    Raises:
        CourseError: not run as root, or ``instructor`` is not a Unix user.

    Example:
        >>> set_up_exchange(Path("/srv/nbgrader/exchange"), "keras-course", "teacher", Path("/etc/jupyter"))  # doctest: +SKIP
    """
    if os.geteuid() != 0:
        raise CourseError("keras-course hub-exchange must run as root (it gives the course folder to the instructor)")
    try:
        user = pwd.getpwnam(instructor)
    except KeyError:
        raise CourseError(f"{instructor}: no such Unix user (pass the instructor's login name)") from None
    made = []
    root.mkdir(parents=True, exist_ok=True)
    os.chown(root, 0, 0)
    os.chmod(root, ROOT_MODE)
    made.append(root)
    for name, mode in COURSE_FOLDERS.items():
        folder = root / course_id / name if name else root / course_id
        folder.mkdir(exist_ok=True)
        os.chown(folder, user.pw_uid, user.pw_gid)
        os.chmod(folder, mode)
        made.append(folder)
    config_dir.mkdir(parents=True, exist_ok=True)
    config = config_dir / "nbgrader_config.py"
    config.write_text(CONFIG.format(course_id=course_id, root=str(root)))
    made += [config, write_page_config(config_dir), write_server_config(config_dir)]
    for path in made[-3:]:
        for part in [path, *path.parents]:
            if part == config_dir.parent:
                break
            os.chmod(part, 0o755 if part.is_dir() else 0o644)
    return made
