"""``keras-course demo``: where the verbs meet, release, grade, feedback, report and export in one run.

``sample_class`` (the demo's class of submissions), ``course_loop`` (the whole loop in a temporary
course copy).
"""
