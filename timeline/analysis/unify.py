"""The stage where articles meet: datelines that read both ways settled by the other articles'
dates (``consensus``), people linked across articles, statements merged into events, events put
in order.

Identical duplicate articles are analysed once: their events list both, and the duplicate is
reported in ``Timeline.problems``.
"""

from __future__ import annotations

import gc
import hashlib
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from ..events.extract import Statement
from ..model import Document, Problem, Timeline
from ..people import link_people
from .article import Analysis
from .consensus import settle_dates
from .published import cost_of_no_date
from .state import TimelineState, add_groups, ordered_events, place_relatives, refresh_events, spellings

# Documents are placed ORDER_GAP apart: only their order counts (ties between groups, the order
# of events), and the gaps let an update put a new article between two others without moving
# any group already made (``update``).
ORDER_GAP = 1 << 20


def unify(analyses: Sequence[Analysis], problems: Sequence[Problem] = ()) -> Timeline:
    """The timeline of the analysed articles (``unify_state(...).timeline``)."""
    return unify_state(analyses, problems).timeline


def unify_state(analyses: Sequence[Analysis], problems: Sequence[Problem] = ()) -> TimelineState:
    """Link people, merge statements into events, order them."""
    with collector_paused():
        return _unify_state(analyses, problems)


@contextmanager
def collector_paused() -> Iterator[None]:
    """Building the state makes millions of long-lived objects and no garbage cycles; the cyclic
    collector would walk them over and over for nothing. Afterwards they are frozen out of its
    sight, so a later re-anchor does not pay for them either."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


def fingerprint(doc: Document) -> str:
    """What makes two articles identical (their words, whatever the spacing)."""
    return hashlib.sha1(" ".join(doc.content.split()).encode("utf-8")).hexdigest()


def problems_of(state: TimelineState) -> tuple[Problem, ...]:
    """The problems the timeline reports: those it was given, each duplicate article, and each
    article left without a publication date, with what that costs."""
    found = list(state.given_problems)
    for dup, original in state.duplicates.items():
        found.append(
            Problem(
                state.analyses[dup].document.path,
                f"identical to {state.analyses[original].document.path}; merged with it (its events list both)",
            )
        )
    for doc_id in sorted(state.doc_order, key=state.doc_order.__getitem__):
        analysis = state.analyses[doc_id]
        if analysis.document.published is None:
            found.append(Problem(analysis.document.path, cost_of_no_date(analysis.expressions)))
    return tuple(found)


def _unify_state(analyses: Sequence[Analysis], given: Sequence[Problem]) -> TimelineState:
    analyses = settle_dates(analyses)
    originals: dict[str, Analysis] = {}
    kept: list[Analysis] = []
    duplicates: list[tuple[Analysis, Analysis]] = []
    fingerprints: dict[str, str] = {}
    for analysis in analyses:
        key = fingerprints[analysis.document.id] = fingerprint(analysis.document)
        if key in originals and originals[key].document.text == analysis.document.text:
            original = originals[key]
            duplicates.append((analysis, original))
        else:
            originals.setdefault(key, analysis)
            kept.append(analysis)
    people, person_of = link_people([a.people for a in kept])
    for dup, original in duplicates:
        for i in range(len(original.people.people)):
            if (original.document.id, i) in person_of:
                person_of[(dup.document.id, i)] = person_of[(original.document.id, i)]
    forms = spellings(kept, person_of)
    for dup, original in duplicates:
        for (doc, pid), written in list(forms.items()):
            if doc == original.document.id:
                forms[(dup.document.id, pid)] = written
    state = TimelineState(
        analyses={a.document.id: a for a in analyses},
        doc_order={a.document.id: i * ORDER_GAP for i, a in enumerate(analyses)},
        person_of=person_of,
        spellings=forms,
        given_problems=tuple(given),
    )
    state.duplicates = {d.document.id: o.document.id for d, o in duplicates}
    state.fingerprints = fingerprints
    placed: list[int] = []
    relatives: list[Statement] = []
    for analysis in kept:
        new, rel = add_groups(state, analysis)
        placed.extend(new)
        relatives.extend(rel)
    roots = state.merger.place(placed)
    roots |= place_relatives(state, relatives)
    refresh_events(state, roots, ())
    documents = tuple(a.document for a in analyses)
    expressions = tuple(a.expressions for a in analyses)
    state.timeline = Timeline(documents, people, ordered_events(state), problems_of(state), expressions)
    return state
