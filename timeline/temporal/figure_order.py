"""The day-and-month order a text writes its dates in figures.

A US article writes "10/23/66" and, beside it, "10/1/61"; the first can only be read month first
(there is no 23rd month), so the second, which reads both ways, is 1 October too. A UK article's
"23/10/66" says the opposite. The text's own unambiguous dates in figures decide; without them,
its dates in words do ("May 2, 2013" is written month first in the US, "2 May 2013" day first
in the UK); with no evidence, or evidence both ways, the caller's default stands.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

# Day and month in figures in either order, perhaps with a year (the same mark between each),
# not glued to other figures. Without a year only a slash makes a date ("3/14"; "2.5", "3-2"
# are a decimal and a score).
_FIGURES = re.compile(r"(?<![\d./-])(\d{1,2})([/.-])(\d{1,2})(?:\2(\d{4}|\d{2}))?(?![\d./-]*\d)")
_FIGURE_MARK = re.compile(r"\d[/.-]\d")
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_MONTH_DAY = re.compile(rf"\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?!\s*:)")
_DAY_MONTH = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?![a-z])")
WORDS_READ = 20_000  # characters read for dates in words: a page's order shows early


@lru_cache(maxsize=16)
def day_first_in(text: str, default: bool = True) -> bool:
    """Whether ``text`` writes the day first ("23/10/66") or the month first ("10/23/66",
    "May 2, 2013"); ``default`` with no evidence or evidence both ways."""
    day_first = month_first = ambiguous = False
    for match in _figures(text):
        a, mark, b, year = int(match.group(1)), match.group(2), int(match.group(3)), match.group(4)
        if year is None and mark != "/":
            continue
        if 1 <= a <= 12 and 1 <= b <= 12:
            ambiguous = True
        elif year is None:
            continue  # "22/04" alone says little: "3/14" may be a score's or a ratio's
        elif 12 < a <= 31 and 1 <= b <= 12:
            day_first = True
        elif 12 < b <= 31 and 1 <= a <= 12:
            month_first = True
    if day_first != month_first:
        return day_first
    if not ambiguous or day_first:
        return default  # nothing reads both ways, or the figures say both: the order is moot
    return writes_in_words_day_first(text, default)


def _figures(text: str) -> Iterator[re.Match[str]]:
    """The matches of ``_FIGURES``, looked for only where a figure meets a mark and a figure
    (a quick search: most of a text has none)."""
    after = 0
    for near in _FIGURE_MARK.finditer(text):
        start = near.start() - 1 if near.start() and text[near.start() - 1].isdigit() else near.start()
        if start < after:
            continue
        match = _FIGURES.match(text, start)
        if match is not None:
            after = match.end()
            yield match


@lru_cache(maxsize=16)
def writes_in_words_day_first(text: str, default: bool = True) -> bool:
    """Whether the text's dates in words put the day first ("2 May"), the month first ("May 2"),
    or ``default`` when as many do each."""
    head = text[:WORDS_READ]
    month_day, day_month = len(_MONTH_DAY.findall(head)), len(_DAY_MONTH.findall(head))
    if month_day == day_month:
        return default
    return day_month > month_day
