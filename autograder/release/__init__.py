"""Generating the student release from the instructor source: validation, generation, leak checks."""
