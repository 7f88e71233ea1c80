"""``keras-course export``: grades out of the gradebook, for people and for learning-management systems.

``grade_table`` (students x chapters, pandas) and ``canvas`` (Canvas's gradebook import CSV).
"""
