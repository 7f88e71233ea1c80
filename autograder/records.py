"""What each check records: points, message, time, device and versions; appended as JSON lines.

When ``KERAS_COURSE_RECORDS`` names a file, every check appends one JSON object per line to it.
The most recent records of this process are also kept in :data:`RECENT` (for tests and notebooks).
"""

from __future__ import annotations

import json
import os
import sys
from dataclasses import asdict, dataclass, field

RECORDS_ENV = "KERAS_COURSE_RECORDS"

RECENT: list["Record"] = []
_RECENT_LIMIT = 100


@dataclass
class Record:
    """One check's outcome, with everything needed to explain it later.

    ``layout``: the replica devices of a chapter that made them (:mod:`autograder.replicas`), else ``""``.
    """

    check: str
    points: float
    max_points: float
    message: str
    seconds: float
    device: str = ""
    layout: str = ""
    tensorflow: str = ""
    keras: str = ""
    python: str = field(default_factory=lambda: sys.version.split()[0])
    captured: str = ""

    def to_json(self) -> str:
        """Return the record as one line of JSON."""
        return json.dumps(asdict(self), sort_keys=True)


def versions() -> tuple[str, str]:
    """Return (TensorFlow version, Keras version), empty strings for any not yet imported."""
    tf = sys.modules.get("tensorflow")
    keras = sys.modules.get("keras")
    return getattr(tf, "__version__", ""), getattr(keras, "__version__", "")


def write_record(record: Record) -> None:
    """Keep ``record`` in :data:`RECENT` and append it to ``$KERAS_COURSE_RECORDS`` when set."""
    RECENT.append(record)
    del RECENT[:-_RECENT_LIMIT]
    path = os.environ.get(RECORDS_ENV)
    if path:
        with open(path, "a", encoding="utf-8") as handle:
            handle.write(record.to_json() + "\n")
