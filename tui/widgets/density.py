"""Event density over time, drawn above the list (like lnav's histogram), with the focused
event's place marked. Clicking a bar jumps to the first event in it; zooming in (``+``, or the
mouse wheel over the bar) halves the stretch of time it spans, around the focused event.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

from rich.segment import Segment
from textual import events
from textual.message import Message
from textual.strip import Strip
from textual.widget import Widget

from timeline.timex.dates import clamp_ordinal

_BLOCKS = " ▁▂▃▄▅▆▇█"
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MIN_SPAN = 92  # days: zoomed all the way in, the bar spans about three months


class DensityBar(Widget):
    """Two lines of bars (16 levels) and an axis line with years and the focus marker."""

    @dataclass
    class DateJump(Message):
        """A bar was clicked: move the cursor to the first event on or after ``day``."""

        day: dt.date

    COMPONENT_CLASSES = {"density-bar--bar", "density-bar--focus", "density-bar--axis"}

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._starts: Sequence[int] = ()  # sorted ordinal start days of the shown events
        self._focus: int | None = None
        self._first = self._last = 0  # the days all the shown events span
        self._lo = self._hi = 0  # the days the bar spans (less than the above when zoomed in)
        self.zoom = 0  # each level halves the span

    def show(self, starts: Sequence[int], *, presorted: bool = False) -> None:
        """The start days (ordinals) of the shown events."""
        self._starts = starts if presorted else tuple(sorted(starts))  # a tuple: see timeline.query.index.Positions
        if self._starts:
            self._first, self._last = self._starts[0], self._starts[-1]
            if self._last - self._first < 60:  # a few days: show them in a two-month window
                self._first, self._last = clamp_ordinal(self._first - 30), clamp_ordinal(self._last + 30)
        self._place(recentre=True)

    def mark(self, day: int | None) -> None:
        if day != self._focus:
            self._focus = day
            self._place(recentre=day is not None and not self._lo <= day <= self._hi)

    def zoom_by(self, levels: int) -> bool:
        """Zoom in (positive) or out; False when the bar cannot zoom further that way."""
        full = self._last - self._first + 1
        deepest = 0
        while full >> (deepest + 1) >= _MIN_SPAN:
            deepest += 1
        zoom = max(0, min(deepest, self.zoom + levels))
        if zoom == self.zoom:
            return False
        self.zoom = zoom
        self._place(recentre=True)
        return True

    def _place(self, *, recentre: bool) -> None:
        """The stretch the bar spans: everything, or (zoomed) a part of it around the focus."""
        full = self._last - self._first + 1
        span = max(_MIN_SPAN, full >> self.zoom) if self.zoom else full
        if span >= full:
            self._lo, self._hi = self._first, self._last
        elif recentre:
            centre = self._focus if self._focus is not None else (self._first + self._last) // 2
            self._lo = max(self._first, min(centre - span // 2, self._last - span + 1))
            self._hi = self._lo + span - 1
        self.refresh()

    def on_mouse_scroll_up(self, event: events.MouseScrollUp) -> None:
        self.zoom_by(1)
        event.stop()

    def on_mouse_scroll_down(self, event: events.MouseScrollDown) -> None:
        self.zoom_by(-1)
        event.stop()

    def _column_of(self, day: int, width: int) -> int:
        span = max(1, self._hi - self._lo + 1)
        return min(width - 1, (day - self._lo) * width // span)

    def _bounds(self, width: int) -> list[int]:
        """The first day of each of the ``width`` columns, plus the day after the last."""
        span = max(1, self._hi - self._lo + 1)
        return [self._lo + (span * c + width - 1) // width for c in range(width)] + [self._hi + 1]

    def _ticks(self, width: int) -> list[tuple[int, str]]:
        """Labelled days for the axis: years, or months when the bar spans a few years or less."""
        first, last = dt.date.fromordinal(self._lo), dt.date.fromordinal(self._hi)
        room = max(1, width // 6)
        if self._hi - self._lo < 3 * 365:
            months = (last.year - first.year) * 12 + last.month - first.month + 1
            step = next((s for s in (1, 2, 3, 6, 12) if months // s + 1 <= room), 12)
            ticks = []
            for m in range(first.year * 12 + first.month - 1, last.year * 12 + last.month):
                year, month = divmod(m, 12)
                if month % step == 0:
                    ticks.append((dt.date(year, month + 1, 1).toordinal(), str(year) if month == 0 else _MONTHS[month]))
            return ticks
        step = 1
        while (last.year - first.year) // step + 1 > room:
            step *= 2
        return [
            (dt.date(y, 1, 1).toordinal(), str(y))
            for y in range(first.year - first.year % step, last.year + 1, step)
            if y >= 1  # no year 0
        ]

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
        free = 1  # where a lone label can go
        if self.zoom:  # at the end away from the focus marker
            note = f"×{1 << self.zoom}"
            at = 0 if focus_col >= width // 2 else width - len(note)
            line[at : at + len(note)] = note
            free = len(note) + 1 if at == 0 else 1
        labelled = False
        for day, name in self._ticks(width):
            if day < self._lo:
                continue
            col = self._column_of(day, width)
            label = f"|{name}"
            if col + len(label) <= width and all(c == " " for c in line[col : col + len(label)]):
                line[col : col + len(label)] = label
                labelled = True
        if not labelled:
            first = dt.date.fromordinal(self._lo)
            label = f"{_MONTHS[first.month - 1]} {first.year}" if self.zoom else str(first.year)
            line[free : free + len(label)] = label[: max(0, width - free)]
        segments = [Segment("".join(line), axis)]
        if 0 <= focus_col < width:
            text = "".join(line)
            segments = [Segment(text[:focus_col], axis), Segment("▲", focus), Segment(text[focus_col + 1 :], axis)]
        return Strip(segments, width)

    def on_click(self, event: events.Click) -> None:
        width = self.size.width
        if self._starts and 0 <= event.x < width:
            day = clamp_ordinal(self._bounds(width)[event.x])  # a column may start past 9999-12-31
            self.post_message(self.DateJump(dt.date.fromordinal(day)))
