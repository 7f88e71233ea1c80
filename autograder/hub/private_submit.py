"""``nbgrader submit`` whose folder in ``inbound/`` only its student and the instructor can enter.

Stock nbgrader 0.9 leaves each submission folder ``0777`` with ``0644`` files, "hidden from other
users by the timestamp": a student who learns another's folder name (a timestamp and 12 random
characters; it appears in logs and error messages) can read it, and delete and replace its files.
The course's ``inbound/`` belongs to the instructor's group with the set-group-id bit
(``keras-course hub-exchange``), so each new submission folder belongs to that group;
:class:`PrivateSubmit` then makes the folder ``0770``: its student (owner) and the instructor (group)
enter it, nobody else does, whatever the modes of the files inside. Select it with
``c.ExchangeFactory.submit = "autograder.hub.private_submit.PrivateSubmit"``.
"""

from __future__ import annotations

import os

from nbgrader.exchange.default.submit import ExchangeSubmit

FOLDER_MODE = 0o770


class PrivateSubmit(ExchangeSubmit):
    """nbgrader's submit, then the new ``inbound/`` folder closed to everyone but its student and the instructor."""

    def copy_files(self) -> None:
        """Submit as nbgrader does, then close the submission folder when it belongs to ``inbound/``'s group.

        Without that group (an ``inbound/`` made by stock nbgrader, not set-group-id) the instructor
        could not enter a closed folder, so it is left as nbgrader made it and a warning is logged.
        """
        super().copy_files()
        folder = os.path.join(self.inbound_path, self.assignment_filename)
        if os.stat(folder).st_gid == os.stat(self.inbound_path).st_gid:
            os.chmod(folder, FOLDER_MODE)
        else:
            self.log.warning("%s is not in %s's group: left open (run keras-course hub-exchange)", folder, self.inbound_path)
