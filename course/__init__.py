"""What the course notebooks import: reference datasets, plotting, seeding and visible checks."""

__version__ = "0.1.0"
