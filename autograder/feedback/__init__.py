"""``keras-course feedback``: per-student HTML feedback without hidden test code.

``hidden_tests`` (cut hidden tests from cells and outputs), ``generate`` (nbgrader's GenerateFeedback
with that preprocessor first).
"""
