"""Event density over time, drawn above the list (like lnav's histogram), with the focused
event's place marked. Clicking a bar jumps to the first event in it.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from collections.abc import Sequence

from rich.segment import Segment
from textual import events
from textual.strip import Strip
from textual.widget import Widget

from ..messages import DateJump

_BLOCKS = " ▁▂▃▄▅▆▇█"


class DensityBar(Widget):
    """Two lines of bars (16 levels) and an axis line with years and the focus marker."""

    COMPONENT_CLASSES = {"density-bar--bar", "density-bar--focus", "density-bar--axis"}

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._starts: list[int] = []  # sorted ordinal start days of the shown events
        self._focus: int | None = None
        self._lo = self._hi = 0

    def show(self, starts: Sequence[int], *, presorted: bool = False) -> None:
        """The start days (ordinals) of the shown events."""
        self._starts = starts if presorted else tuple(sorted(starts))  # a tuple: see timeline.index.Positions
        if self._starts:
            self._lo, self._hi = self._starts[0], self._starts[-1]
            if self._hi - self._lo < 60:  # a few days: show them in a two-month window
                self._lo, self._hi = self._lo - 30, self._hi + 30
        self.refresh()

    def mark(self, day: int | None) -> None:
        if day != self._focus:
            self._focus = day
            self.refresh()

    def _column_of(self, day: int, width: int) -> int:
        span = max(1, self._hi - self._lo + 1)
        return min(width - 1, (day - self._lo) * width // span)

    def _bounds(self, width: int) -> list[int]:
        """The first day of each of the ``width`` columns, plus the day after the last."""
        span = max(1, self._hi - self._lo + 1)
        return [self._lo + (span * c + width - 1) // width for c in range(width)] + [self._hi + 1]

    def _counts(self, width: int) -> list[int]:
        cuts = [bisect_left(self._starts, day) for day in self._bounds(width)]
        return [cuts[c + 1] - cuts[c] for c in range(width)]

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        base = self.rich_style
        if not self._starts or width <= 0:
            text = "no dated events" if y == 1 else ""
            return Strip([Segment(text.center(width)[:width], base)]).adjust_cell_length(width, base)
        bar = base + self.get_component_rich_style("density-bar--bar", partial=True)
        focus = base + self.get_component_rich_style("density-bar--focus", partial=True)
        axis = base + self.get_component_rich_style("density-bar--axis", partial=True)
        focus_col = self._column_of(self._focus, width) if self._focus is not None else -1
        if y < 2:
            counts = self._counts(width)
            top = max(counts) or 1
            segments = []
            for col, count in enumerate(counts):
                level = 0 if count == 0 else max(1, round(count * 16 / top))
                part = level - 8 if y == 0 else min(level, 8)
                segments.append(Segment(_BLOCKS[max(0, part)], focus if col == focus_col else bar))
            return Strip(segments, width)
        line = [" "] * width
        first = dt.date.fromordinal(self._lo).year
        last = dt.date.fromordinal(self._hi).year
        step = 1
        while (last - first) // step + 1 > max(1, width // 6):
            step *= 2
        for year in range(first - first % step, last + 1, step):
            day = dt.date(year, 1, 1).toordinal()
            if day < self._lo:
                continue
            col = self._column_of(day, width)
            label = f"|{year}"
            if col + len(label) <= width and all(c == " " for c in line[col:col + len(label)]):
                line[col:col + len(label)] = label
        if not any(c != " " for c in line):
            line[1:1 + len(str(first))] = str(first)
        segments = [Segment("".join(line), axis)]
        if 0 <= focus_col < width:
            text = "".join(line)
            segments = [Segment(text[:focus_col], axis), Segment("▲", focus), Segment(text[focus_col + 1:], axis)]
        return Strip(segments, width)

    def on_click(self, event: events.Click) -> None:
        width = self.size.width
        if self._starts and 0 <= event.x < width:
            self.post_message(DateJump(dt.date.fromordinal(self._bounds(width)[event.x])))
