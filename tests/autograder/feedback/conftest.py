from fixture_course import course, generated_course  # noqa: F401  (the grading fixture course)
