"""Timeline events from merged groups: mentions, date, people, summary, disagreements, order."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from ..model import Disagreement, Event, EventDate, EventMention
from .extract import Statement

_SUMMARY_MAX = 160
_CLAUSE = re.compile(r"[,;:–—]\s+|\s+-\s+")


def summary(statement: Statement) -> str:
    """One line: the sentence, or the clauses around the date when the sentence is long."""
    text = " ".join(statement.excerpt.split())
    if len(text) <= _SUMMARY_MAX:
        return text
    sentence_start = statement.sentence.start
    at = statement.timexes[0].span.start - sentence_start
    raw = statement.excerpt
    cuts = [0] + [m.end() for m in _CLAUSE.finditer(raw)] + [len(raw)]
    lo = max(c for c in cuts if c <= at)
    hi = min(c for c in cuts if c > at)
    while hi - lo < 60 and (lo > 0 or hi < len(raw)):
        lower = [c for c in cuts if c < lo]
        higher = [c for c in cuts if c > hi]
        if lower:
            lo = lower[-1]
        if higher:
            hi = higher[0]
    clause = " ".join(raw[lo:hi].split()).strip(" ,;:-–—")
    if len(clause) > _SUMMARY_MAX:
        clause = clause[:_SUMMARY_MAX - 1].rsplit(" ", 1)[0] + "…"
    return clause


def make_event(event_id: str, date: EventDate, statements: Sequence[Statement], person_of: Mapping[tuple[str, int], str],
               spellings: Mapping[tuple[str, str], tuple[str, ...]]) -> Event:
    """The event told by ``statements`` (in corpus order), dated ``date``."""
    mentions = []
    people: list[str] = []
    for s in statements:
        pids = tuple(dict.fromkeys(person_of[(s.doc, p)] for p in s.people if (s.doc, p) in person_of))
        speaker = person_of.get((s.doc, s.speaker)) if s.speaker is not None else None
        for timex in s.timexes:
            mentions.append(EventMention(s.doc, s.sentence, s.excerpt, timex, pids, speaker))
        people.extend(p for p in pids if p not in people)
    main = min(statements, key=lambda s: (s.date.interval.days if s.date and s.date.interval else 1 << 30))
    disagreements = _spelling_disagreements(statements, people, spellings)
    return Event(event_id, date, summary(main), tuple(people), tuple(mentions), disagreements)


def _spelling_disagreements(statements, people, spellings) -> tuple[Disagreement, ...]:
    docs = list(dict.fromkeys(s.doc for s in statements))
    if len(docs) < 2:
        return ()
    found = []
    for pid in people:
        forms = {doc: spellings.get((doc, pid), ()) for doc in docs}
        distinct = {f for fs in forms.values() for f in fs}
        if len(distinct) > 1:
            detail = "; ".join(f"{doc}: {', '.join(fs)}" for doc, fs in forms.items() if fs)
            found.append(Disagreement("spelling", f"the sources spell a name differently ({detail})",
                                      tuple(d for d, fs in forms.items() if fs)))
    return tuple(found)


def sort_key(event: Event, doc_order: Mapping[str, int]) -> tuple:
    """By start of the date's interval; a coarser date before the finer ones inside it; then
    document order and position (stable ties)."""
    interval = event.date.interval
    first = event.mentions[0]
    return (interval.start if interval else None, -(interval.days if interval else 0),
            doc_order.get(first.document, 0), first.timex.span.start)
