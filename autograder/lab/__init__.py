"""The student's JupyterLab: a private copy of the release notebooks, Validate, no instructor tools.

``prepare_lab(release, workdir)`` copies the notebooks (never overwriting a student's work) and writes
the configuration the lab runs with; ``lab_command`` says how to start it; ``keras-course lab`` does both.
"""

from autograder.lab.copy_release import copy_release
from autograder.lab.launch import LabLaunch, lab_command
from autograder.lab.page_config import INSTRUCTOR_EXTENSIONS, INSTRUCTOR_SERVER_EXTENSIONS
from autograder.lab.prepare import LabFolder, prepare_lab
from autograder.lab.server import RunningLab, running_lab

__all__ = [
    "INSTRUCTOR_EXTENSIONS",
    "INSTRUCTOR_SERVER_EXTENSIONS",
    "LabFolder",
    "LabLaunch",
    "RunningLab",
    "copy_release",
    "lab_command",
    "prepare_lab",
    "running_lab",
]
