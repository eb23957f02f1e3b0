"""Full garbage collections while the user is idle, not in the middle of a keystroke.

With 100,000 events on screen, a full collection of Python's cyclic garbage collector walks the
app's widgets, caches and messages and takes 30 ms or more: twice the budget of a page of
scrolling, at a moment the collector picks. The timeline itself is frozen out of the collector
(``gc.freeze`` after loading); this paces the rest. Full collections are made ten times rarer,
and one is run after each burst of activity once the user has paused, where it costs nothing
anyone sees. Memory is still reclaimed as before: reference counting frees almost everything at
once, and the idle collection finds the rest.
"""

from __future__ import annotations

import gc
import time

IDLE = 1.0  # seconds without a key press or mouse event
RARER = 10  # full collections this many times rarer than Python's default
_PYTHON_DEFAULT_OLD = 10


class IdleCollector:
    def __init__(self, idle: float = IDLE) -> None:
        self._idle = idle
        self._last = time.monotonic()
        self._active = False

    @staticmethod
    def start() -> None:
        """Make full collections rarer (once per process: starting twice changes nothing)."""
        young, middle, old = gc.get_threshold()
        gc.set_threshold(young, middle, max(old, _PYTHON_DEFAULT_OLD * RARER))

    def touched(self) -> None:
        """The user did something."""
        self._last = time.monotonic()
        self._active = True

    def tick(self) -> bool:
        """Collect if the user has paused since the last activity; True if it did."""
        if self._active and time.monotonic() - self._last >= self._idle:
            self._active = False
            gc.collect()
            return True
        return False
