"""The rows of the timeline list: events under year and month headings.

A row is an event or a heading. Rows are not materialised one by one: the shown events are cut
into runs that share a heading key (year and month), and a row number is found by bisecting the
runs. Rebuilding the rows of 100,000 events on every keystroke then costs one C-level pass and
a step per run.
"""

from __future__ import annotations

import calendar
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import cache

from attrs import frozen

from timeline.query.index import UNDATED, pick, run_numbers

_MONTH_NAMES = tuple(calendar.month_name)  # calendar.month_name formats on every lookup


@frozen
class Heading:
    label: str
    level: int  # 0: year, 1: month


@cache
def _headings(previous: int | None, key: int) -> tuple[Heading, ...]:
    """Headings shown between an event with key ``previous`` and the next, with ``key``.

    Events coarser than a month sit under their year heading; the next finer event repeats its
    month heading, so no coarse event looks as if it belonged to the month above it.
    """
    if key == UNDATED:
        return (Heading("Undated", 0),) if previous != UNDATED else ()
    year, month = divmod(key, 16)
    out = []
    if previous is None or previous == UNDATED or previous // 16 != year:
        out.append(Heading(str(year), 0))
    if month:
        out.append(Heading(f"{_MONTH_NAMES[month]} {year}", 1))
    return tuple(out)


class Rows:
    """The shown events (``positions``, ascending) and the headings between their runs."""

    def __init__(self, positions: Sequence[int], keys_of: Sequence[int], runs_of: Sequence[int] | None = None) -> None:
        """``keys_of``: every event's heading key; ``runs_of``: every event's run number in the
        whole timeline (``timeline.query.index.run_numbers``; worked out here if not given)."""
        self.positions = positions
        n = len(positions)
        if runs_of is None:
            runs_of = run_numbers(keys_of)
        # Shown events of one run of the whole timeline share a heading, so runs are found by
        # bisecting the (ascending) run numbers: a step per run, not a comparison per event.
        runs = pick(runs_of, positions)
        starts: list[int] = []
        keys: list[int] = []
        i = 0
        while i < n:
            key = keys_of[positions[i]]
            if not keys or key != keys[-1]:  # runs split by events not shown join up again
                starts.append(i)
                keys.append(key)
            i = bisect_right(runs, runs[i], i)
        self._run_start = starts  # index into positions where each run starts
        self._run_headings: list[tuple[Heading, ...]] = []
        self._run_row: list[int] = []  # row of each run's first heading (or first event)
        previous: int | None = None
        extra = 0
        for key, start in zip(keys, starts, strict=True):
            heads = _headings(previous, key)
            self._run_row.append(start + extra)
            self._run_headings.append(heads)
            extra += len(heads)
            previous = key
        self._length = n + extra

    def __len__(self) -> int:
        return self._length

    def at(self, row: int) -> int | Heading:
        """The event position, or the heading, at ``row``."""
        run = bisect_right(self._run_row, row) - 1
        offset = row - self._run_row[run]
        heads = self._run_headings[run]
        if offset < len(heads):
            return heads[offset]
        return self.positions[self._run_start[run] + offset - len(heads)]

    def index_of(self, position: int) -> int | None:
        """The index in ``positions`` of an event, or None if it is not shown."""
        i = bisect_left(self.positions, position)
        return i if i < len(self.positions) and self.positions[i] == position else None

    def row_of_index(self, i: int) -> int:
        """The row of the ``i``-th shown event."""
        run = bisect_right(self._run_start, i) - 1
        return self._run_row[run] + len(self._run_headings[run]) + i - self._run_start[run]

    def row_of(self, position: int) -> int | None:
        i = self.index_of(position)
        return None if i is None else self.row_of_index(i)

    def nearest_row(self, position: int) -> int | None:
        """The row of ``position``, else of the next shown event after it, else the last."""
        if not self.positions:
            return None
        i = min(bisect_left(self.positions, position), len(self.positions) - 1)
        return self.row_of_index(i)

    def event_index_at(self, row: int) -> int | None:
        """The index in ``positions`` of the event at ``row`` (None for a heading)."""
        run = bisect_right(self._run_row, row) - 1
        offset = row - self._run_row[run] - len(self._run_headings[run])
        return None if offset < 0 else self._run_start[run] + offset
