"""Publication dates for articles that do not give one, inferred from what real pages carry.

Evidence, strongest first (``EVIDENCE``), each kept with the words it rests on so the user can
see why and set another date:

1. a dateline or by-line date at the top of the article: "Published: 12 May 2011", "Posted Dec
   23, 2012", "Monday, Sep 10, 2012 | Updated 9:01 AM EDT", "Wednesday, July 28, 2004". A
   numeric dateline ("Posted: 08/02/2013") is read the way the page reads: month first when the
   page writes US clock times or US time zones, when its URL says so, or when its own dates in
   figures or words are written month first (``temporal.figure_order``); when nothing says, it
   is read day first and the other reading kept for the corpus to settle (``consensus``);
   a date labelled so anywhere in the page ("Page last updated at 10:57 GMT, Friday, 1 April
   2011" at its foot);
2. a date in the URL's path (``/2016/02/11/``, ``/2016-02-11-``);
3. the text's own evidence: a full date in a sentence that also says "today"; else the latest
   full date the article mentions outside sentences that look ahead ("will be sentenced on 3
   May"): news reports what has happened. Not when the article tells of a later year, month or
   decade as past: then it was written after every day it names.

A date the page gives (1 and 2) is the article's date as the page states it, with that
evidence; only one worked out from the text (3), or a date in figures that reads either way
until the corpus settles it, is marked estimated, and the events dated from it approximate. An
article none of this dates is left undated; the analysis then says what that costs
(``cost_of_no_date``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence

from attrs import evolve, frozen

from ..corpus.headline import DATELINE_LABELS, WEEKDAY_WORDS, WIRE_DATELINE
from ..model import Anchoring, Document, Granularity, Span, TemporalExpression, TimexType
from ..temporal import tag
from ..temporal.figure_order import day_first_in
from ..text import enclosing, sentences

TOP_LINES = 6  # non-empty lines at the top of the body where a dateline or by-line sits
_LABEL = re.compile(
    r"\b(?:published|posted|updated|last\s+updated|first\s+published|filed|date|dated|created)\b", re.IGNORECASE
)
# "the plan was published on 12 November": the label word is a verb of the sentence, not a label.
_VERB_BEFORE_LABEL = re.compile(
    r"\b(?:was|were|is|are|be|been|being|has|have|had|will|would|to)\s+(?:first\s+|last\s+|also\s+|not\s+)?$",
    re.IGNORECASE,
)
_US_CLOCK = re.compile(
    r"\b\d{1,2}[:.]\d\d\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:E[DS]T|C[DS]T|M[DS]T|P[DS]T|ET|PT)\b|\b[AaPp]\.?[Mm]\.?\s+(?:E[DS]T|C[DS]T|P[DS]T|ET)\b"
)
_NUMERIC = re.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d\d)\b")
_URL_DATE = re.compile(
    r"/(?P<y>(?:19|20)\d\d)(?P<sep>[/-])(?P<m>0?[1-9]|1[0-2])(?P=sep)(?P<d>0?[1-9]|[12]\d|3[01])(?=[/\-_.]|$)"
    r"|/(?P<y2>(?:19|20)\d\d)(?P<m2>0[1-9]|1[0-2])(?P<d2>0[1-9]|[12]\d|3[01])(?=/)"
)
_TODAY = re.compile(r"\b(?:today|this morning|this afternoon|tonight)\b", re.IGNORECASE)
_AHEAD = re.compile(
    r"\b(?:will|shall|is\s+(?:due|set|scheduled|expected)\s+to|are\s+(?:due|set|scheduled|expected)\s+to|"
    r"to\s+be\s+(?:held|sentenced|released)|scheduled\s+for|upcoming|next)\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[A-Za-z][A-Za-z.]*")
# The place a wire-style dateline opens with: "PORTLAND, Ore. (AP) —", "LONDON (Reuters) -",
# "WASHINGTON, D.C. |": a place in capitals, perhaps its state or country, perhaps the agency in
# brackets, then a dash, bar or colon.


@frozen
class Estimate:
    """A publication date and what it rests on (shown to the user)."""

    day: dt.date
    evidence: str
    alternative: dt.date | None = None  # the other reading of a date in figures read either way
    given: bool = True  # the page states it (a dateline, a label, the URL); else worked out from the text


def infer_published(document: Document) -> Document:
    """``document`` with an estimated publication date and its evidence, when its page gives
    any; unchanged otherwise."""
    text = document.content
    for find in EVIDENCE:
        found = find(document, text)
        if found is not None:
            certain = found.given and found.alternative is None
            return evolve(
                document,
                published=found.day,
                published_estimated=not certain,
                published_evidence=f"{'given by the page' if certain else 'estimated from the text'}: {found.evidence}",
                published_alternative=found.alternative,
            )
    return document


_LINE = re.compile(r"[^\n]*")
MAX_DATELINE = 200  # characters: a longer line is a paragraph, not a dateline


def _top_lines(text: str) -> list[tuple[int, str]]:
    """(offset, line) of the short lines among the first non-empty lines of the content (a
    long paragraph is looked at no further: what a dateline could be costs the same in any
    article, however long)."""
    lines: list[tuple[int, str]] = []
    seen = 0
    for match in _LINE.finditer(text):
        line = match.group().rstrip("\r")
        if not line.strip():
            continue
        seen += 1
        if len(line) <= MAX_DATELINE:
            lines.append((match.start(), line))
        if seen >= TOP_LINES:
            break
    return lines


def _full_dates(expressions: Sequence[TemporalExpression]) -> list[TemporalExpression]:
    return [
        t
        for t in expressions
        if t.granularity is not None
        and t.granularity.rank >= Granularity.DAY.rank  # a day, or a time of one ("6:12 PM EDT, March 14, 2023")
        and t.interval is not None
        and t.anchoring is Anchoring.ABSOLUTE
        and t.type in (TimexType.DATE, TimexType.TIME)
    ]


# The agency or place a by-line date is filed by, before a comma: "AFP, Tuesday 2 Jul 2013",
# "INDONESIA, July 2, 2013", "Jakarta, 2 July 2013" (capitalised words alone on the line).
_FILED_BY = re.compile(r"^\s*(?:[A-Z][\w.&'\-]*\s+){0,2}[A-Z][\w.&'\-]*\s*,\s*$")


def _is_dateline(line: str, timex: TemporalExpression, offset: int) -> bool:
    """A line that is its date and dateline words only, perhaps after a wire-style place
    ("PORTLAND, Ore. (AP) — March 3, 2017") or the agency or place it is filed by ("AFP,
    Tuesday 2 Jul 2013"), or that labels the date ("posted ... on Wednesday,
    September 18, 2013")."""
    start, end = timex.span.start - offset, timex.span.end - offset
    before, after = line[:start], line[end:]
    label = _LABEL.search(before)
    if label and not _VERB_BEFORE_LABEL.search(before, 0, label.start()):
        return True
    before = WIRE_DATELINE.sub("", before, count=1)
    before = _FILED_BY.sub("", before, count=1)
    rest = [w.lower().rstrip(".") for w in _WORD.findall(before + " " + after)]
    return len(rest) <= 8 and all(w in DATELINE_LABELS or w in WEEKDAY_WORDS or len(w) == 1 for w in rest)


def from_dateline(document: Document, text: str) -> Estimate | None:
    """A dateline or by-line date among the top lines of the article."""
    month_first = not day_first_in(text)  # the page's figures or words say month first
    for offset, raw in _top_lines(text):
        line = _PAGE_ABBREVIATIONS.sub(lambda m: m.group(1) + " ", raw)  # same length: offsets kept
        us = bool(_US_CLOCK.search(line)) or _numeric_is_us(line, document) or month_first
        told = us  # the page says which order its figures are in
        found = _full_dates(tag(line, None, day_first=not us))
        if not found and _NUMERIC.search(line):  # "Posted 11/27/2005": only one order is a date
            us, told = not us, True
            found = _full_dates(tag(line, None, day_first=not us))
        for timex in found:
            shifted = evolve(
                timex, span=evolve(timex.span, start=timex.span.start + offset, end=timex.span.end + offset)
            )
            if _is_dateline(line, shifted, offset) and timex.interval is not None:
                figures = _NUMERIC.search(timex.text)
                order = " (read month first, as the page writes its dates)" if us and figures else ""
                other = _other_reading(figures, timex.interval.start) if figures and not told else None
                return Estimate(timex.interval.start, f"dateline: {raw.strip()!r}{order}", other)
    return None


def _other_reading(figures: re.Match[str], day: dt.date) -> dt.date | None:
    """The date "8/2/13" is when read in the other order, if it is a date and another one."""
    first, second = int(figures.group(1)), int(figures.group(2))
    if first == second or first > 12 or second > 12:
        return None
    try:
        return day.replace(month=day.day, day=day.month)
    except ValueError:
        return None


_LABELLED = re.compile(
    r"\b(?:published|posted|updated|last\s+updated|first\s+published|date)\b\s*(?:on|at|:)?\s*$", re.IGNORECASE
)


def from_label(document: Document, text: str) -> Estimate | None:
    """A date right after "Published", "Last updated" ... anywhere in the page (some pages print
    it at the foot)."""
    for timex in _full_dates(tag(text, None)):
        line_start = text.rfind("\n", 0, timex.span.start) + 1
        if timex.interval is not None and _LABELLED.search(
            text, max(line_start, timex.span.start - 40), timex.span.start
        ):
            return Estimate(timex.interval.start, f"dateline: {text[line_start : timex.span.end].strip()!r}")
    return None


# Abbreviations pages print with a stop the grammar does not take ("Fri., May. 3, 2013").
_PAGE_ABBREVIATIONS = re.compile(r"\b(May|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.(?=[,\s])")


def datelines(document: Document, text: str) -> tuple[Span, ...]:
    """The lines at the top of the article that are its dateline or by-line date: publication
    metadata, not events."""
    found = []
    for offset, raw in _top_lines(text):
        line = _PAGE_ABBREVIATIONS.sub(lambda m: m.group(1) + " ", raw)
        for day_first in (True, False):
            dates = _full_dates(tag(line, None, day_first=day_first))
            shifted = [evolve(t, span=Span(t.span.start + offset, t.span.end + offset)) for t in dates]
            if any(_is_dateline(line, t, offset) for t in shifted):
                found.append(Span(offset, offset + len(raw)))
                break
    return tuple(found)


def _numeric_is_us(line: str, document: Document) -> bool:
    """Whether a numeric date on the line reads month first by the URL's date."""
    url_day = _url_day(document)
    match = _NUMERIC.search(line)
    if url_day is None or match is None:
        return False
    a, b = int(match.group(1)), int(match.group(2))
    return (url_day.month, url_day.day) == (a, b) and a != b


def _url_day(document: Document) -> dt.date | None:
    if not document.url:
        return None
    match = _URL_DATE.search(document.url)
    if match is None:
        return None
    year, month, day = (match.group(g) or match.group(g + "2") for g in ("y", "m", "d"))
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        return None


def from_url(document: Document, text: str) -> Estimate | None:
    """A date in the path of the article's URL."""
    day = _url_day(document)
    return Estimate(day, f"the date in its URL ({document.url})") if day is not None else None


def from_text(document: Document, text: str) -> Estimate | None:
    """A full date beside "today"; else the latest full date not looked ahead to, unless the
    article also tells of a later year, month or decade as past (a biography's "born on 22 April
    1923" beside "the 1950s"): then the article was written after every day it names, and no
    day it names is its date."""
    expressions = tag(text, None)
    dates = _full_dates(expressions)
    if not dates:
        return None
    spans = sentences(text)

    def looks_ahead(timex: TemporalExpression) -> bool:
        sentence = enclosing(spans, timex.span)
        return bool(_AHEAD.search(text[sentence.start : sentence.end])) if sentence else False

    looked_back = []
    for timex in dates:
        sentence = enclosing(spans, timex.span)
        words = text[sentence.start : sentence.end] if sentence else ""
        if timex.interval is not None and _TODAY.search(words):
            return Estimate(timex.interval.start, f"'today' beside the date {timex.text!r}", given=False)
        if not looks_ahead(timex):
            looked_back.append(timex)
    candidates = looked_back or dates
    latest = max(candidates, key=lambda t: t.interval.end if t.interval else dt.date.min)
    if latest.interval is None:
        return None
    later = [
        t
        for t in expressions
        if t.anchoring is Anchoring.ABSOLUTE
        and t.interval is not None
        and t.interval.start > latest.interval.end
        and t.type is TimexType.DATE
        and not looks_ahead(t)
    ]
    if later:
        return None
    return Estimate(latest.interval.start, f"the latest full date the article mentions ({latest.text!r})", given=False)


EVIDENCE: tuple[Callable[[Document, str], Estimate | None], ...] = (from_dateline, from_label, from_url, from_text)


def cost_of_no_date(expressions: Sequence[TemporalExpression]) -> str:
    """What an article without a publication date loses, in words for the problems list."""
    unresolved = sum(1 for t in expressions if t.anchoring is Anchoring.UNRESOLVED)
    dated = sum(1 for t in expressions if t.interval is not None)
    return (
        f"no publication date found (no dateline, no date in its URL, no full date in the text): "
        f"{unresolved} relative date{'s' if unresolved != 1 else ''} left unresolved, "
        f"{dated} dated; set one with --published FILE=DATE or d in the app"
    )
