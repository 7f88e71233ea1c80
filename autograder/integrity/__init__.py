"""The structure check: is a submitted notebook's graded structure intact? (runs no code)

``check_submission(path, reference)`` compares a submission with its chapter's reference structure
(``load_reference``) and returns one ``Problem`` per thing wrong, each a line saying how to repair it.
Grading calls it before executing a submission; ``keras-course check`` prints it.
"""

from autograder.integrity.compare import check_notebook, check_submission
from autograder.integrity.problem import Problem
from autograder.integrity.reading import MAX_NOTEBOOK_BYTES
from autograder.integrity.reference import ExpectedCell, Reference, load_reference, reference_from_notebook

__all__ = [
    "MAX_NOTEBOOK_BYTES",
    "ExpectedCell",
    "Problem",
    "Reference",
    "check_notebook",
    "check_submission",
    "load_reference",
    "reference_from_notebook",
]
