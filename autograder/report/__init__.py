"""``keras-course report CHAPTER``: what a graded class got wrong, at a glance, for the instructor.

Modules by what they do: ``class_scores`` (per-test scores out of the gradebook, through nbgrader's
API), ``grading_records`` (``logs/<chapter>/<student>.json``), ``causes`` (failure messages grouped
by cause), ``statistics`` (per-test and per-class figures), ``plots`` (matplotlib PNGs as base64),
``similarity`` (near-identical solution cells, copydetect), ``page`` (the self-contained HTML),
``tables`` (the same data as CSV and JSON), ``build`` (the whole report, written atomically).
"""
