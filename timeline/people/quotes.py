"""Quotations and who said them, after the common patterns of news copy.

'"...," she said.'  '"...," said Cllr Dean.'  'Mr Gilroy said: "..."'  'He added: "..."'; a
paragraph that opens with a quotation nobody is credited with continues the previous speaker.
British papers also quote in single marks ('‘...,’ she said.'). The closing mark is also the
apostrophe, so a single quotation closes only at a ’ that no letter follows ("Gilroy’s" and
"isn’t" do not close it), opens only before a letter ("the ‘90s" is an elided year), and one
left open at the end of its paragraph is not a quotation.
"""

from __future__ import annotations

import re

from ..model import Span
from .lexicon import SPEECH_VERBS

_PARAGRAPH = re.compile(r"[^\n]+")
_MARK = re.compile(r'["“”‘’]')
_VERB = re.compile(r"\b(?:" + "|".join(sorted(SPEECH_VERBS)) + r")\b", re.IGNORECASE)
_AFTER = 70
_BEFORE_END = re.compile(r"[:,]\s*$")


def find_quotes(text: str) -> tuple[Span, ...]:
    """Spans of the quotations (marks included); one left open runs to the paragraph's end."""
    quotes = []
    for para in _PARAGRAPH.finditer(text):
        start, single = None, False
        for mark in _MARK.finditer(text, para.start(), para.end()):
            i, ch = mark.start(), mark.group()
            after_word = i > 0 and text[i - 1].isalnum()
            if start is None:
                if ch == "“" or (ch == '"' and not after_word):
                    start, single = i, False
                elif ch == "‘" and not after_word and i + 1 < len(text) and text[i + 1].isalpha():
                    start, single = i, True
            elif (ch in '"”' and not single) or (ch == "’" and single and not text[i + 1 : i + 2].isalpha()):
                quotes.append(Span(start, i + 1))
                start = None
        if start is not None and not single:
            quotes.append(Span(start, para.end()))
    return tuple(quotes)


def attribution_windows(text: str, quote: Span) -> tuple[Span | None, Span | None]:
    """Where the speaker of ``quote`` may be named: just after it, or in the lead-in before it.

    The after-window holds a speech verb ('," she said'); the lead-in ends with a colon or
    comma and holds a speech verb ('She asked at the meeting: "').
    """
    after = None
    tail_end = min(len(text), quote.end + _AFTER)
    stop = min((i for i in (text.find(c, quote.end, tail_end) for c in '."“‘\n') if i != -1), default=tail_end)
    tail = text[quote.end : stop]
    if _VERB.search(tail) and not tail.strip().startswith(("(", "[")):
        after = Span(quote.end, stop)
    before = None
    line_start = text.rfind("\n", 0, quote.start) + 1
    lead_start = max(line_start, max((text.rfind(c, line_start, quote.start) for c in ".!?"), default=-1) + 1)
    lead = text[lead_start : quote.start]
    if _BEFORE_END.search(lead) and _VERB.search(lead):
        before = Span(lead_start, quote.start)
    return after, before
