"""A whole article, word-wrapped, as a line-API view that knows which line holds which offset,
so it can scroll to an excerpt and step between the article's dated statements.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.cache import LRUCache
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from .virtual import set_virtual_size

_WORD = re.compile(r"\S+\s*")


def wrap_offsets(text: str, width: int) -> list[tuple[int, int]]:
    """``(start, end)`` offsets of each screen line of ``text`` wrapped at ``width`` cells.

    Lines break at newlines and between words; a word longer than a line is cut.
    """
    width = max(1, width)
    lines: list[tuple[int, int]] = []
    pos = 0
    for raw in text.split("\n"):
        start, end = pos, pos + len(raw)
        pos = end + 1
        line_start = start
        for word in _WORD.finditer(text, start, end):
            w_start, w_end = word.span()
            if w_start > line_start and cell_len(text[line_start:w_end].rstrip()) > width:
                lines.append((line_start, w_start))
                line_start = w_start
            while cell_len(text[line_start:w_end].rstrip()) > width:
                lines.append((line_start, line_start + width))
                line_start += width
        lines.append((line_start, end))
    return lines


class ArticleView(ScrollView, can_focus=True):
    """Displays a pre-styled ``Text`` (already cleaned of control characters)."""

    def __init__(self, text: Text, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._text = text
        self._lines: list[tuple[int, int]] = []
        self._starts: list[int] = []
        self._cache: LRUCache[tuple[int, int], Strip] = LRUCache(512)
        self._width = 0

    @property
    def plain(self) -> str:
        return self._text.plain

    def restyle(self, text: Text) -> None:
        """New styles over the same characters (the line breaks stay)."""
        self._text = text
        self._cache.clear()
        self.refresh()

    def set_text(self, text: Text) -> None:
        """Different text: wrap it again and go back to the top."""
        self._text = text
        self._width = 0
        self._cache.clear()
        self._layout()
        self.scroll_to(y=0, animate=False, immediate=True)
        self.refresh()

    def _layout(self) -> None:
        width = self.scrollable_content_region.width
        if width and width != self._width:
            self._width = width
            self._lines = wrap_offsets(self._text.plain, width)
            self._starts = [s for s, _ in self._lines]
            self._cache.clear()
            set_virtual_size(self, Size(width, len(self._lines)))

    def on_resize(self) -> None:
        self._layout()

    def notify_style_update(self) -> None:
        """A new theme or style: the lines drawn in the old one are drawn again."""
        super().notify_style_update()
        self._cache.clear()

    def line_of(self, offset: int) -> int:
        self._layout()
        return max(0, bisect_right(self._starts, offset) - 1)

    def scroll_to_offset(self, offset: int) -> None:
        line = self.line_of(offset)
        self.scroll_to(y=max(0, line - self.scrollable_content_region.height // 3), animate=False, immediate=True)

    def render_line(self, y: int) -> Strip:
        self._layout()
        row = self.scroll_offset.y + y
        width = self.scrollable_content_region.width
        base = self.rich_style
        if not 0 <= row < len(self._lines):
            return Strip.blank(width, base)
        strip = self._cache.get((row, width))
        if strip is None:
            start, end = self._lines[row]
            part = self._text[start:end]
            part.rstrip()
            segments = [Segment(s.text, base + (s.style or Style())) for s in part.render(self.app.console)]
            strip = self._cache[(row, width)] = Strip(segments).adjust_cell_length(width, base)
        return strip
