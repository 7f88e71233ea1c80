"""Parallel class grading: one submission per worker, nbgrader's own Autograde, one gradebook writer.

Modules by verb: ``course_config`` (read nbgrader_config.py), ``discover`` (find submissions and
build jobs), ``gradebook_template`` (the private gradebook a worker grades into), ``worker`` (grade one
submission: the function a sandbox wraps), ``pool`` / ``dask_backend`` (run jobs), ``gradebook_writer``
(the single writer), ``place`` (autograded/ files), ``progress``, ``run`` (the whole ``grade``:
``autograder.grade.run.grade_chapter``). Feedback, export, report and the demo live in packages of
their own. Importing this package imports none of them: the janitor and the canary, started as
``python -m autograder.grade.<module>`` by every grading run, stay light.
"""
