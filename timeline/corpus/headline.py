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

# The place a wire-style story opens with, before a dash: "PORTLAND, Ore. (AP) — ", "LONDON
# (Reuters) - ", "HARBOR CITY — ". It says where the story was filed, not what happened.
WIRE_DATELINE = re.compile(
    r"^\s*[A-Z][A-Z.'\-]+(?:\s+[A-Z][A-Z.'\-]+){0,3}"
    r"(?:,\s*[A-Z][A-Za-z.]{0,14}(?:\s+[A-Z][A-Za-z.]{0,14})?)?"
    r"\s*(?:\([A-Z][A-Za-z .&-]{0,30}\))?\s*[—–\-:|]+\s*"
)

# Words a dateline holds besides its date: labels, clock times and zones, "by" (the dateline
# estimate of ``analysis.published`` reads the same words).
DATELINE_LABELS = frozenset(
    """
    published posted updated last first filed date dated created on at by am pm a.m p.m a m p hrs
    edt est cdt cst mdt mst pdt pst et ct mt pt gmt bst utc cet cest ist aest
    """.split()
)
WEEKDAY_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun".split()
)
# A line of the page's metadata may also name the month, and join its parts with a few words.
_DATELINE_WORDS = (
    DATELINE_LABELS
    | WEEKDAY_WORDS
    | {m.lower() for m in MONTH_NAMES}
    | {m.lower()[:3] for m in MONTH_NAMES}
    | {"sept", "modified", "and", "of", "the", "noon", "midnight", "akst", "akdt", "hst", "aedt"}
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
