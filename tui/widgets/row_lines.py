"""Which screen line holds which row of the timeline list, when rows may take several lines.

In the wrapped view an event's summary is folded onto as many lines as it needs, so the list's
lines are no longer its rows. ``LineMap`` keeps the first line of every row (a prefix sum) and
answers both ways by bisection; in the one-line view it is the identity and costs nothing.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence

from rich.cells import cell_len


def wrap_cells(text: str, width: int) -> list[str]:
    """``text`` folded at spaces into lines of at most ``width`` cells (a word longer than a line
    is cut), always at least one line. Cells, not characters: wide characters take two."""
    if width <= 0:
        return [""]
    lines: list[str] = []
    line = ""
    for word in text.split():
        while cell_len(word) > width:  # a word wider than the column: cut it where it must
            room = width - cell_len(line) - (1 if line else 0)
            if room <= 0:
                lines.append(line)
                line, room = "", width
            cut = _cells_prefix(word, room)
            line = f"{line} {word[:cut]}" if line else word[:cut]
            word = word[cut:]
            lines.append(line)
            line = ""
        if not word:
            continue
        if not line:
            line = word
        elif cell_len(line) + 1 + cell_len(word) <= width:
            line = f"{line} {word}"
        else:
            lines.append(line)
            line = word
    lines.append(line)
    return [text_line for text_line in lines if text_line] or [""]


def _cells_prefix(word: str, width: int) -> int:
    """How many characters of ``word`` fit in ``width`` cells (at least one, so cutting ends)."""
    used = 0
    for i, char in enumerate(word):
        used += cell_len(char)
        if used > width:
            return max(1, i)
    return len(word)


class LineMap:
    """The first screen line of each row, for rows ``height(row)`` lines tall."""

    def __init__(self, count: int, height: Callable[[int], int] | None = None) -> None:
        self._identity = height is None
        self._count = count
        starts: Sequence[int]
        if height is None:
            starts = range(count + 1)
        else:
            prefix = [0]
            for row in range(count):
                prefix.append(prefix[-1] + max(1, height(row)))
            starts = prefix
        self._starts = starts

    @property
    def lines(self) -> int:
        """Lines in all."""
        return self._starts[-1] if self._count else 0

    def first_line(self, row: int) -> int:
        return self._starts[row]

    def height(self, row: int) -> int:
        return self._starts[row + 1] - self._starts[row]

    def at(self, line: int) -> tuple[int, int]:
        """The row on ``line`` and which of its lines it is (``(-1, 0)`` past the ends)."""
        if not 0 <= line < self.lines:
            return -1, 0
        if self._identity:
            return line, 0
        row = bisect_right(self._starts, line) - 1
        return row, line - self._starts[row]
