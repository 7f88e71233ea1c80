"""The trusted side of grading: points recomputed from check exports, outside the student's process.

:func:`build_reference` keeps the hidden expectations from a trusted run of the instructor's
notebook; :func:`judge_submission` turns a submission's exports into per-test-cell points;
:func:`load_keras_model` opens a student's ``.keras`` file safely.
"""

from autograder.verdict.exports import MalformedExport, read_cell_exports
from autograder.verdict.judge import CellVerdict, judge_submission, verdicts_as_records
from autograder.verdict.keras_files import RefusedModel, inspect_keras_file, load_keras_model
from autograder.verdict.reference import BrokenReference, Reference, build_reference, load_reference
