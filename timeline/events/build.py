"""Timeline events from merged groups: mentions, date, people, summary, disagreements, order."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping, Sequence

from ..corpus.headline import WIRE_DATELINE
from ..model import Disagreement, Event, EventDate, EventMention
from ..people.across import nickname_of
from .extract import Statement

_SUMMARY_MAX = 160
_CLAUSE = re.compile(r"[,;:–—]\s+|\s+-\s+")


def summary(statement: Statement) -> str:
    """One line that reads as a sentence: the whole sentence when it is short; else the sentence
    cut at clause boundaries, keeping its opening (usually who did what) and the clause that
    holds the date, with "…" where words were left out."""
    offset = statement.sentence.start
    start, end = statement.timexes[0].span.start - offset, statement.timexes[-1].span.end - offset
    # "HARBOR CITY, Ore. — The council voted ...": the place the story was filed from is no
    # part of what happened
    lead = WIRE_DATELINE.match(statement.excerpt)
    cut = lead.end() if lead and lead.end() <= start else 0
    return shorten(statement.excerpt[cut:], start - cut, end - cut)


def shorten(sentence: str, start: int, end: int, limit: int = _SUMMARY_MAX) -> str:
    """``sentence`` in at most ``limit`` characters, keeping the words at ``[start, end)``.

    In order of preference: the sentence up to a clause boundary after the date; up to a word
    boundary; its opening clause(s), "…", and the date's clause; "…" and the date's clause with
    its neighbours.
    """
    text = " ".join(sentence.split())
    if len(text) <= limit:
        return text
    end = min(end, len(sentence))  # a date may run past the excerpt (over a paragraph break)
    start = min(start, end)
    cuts = [0] + [m.end() for m in _CLAUSE.finditer(sentence)] + [len(sentence)]
    lo = max(c for c in cuts if c <= start)
    hi = min((c for c in cuts if c >= end and c > lo), default=len(sentence))

    def part(a: int, b: int) -> str:
        return " ".join(sentence[a:b].split()).strip(" ,;:-–—")

    def tail(b: int) -> str:
        return "" if b >= len(sentence) else " …"

    openings = [part(0, c) + tail(c) for c in cuts if c >= hi]
    fitting = [o for o in openings if len(o) <= limit]
    if fitting:
        return fitting[-1]
    if end + 10 < limit:  # the date sits early: the sentence up to a word boundary
        return part(0, sentence.rfind(" ", 0, limit - 1)) + " …"
    clause = part(lo, hi) + tail(hi)
    heads = [part(0, c) for c in cuts if 0 < c <= lo]
    fitting = [h for h in heads if len(h) + 3 + len(clause) <= limit]
    if fitting:
        return f"{fitting[-1]} … {clause}"
    while hi - lo < 60 and (lo > 0 or hi < len(sentence)):  # a clause of a few words says too little
        lo = max([c for c in cuts if c < lo], default=lo)
        hi = min([c for c in cuts if c > hi], default=hi)
    window = ("… " if lo > 0 else "") + part(lo, hi) + tail(hi)
    if len(window) > limit:
        window = window[: limit - 1].rsplit(" ", 1)[0] + "…"
    return window


def make_event(
    event_id: str,
    date: EventDate,
    statements: Sequence[Statement],
    person_of: Mapping[tuple[str, int], str],
    spellings: Mapping[tuple[str, str], tuple[str, ...]],
    source_name: Callable[[str], str] = str,
    published: Callable[[str], dt.date | None] = lambda doc: None,
) -> Event:
    """The event told by ``statements`` (in corpus order), dated ``date``; a note on the sources
    names each by ``source_name`` (its outlet, for a reader) rather than by its file id.
    ``published`` gives each source's publication date: the summary is taken from a source that
    reports the event rather than one that looked ahead to it."""
    mentions = []
    people: list[str] = []
    for s in statements:
        pids = tuple(dict.fromkeys(person_of[(s.doc, p)] for p in s.named if (s.doc, p) in person_of))
        speaker = person_of.get((s.doc, s.speaker)) if s.speaker is not None else None
        for timex in s.timexes:
            mentions.append(EventMention(s.doc, s.sentence, s.excerpt, timex, pids, speaker))
        people.extend(p for p in pids if p not in people)
    # The summary is told by a source that gives the event's date ("at 2:09 a.m.", not "this
    # morning"), published once the event began if one was: "the council voted on Tuesday to
    # censure her", not "the council would consider a censure at its June 20 meeting".
    dated = [s for s in statements if s.date is not None and s.date.value == date.value]
    start = date.interval.start if date.interval is not None else None
    reporting = (s for s in dated if start is not None and (day := published(s.doc)) is not None and day >= start)
    main = next(reporting, dated[0] if dated else statements[0])
    disagreements = _spelling_disagreements(statements, people, spellings, source_name)
    return Event(event_id, date, summary(main), tuple(people), tuple(mentions), disagreements)


def _spelling_disagreements(
    statements: Sequence[Statement],
    people: Sequence[str],
    spellings: Mapping[tuple[str, str], tuple[str, ...]],
    source_name: Callable[[str], str],
) -> tuple[Disagreement, ...]:
    docs = list(dict.fromkeys(s.doc for s in statements))
    if len(docs) < 2:
        return ()
    found = []
    for pid in people:
        forms = {doc: spellings.get((doc, pid), ()) for doc in docs}
        if _spelt_differently({f for fs in forms.values() for f in fs}):
            detail = "; ".join(f"{source_name(doc)}: {', '.join(fs)}" for doc, fs in forms.items() if fs)
            found.append(
                Disagreement(
                    "spelling",
                    f"the sources spell a name differently ({detail})",
                    tuple(d for d, fs in forms.items() if fs),
                )
            )
    return tuple(found)


def _spelt_differently(forms: set[str]) -> bool:
    """Whether the forms of one name are spelt differently, not only shortened: "Whitcombe"
    is how "Dana Whitcombe" is written where her first name is not given, "Patricia" how "Dame
    Patricia" gives "Patricia Orme", "Bobby Delacroix" how 'Robert "Bobby" Delacroix' is known,
    "Bill Dwyer" how "William Dwyer" is; "Newsam" and "Newson" differ."""
    words = [[word.strip("\"“”‘’'()") for word in form.casefold().split()] for form in forms]
    longest = max(words, key=len, default=[])
    return not all(_shortening(form, longest) for form in words)


def _shortening(short: list[str], full: list[str]) -> bool:
    """Whether ``short``'s words are ``full``'s, some left out, in the same order; a nickname
    is its name's word ("Bill Dwyer" of "William Dwyer")."""
    rest = iter(full)
    return all(any(word == other or nickname_of(word, other) for other in rest) for word in short)


SortKey = tuple[dt.date | None, int, int, int]


def sort_key(event: Event, doc_order: Mapping[str, int]) -> SortKey:
    """By start of the date's interval; a coarser date before the finer ones inside it; then
    document order and position (stable ties)."""
    interval = event.date.interval
    first = event.mentions[0]
    return (
        interval.start if interval else None,
        -(interval.days if interval else 0),
        doc_order.get(first.document, 0),
        first.timex.span.start,
    )
