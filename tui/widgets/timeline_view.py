"""The timeline list: a line-API view that draws only the rows on screen.

Like Toolong's log view it is a ``ScrollView`` with ``render_line``, so 100,000 events cost no more
to show than 30: the rows are ints (see ``tui.rows``) and each visible line is drawn on demand
and cached until the data, the width or the theme changes.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.cells import cell_len, set_cell_size
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding
from textual.cache import LRUCache
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from timeline.model import Timeline

from ..contrast import readable
from ..dates import date_label, is_approximate, is_coarse
from ..rows import Heading, Rows
from ..sanitize import one_line
from .row_lines import LineMap, wrap_cells
from .virtual import set_virtual_size

DATE_WIDTH = 16
SUMMARY_MIN = 40  # cells of summary before the people column gets any
PEOPLE_MIN = 10  # a people column narrower than this says too little to keep


def _fit(text: str, width: int) -> str:
    """``text`` padded or cut to ``width`` cells, an ellipsis marking a cut."""
    if cell_len(text) <= width:
        return set_cell_size(text, width)
    return set_cell_size(text, width - 1) + "…"


def _sources_text(count: int, width: int) -> str:
    """The sources column: " 12 src", or " 12" on a narrow list."""
    return f" {count:>3} src" if width >= 60 else f" {count:>2}"


class TimelineView(ScrollView, can_focus=True):
    """Events in date order under year and month headings: one line each, or, in the wrapped
    view, as many lines as each summary needs."""

    @dataclass
    class Focused(Message):
        """The cursor moved: onto the event at ``position``, or onto none (None)."""

        position: int | None

    @dataclass
    class Chosen(Message):
        """An event was chosen (Enter or a double click): open its source."""

        position: int

    BINDINGS = [
        Binding("up,k", "cursor(-1)", "Up", show=False, id="timeline.up"),
        Binding("down,j", "cursor(1)", "Down", show=False, id="timeline.down"),
        Binding("pageup", "page(-1)", "Page up", show=False, id="timeline.page_up"),
        Binding("pagedown,space", "page(1)", "Page down", show=False, id="timeline.page_down"),
        Binding("home", "edge(0)", "First", show=False, id="timeline.first"),
        Binding("end", "edge(1)", "Last", show=False, id="timeline.last"),
    ]

    COMPONENT_CLASSES = {
        "timeline-view--year",
        "timeline-view--month",
        "timeline-view--date",
        "timeline-view--date-coarse",
        "timeline-view--date-approx",
        "timeline-view--people",
        "timeline-view--sources",
        "timeline-view--cursor",
        "timeline-view--cursor-blurred",
        "timeline-view--match",
    }

    cursor: reactive[int] = reactive(-1, always_update=True, repaint=False)

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._timeline = Timeline()
        self._rows = Rows([], [])
        self._names: dict[str, str] = {}
        self._widest_date = 0  # cells of the longest date label of the timeline
        self._needle = ""
        self._cache: LRUCache[tuple[int, int, int, bool, bool], Strip] = LRUCache(1024)
        self._styles: dict[str, Style] = {}
        self._wrapped = False
        self._lines = LineMap(0)
        self._wraps: dict[int, list[str]] = {}  # row -> its summary's lines, in the wrapped view
        self._layout_width = 0  # the width the wrapped lines were folded for

    # data ------------------------------------------------------------------------------------

    @property
    def rows(self) -> Rows:
        return self._rows

    def _is_event(self, row: int) -> bool:
        return 0 <= row < len(self._rows) and self._rows.event_index_at(row) is not None

    @property
    def focused_position(self) -> int | None:
        if self._is_event(self.cursor):
            item = self._rows.at(self.cursor)
            return item if isinstance(item, int) else None
        return None

    def show(self, timeline: Timeline, rows: Rows, *, needle: str = "", keep: int | None = None) -> None:
        """Show ``rows``; keep the cursor on event ``keep``, or the next one shown after it."""
        if timeline is not self._timeline:
            self._timeline = timeline
            self._names = {p.id: one_line(p.name) for p in timeline.people}
            # over the distinct dates: a large corpus has tens of thousands of events, far fewer dates
            self._widest_date = max((len(date_label(d)) for d in {e.date for e in timeline.events}), default=0)
        self._rows = rows
        positions = rows.positions
        self._needle = needle.casefold()
        self._relayout()
        if not positions:
            target = -1
        elif keep is None:
            target = self._rows.row_of_index(0)
        else:
            nearest = self._rows.nearest_row(keep)  # never None: there are rows
            target = -1 if nearest is None else nearest
        self.cursor = target
        self.scroll_to_cursor(center=True)
        self.refresh()

    def move_to_position(self, position: int) -> None:
        row = self._rows.row_of(position)
        if row is not None:
            self.cursor = row
            self.scroll_to_cursor(center=True)

    @property
    def wrapped(self) -> bool:
        return self._wrapped

    def set_wrapped(self, wrapped: bool) -> None:
        """Fold each summary onto as many lines as it needs (or back to one line a row), keeping
        the cursor's row in view."""
        if wrapped == self._wrapped:
            return
        self._wrapped = wrapped
        self._relayout()
        self.scroll_to_cursor(center=True)
        self.refresh()

    def _relayout(self) -> None:
        """Work out which line holds which row again (the rows, the width or the view changed)."""
        self._cache.clear()
        self._wraps = {}
        self._layout_width = self.scrollable_content_region.width
        if self._wrapped:
            summary_w = self._columns(self._layout_width)[2]

            def height(row: int) -> int:
                value = self._rows.at(row)
                if isinstance(value, Heading):
                    return 1
                lines = self._wraps[row] = wrap_cells(one_line(self._timeline.events[value].text), summary_w)
                return len(lines)

            self._lines = LineMap(len(self._rows), height)
        else:
            self._lines = LineMap(len(self._rows))
        set_virtual_size(self, Size(self.size.width, self._lines.lines))

    # cursor ----------------------------------------------------------------------------------

    def watch_cursor(self, old: int, new: int) -> None:
        self._refresh_row(old)
        self._refresh_row(new)
        self.post_message(self.Focused(self.focused_position))

    def _refresh_row(self, row: int) -> None:
        if not 0 <= row < len(self._rows):
            return
        first = self._lines.first_line(row)
        for line in range(first, first + self._lines.height(row)):
            y = line - self.scroll_offset.y
            if 0 <= y < self.size.height:
                self.refresh_line(y)

    def scroll_to_cursor(self, *, center: bool = False) -> None:
        if self.cursor < 0:
            return
        top = self.scroll_offset.y
        height = max(1, self.scrollable_content_region.height)
        first = self._lines.first_line(self.cursor)
        last = first + self._lines.height(self.cursor) - 1
        if center:
            self.scroll_to(y=max(0, first - height // 2), animate=False, immediate=True)
        elif first < top:
            # show the heading above the first event
            above = 1 if self.cursor and not self._is_event(self.cursor - 1) else 0
            self.scroll_to(y=max(0, first - above), animate=False, immediate=True)
        elif last >= top + height:
            self.scroll_to(y=min(first, last - height + 1), animate=False, immediate=True)

    def _step(self, start: int, direction: int) -> int:
        i = start
        while 0 <= i + direction < len(self._rows):
            i += direction
            if self._is_event(i):
                return i
        return start

    def action_cursor(self, direction: int) -> None:
        self.cursor = self._step(self.cursor, direction)
        self.scroll_to_cursor()

    def action_page(self, direction: int) -> None:
        height = max(1, self.scrollable_content_region.height)
        if self.cursor < 0:
            return
        line = self._lines.first_line(self.cursor) + direction * height
        target = self._lines.at(min(max(line, 0), self._lines.lines - 1))[0]
        if target >= 0 and not self._is_event(target):
            target = self._step(target, direction)
            if not self._is_event(target):
                target = self._step(target, -direction)
        if target >= 0:
            self.scroll_to(y=self.scroll_offset.y + direction * height, animate=False, immediate=True)
            self.cursor = target
            self.scroll_to_cursor()

    def action_edge(self, end: int) -> None:
        if self._rows.positions:
            self.cursor = self._rows.row_of_index(len(self._rows.positions) - 1 if end else 0)
            self.scroll_to_cursor()
            if not end:
                self.scroll_to(y=0, animate=False, immediate=True)

    def action_choose(self) -> None:
        position = self.focused_position
        if position is not None:
            self.post_message(self.Chosen(position))

    def on_click(self, event: events.Click) -> None:
        row = self._lines.at(self.scroll_offset.y + event.y)[0]
        if self._is_event(row):
            self.cursor = row
            if event.chain >= 2:
                self.action_choose()

    # drawing ---------------------------------------------------------------------------------

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._styles.clear()
        self._cache.clear()

    def _style(self, name: str) -> Style:
        """A component style laid over the widget's own (cached until the styles change)."""
        style = self._styles.get(name)
        if style is None:
            base = self._styles.get("") or self._styles.setdefault("", self.rich_style)
            style = self._styles[name] = base if not name else base + self._component_style(name)
        return style

    def _component_style(self, name: str) -> Style:
        """A component's own style, readable in every theme (see ``tui.contrast``)."""
        styles = self.get_component_styles(f"timeline-view--{name}")
        return readable(styles, self.background_colors[1])

    def on_resize(self) -> None:
        self._relayout()

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        if self._wrapped and width != self._layout_width:
            # a scrollbar came or went with the wrapped lines (no resize event): fold them again
            self._relayout()
        line = self.scroll_offset.y + y
        row, part = self._lines.at(line)
        if row < 0:
            if line == 1 and not len(self._rows):
                message = "  No events match the filters (c clears them)"
                return Strip([Segment(set_cell_size(message, width), self._style("sources"))], width)
            return Strip.blank(width, self._style(""))
        key = (row, part, width, row == self.cursor, self.has_focus)
        strip = self._cache.get(key)
        if strip is None:
            strip = self._cache[key] = self._render_row(row, part, width)
        return strip

    def on_focus(self) -> None:
        self._cache.clear()
        self.refresh()

    def on_blur(self) -> None:
        self._cache.clear()
        self.refresh()

    def _columns(self, width: int) -> tuple[int, int, int]:
        """Cells of the date, people and summary columns at ``width``.

        The summary comes first: the people column takes a quarter of the room (at most 20
        cells) as long as SUMMARY_MIN are left, and goes when that is too narrow to read. It is
        kept for every row (blank where nobody is named) so the columns line up."""
        src_w = len(_sources_text(0, width))
        date_w = DATE_WIDTH + 3 if width >= 90 else DATE_WIDTH if width >= 50 else 12
        if width >= 50:  # room for a range ("Jan 2021–Mar 2022") when the timeline holds one
            date_w = max(date_w, min(DATE_WIDTH + 3, self._widest_date + 1))
        room = width - 3 - date_w - src_w - 1
        people_w = min(20, room // 4, room - SUMMARY_MIN) if self._names else 0
        people_w = people_w if people_w >= PEOPLE_MIN else 0
        fixed = 3 + date_w + (people_w + 1 if people_w else 0) + src_w
        return date_w, people_w, max(0, width - fixed)

    def _render_row(self, row: int, part: int, width: int) -> Strip:
        value = self._rows.at(row)
        if isinstance(value, Heading):
            style = self._style("year" if value.level == 0 else "month")
            text = ("" if value.level == 0 else "  ") + value.label
            return Strip([Segment(set_cell_size(text, width), style)], width)
        event = self._timeline.events[value]
        cursor = row == self.cursor
        cursor_style = self._cursor_style() if cursor else None

        def styled(name: str) -> Style:
            style = self._style(name)
            return style + cursor_style if cursor_style else style

        date = event.date
        date_kind = "date-approx" if is_approximate(date) else "date-coarse" if is_coarse(date) else "date"
        sources = len(event.sources)
        src_text = _sources_text(sources, width)
        date_w, people_w, summary_w = self._columns(width)
        plain = styled("")
        if self._wrapped:
            lines = self._wraps.get(row) or wrap_cells(one_line(event.text), summary_w)
            text = lines[part] if part < len(lines) else ""
        else:
            text = one_line(event.text)
        summary = set_cell_size(text, summary_w)
        if part:  # a continuation line of a wrapped summary: the other columns stay blank
            return Strip(
                [
                    Segment(" " * (3 + date_w), plain),
                    *self._summary_segments(summary, plain, cursor_style),
                    Segment(" " * max(0, width - 3 - date_w - summary_w), plain),
                ],
                width,
            )
        names = ", ".join(self._names.get(pid, pid) for pid in event.people)
        segments = [
            Segment("  ", plain),
            Segment(_fit(date_label(date), date_w), styled(date_kind)),
            Segment(" ", plain),
            *self._summary_segments(summary, plain, cursor_style),
        ]
        if people_w:
            segments.append(Segment(" " + _fit(names, people_w), styled("people")))
        rest = width - 3 - date_w - summary_w - (people_w + 1 if people_w else 0)
        segments.append(Segment(set_cell_size(src_text, max(0, rest)), styled("sources")))
        return Strip(segments, width)

    def _cursor_style(self) -> Style:
        name = "cursor" if self.has_focus else "cursor-blurred"
        style = self._styles.get(f"-{name}")
        if style is None:
            style = self._styles[f"-{name}"] = self._component_style(name)
        return style

    def _summary_segments(self, summary: str, style: Style, cursor_style: Style | None) -> list[Segment]:
        needle = self._needle
        if not needle:
            return [Segment(summary, style)]
        lowered = summary.lower()
        match_style = self._style("match") + cursor_style if cursor_style else self._style("match")
        segments, start = [], 0
        while (hit := lowered.find(needle, start)) != -1 and needle:
            if hit > start:
                segments.append(Segment(summary[start:hit], style))
            segments.append(Segment(summary[hit : hit + len(needle)], match_style))
            start = hit + len(needle)
        if start < len(summary):
            segments.append(Segment(summary[start:], style))
        return segments
