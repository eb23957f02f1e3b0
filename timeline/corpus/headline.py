"""The headline of a plain-text article with no title in its metadata: its first content line,
unless that line is the article's metadata rather than its headline.

Pages saved from news sites and copied from archives often open with a dateline ("Posted:
08/02/2013 6:12 PM EDT", "August 9, 2013", "Updated 6:12 PM EDT, July 9, 2014") or the page's
address. Such a line names when or where the article appeared, not what it is about, so the
headline is the first line after it.
"""

from __future__ import annotations

import re

from ..model import Span
from ..timex.values import MONTH_NAMES

MAX_TITLE = 200  # characters: a longer first line is a paragraph, not a headline

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# Words a dateline holds besides its figures: labels, months and weekdays (and their short
# forms), clock words and time zones.
_DATELINE_WORDS = frozenset(
    {m.lower() for m in MONTH_NAMES}
    | {m.lower()[:3] for m in MONTH_NAMES}
    | {"sept"}
    | set(_WEEKDAYS)
    | {d[:3] for d in _WEEKDAYS}
    | {"posted", "updated", "published", "last", "first", "modified", "date", "on", "at", "and", "of", "the"}
    | {"am", "pm", "a", "p", "m", "noon", "midnight"}
    | {"gmt", "utc", "bst", "cet", "cest", "et", "est", "edt", "ct", "cst", "cdt", "mt", "mst", "mdt", "pt"}
    | {"pst", "pdt", "akst", "akdt", "hst", "aest", "aedt", "ist"}
)
_WORD = re.compile(r"[^\W\d_]+")
# A line that is running text, not a headline: two sentences, or one long sentence closed by
# its full stop ("SPRINGFIELD — Mayor Dana Whitcombe said Tuesday that ...").
_TWO_SENTENCES = re.compile(r"[a-z)\]\"\u201d][.!?][\"\u201d]?\s+[\"\u201c]?[A-Z]")
_LONG_SENTENCE_WORDS = 16
_ADDRESS = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)


def is_metadata_line(line: str) -> bool:
    """Whether a line is a dateline or an address: figures and dateline words only."""
    if _ADDRESS.fullmatch(line):
        return True
    if not any(ch.isdigit() for ch in line):
        return False
    return all(w.lower() in _DATELINE_WORDS for w in _WORD.findall(line))


def _is_running_text(line: str) -> bool:
    if _TWO_SENTENCES.search(line):
        return True
    return line.endswith(".") and len(line.split()) >= _LONG_SENTENCE_WORDS


def first_headline(text: str, start: int, excluded: tuple[Span, ...]) -> str | None:
    """The first content line that is not metadata, taken as the headline when no metadata
    gives a title; none when that line is running text (the article has no headline)."""
    pos = start
    for line in text[start:].splitlines(keepends=True):
        span = Span(pos, pos + len(line))
        pos += len(line)
        stripped = line.strip().lstrip("\ufeff").strip().lstrip("#").strip()
        if not stripped or any(e.overlaps(span) for e in excluded) or is_metadata_line(stripped):
            continue
        return None if len(stripped) > MAX_TITLE or _is_running_text(stripped) else stripped
    return None
