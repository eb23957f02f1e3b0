"""Sentence and paragraph boundaries in news copy, as spans into the original text."""

from __future__ import annotations

import re

from .model import Span

# A sentence ends at . ! or ? (possibly followed by closing quotes or brackets) before
# whitespace and an opening quote/capital/digit, or at a blank line. Abbreviations that end in
# a full stop but do not end a sentence are listed so "Mr. Gilroy" stays one sentence.
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr st prof sen rep gov gen col lt sgt capt cllr rev jr sr inc ltd co corp no vs etc "
    "jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k a.m p.m e.g i.e".split()
)
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])|\n\s*\n|[\"”]\s*\n")
_WORD_BEFORE = re.compile(r"([\w.]+)$")

# A "sentence" longer than this (a scraped page without full stops, a minified file) is cut at
# other boundaries, so no stage that works sentence by sentence pays more than this per unit.
MAX_SENTENCE = 2000
_WEAKER = ("\n", "; ", ": ", ", ", " ")


def sentences(text: str) -> tuple[Span, ...]:
    """Spans of the sentences of ``text``, leading and trailing whitespace trimmed."""
    spans: list[Span] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        end = match.end()
        if match.group()[0] == ".":
            word = _WORD_BEFORE.search(text, max(0, match.start() - 12), match.start())
            if word and word.group(1).lower().rstrip(".") in _ABBREVIATIONS:
                continue
        _append(text, spans, start, end)
        start = end
    _append(text, spans, start, len(text))
    return tuple(spans)


def _append(text: str, spans: list[Span], start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE:  # cut at the weakest boundary that leaves a long piece
        limit = start + MAX_SENTENCE
        cut = limit
        for mark in _WEAKER:
            at = text.rfind(mark, start + MAX_SENTENCE // 2, limit)
            if at >= 0:
                cut = at + len(mark)
                break
        piece = cut
        while piece > start and text[piece - 1].isspace():
            piece -= 1
        if piece > start:
            spans.append(Span(start, piece))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        spans.append(Span(start, end))


def enclosing(spans: tuple[Span, ...], target: Span) -> Span | None:
    """The span among ``spans`` (sorted, disjoint) that contains ``target``'s start."""
    lo, hi = 0, len(spans)
    while lo < hi:
        mid = (lo + hi) // 2
        if spans[mid].end <= target.start:
            lo = mid + 1
        else:
            hi = mid
    if lo < len(spans) and spans[lo].start <= target.start:
        return spans[lo]
    return None
