"""A plain-text progress bar with an ETA, and the final grade table."""

from __future__ import annotations

import sys
import time
from typing import TextIO


class Progress:
    """Redraws ``[#####.....] 5/10  ETA 0:42  last: alice 8.0/10 (graded)`` on one line of ``stream``."""

    def __init__(self, total: int, workers: int, stream: TextIO | None = None, width: int = 30):
        """Start the clock for ``total`` submissions graded by ``workers`` in parallel."""
        self.total = total
        self.workers = max(1, workers)
        self.stream = stream if stream is not None else sys.stderr
        self.width = width
        self.done = 0
        self.started = time.monotonic()
        self._tty = bool(getattr(self.stream, "isatty", lambda: False)())
        self.draw("")

    def eta(self) -> float | None:
        """Seconds left, from the mean wall time per finished submission; None before the first."""
        if self.done == 0:
            return None
        per = (time.monotonic() - self.started) / self.done
        return per * (self.total - self.done)

    def draw(self, last: str) -> None:
        """Write the bar (carriage return on a terminal, one line per update otherwise)."""
        filled = int(self.width * self.done / self.total) if self.total else self.width
        eta = self.eta()
        eta_text = "--:--" if eta is None else f"{int(eta) // 60}:{int(eta) % 60:02d}"
        line = f"[{'#' * filled}{'.' * (self.width - filled)}] {self.done}/{self.total}  ETA {eta_text}"
        if last:
            line += f"  last: {last}"
        self.stream.write(("\r" + line + "\033[K") if self._tty else line + "\n")
        self.stream.flush()

    def advance(self, last: str) -> None:
        """Count one finished submission and redraw."""
        self.done += 1
        self.draw(last)
        if self._tty and self.done == self.total:
            self.stream.write("\n")


def format_table(rows: list[dict]) -> str:
    """Return the final table: student, points (``-`` for an error: none recorded), max, seconds,
    status, device and reason."""
    header = ("student", "points", "max", "seconds", "status", "device", "reason")
    lines = [header] + [(r["student"], "-" if r["points"] is None else f"{r['points']:g}", f"{r['max_points']:g}",
                         f"{r['seconds']:.1f}", r["status"], r.get("device", ""), r.get("reason", "")) for r in rows]
    widths = [max(len(str(line[i])) for line in lines) for i in range(len(header) - 1)]
    out = []
    for line in lines:
        cells = [str(value).ljust(width) for value, width in zip(line, widths)]
        out.append("  ".join(cells + [str(line[-1])]).rstrip())
    return "\n".join(out)
