"""nbgrader configuration for the keras-course: the repository root is the course root.

Plain ``nbgrader generate_assignment``, ``nbgrader autograde`` and ``nbgrader generate_feedback``
run from this folder use it as it is; ``keras-course`` reads the same file.
"""

import os

c = get_config()  # noqa: F821  (provided by traitlets when nbgrader loads this file)

c.CourseDirectory.course_id = "keras-course"
# The folder holding this file, whatever the working directory (traitlets sets __file__).
c.CourseDirectory.root = os.path.dirname(os.path.abspath(__file__))
c.CourseDirectory.source_directory = "source"
c.CourseDirectory.release_directory = "release"
c.CourseDirectory.submitted_directory = "submitted"
c.CourseDirectory.autograded_directory = "autograded"
c.CourseDirectory.feedback_directory = "feedback"
c.CourseDirectory.db_url = "sqlite:///" + os.path.join(c.CourseDirectory.root, "gradebook.db")
# Chapter folders may carry small data files; never copy caches or checkpoints around.
c.CourseDirectory.ignore = [".ipynb_checkpoints", "*.pyc", "__pycache__", "feedback.ipynb"]

# The chapters, in course order: each is an nbgrader assignment of the same name.
ASSIGNMENTS = [
    "ch01_sequential",
    "ch02_functional",
    "ch03_metrics",
    "ch04_training_loops",
    "ch05_tf_data",
    "ch06_training_in_practice",
    "ch07_custom_layers_and_models",
    "ch08_export",
    "ch09_distributed",
]
c.CourseDirectory.assignment_id = ""
c.GenerateAssignment.create_assignment = True
c.Autograde.create_student = True

# TensorFlow needs time: importing it takes seconds, and an exercise may train for a few more.
# nbgrader's default of 30 s a cell would cut correct work off on a slow machine.
c.Execute.timeout = 180
c.Execute.startup_timeout = 120
c.Execute.interrupt_on_timeout = True

# Feedback shows what a student can act on; hidden tests stay hidden (see keras-course feedback).
c.ClearSolutions.code_stub = {
    "python": "# YOUR CODE HERE\nraise NotImplementedError()",
}
