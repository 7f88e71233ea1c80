"""Reference datasets: small, offline, deterministic, checksummed; ``load(name, split, seed=None)``.

See each dataset's module docstring for shapes, splits and the accuracy a small model reaches.
"""

from course.datasets.registry import DATASETS, NAMES, load
from course.datasets.storage import DataIntegrityError
