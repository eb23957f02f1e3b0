"""From loaded documents to the unified timeline.

``analyse(document)`` does the per-article work: tagging (against the publication date, or one
inferred from the text and marked as estimated), sentences, people, dated statements.
``unify(analyses, problems)`` links people across articles, merges statements into events and
orders them; identical duplicate articles are analysed once, listed as sources of the same events
and reported in ``Timeline.problems``. ``build_timeline(documents, problems)`` does both.

Re-anchoring one article (the TUI, when the user sets a publication date)::

    state = build_state(documents, problems)      # a TimelineState (large corpora: several processes)
    timeline = state.timeline                     # the same Timeline build_timeline returns
    state = reanchor(state, doc_id, dt.date(2011, 6, 5))
    timeline = state.timeline                     # same people; that article's dates re-resolved

``reanchor`` re-resolves only that article's expressions (the temporal engine's ``reanchor``, no
re-reading), takes its statements out of the events they were merged into, dissolves those events
and merges their statements again with the new ones (evidence between statements is cached), and
re-dates statements dated relative to an event whose date changed; every other event is kept as
it was. Its cost is one article plus the events it touched, not the corpus. The document in
``state.timeline.documents`` carries the new date (``published_estimated=False``, evidence "set by
the user"). ``state`` is mutable and owned by its caller: ``reanchor`` updates it in place and
returns it; call it from one thread at a time.
"""

from __future__ import annotations

import datetime as dt
import gc
import hashlib
from collections.abc import Callable, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING

from attrs import evolve, frozen

from .events.extract import Statement, statements
from .events.state import (TimelineState, add_groups, drop, local_groups, ordered_events, place_relatives, refresh_events,
                           take_relatives)
from .events.state import spellings as spellings_of
from .model import Document, EventDate, Problem, TemporalExpression, Timeline
from .people import DocPeople, analyse_people, link_people
from .published import infer_published
from . import temporal
from .text import sentences

if TYPE_CHECKING:
    from .batch import Progress


@frozen
class Analysis:
    """What one article says, before it meets the others."""

    document: Document
    expressions: tuple[TemporalExpression, ...]
    sentences: tuple
    people: DocPeople | None = None
    statements: tuple[Statement, ...] = ()
    groups: tuple[tuple[int, ...], ...] | None = None  # statements about one event (``local_groups``)


def analyse(document: Document, expressions: tuple[TemporalExpression, ...] | None = None,
            people: DocPeople | None = None) -> Analysis:
    """The analysis of one article. ``expressions``/``people`` may be passed in when already
    known (re-anchoring keeps the people; tests pass hand-made expressions)."""
    if document.published is None:
        document = infer_published(document)
    text = document.content
    if expressions is None:
        expressions = temporal.tag(text, document.published)
    spans = sentences(text)
    people = people if people is not None else analyse_people(document.id, text)
    found = statements(document.id, text, spans, expressions, people)
    return Analysis(document, tuple(expressions), spans, people, found, local_groups(found))


def _fingerprint(doc: Document) -> str:
    return hashlib.sha1(" ".join(doc.content.split()).encode("utf-8")).hexdigest()


def build_state(documents: Sequence[Document], problems: Sequence[Problem] = (), *, workers: int | None = None,
                progress: Progress | None = None, cancelled: Callable[[], bool] | None = None) -> TimelineState:
    """The timeline state of ``documents``. Articles are analysed in ``workers`` processes (by
    default as many as pay off for this many articles on this machine); ``progress`` and
    ``cancelled`` as for ``batch.analyse_all``."""
    from .batch import analyse_all

    total = len(documents)
    if progress is not None:
        progress(0, total, f"Analysing {total} article{'s' if total != 1 else ''}…")
    with _collector_paused():
        analyses = analyse_all(documents, workers=workers, progress=progress, cancelled=cancelled)
    if progress is not None:
        progress(total, total, "Building the timeline…")
    return unify_state(analyses, problems)


def unify(analyses: Sequence[Analysis], problems: Sequence[Problem] = ()) -> Timeline:
    return unify_state(analyses, problems).timeline


def build_timeline(documents: Sequence[Document], problems: Sequence[Problem] = (), *, workers: int | None = None) -> Timeline:
    """The unified timeline of ``documents`` (``workers``: see ``build_state``)."""
    return build_state(documents, problems, workers=workers).timeline


def unify_state(analyses: Sequence[Analysis], problems: Sequence[Problem] = ()) -> TimelineState:
    """Link people, merge statements into events, order them."""
    with _collector_paused():
        return _unify_state(analyses, problems)


@contextmanager
def _collector_paused():
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


def _unify_state(analyses: Sequence[Analysis], problems: Sequence[Problem]) -> TimelineState:
    problems = list(problems)
    originals: dict[str, Analysis] = {}
    kept: list[Analysis] = []
    duplicates: list[tuple[Analysis, Analysis]] = []
    for analysis in analyses:
        key = _fingerprint(analysis.document)
        if key in originals and originals[key].document.text == analysis.document.text:
            original = originals[key]
            duplicates.append((analysis, original))
            problems.append(Problem(analysis.document.path,
                                    f"identical to {original.document.path}; merged with it (its events list both)"))
        else:
            originals.setdefault(key, analysis)
            kept.append(analysis)
    people, person_of = link_people([a.people for a in kept])
    for dup, original in duplicates:
        for i in range(len(original.people.people)):
            person_of[(dup.document.id, i)] = person_of[(original.document.id, i)]
    spellings = spellings_of(kept, person_of)
    for dup, original in duplicates:
        for (doc, pid), forms in list(spellings.items()):
            if doc == original.document.id:
                spellings[(dup.document.id, pid)] = forms
    state = TimelineState(
        analyses={a.document.id: a for a in analyses},
        doc_order={a.document.id: i for i, a in enumerate(analyses)},
        person_of=person_of,
        spellings=spellings,
    )
    state.duplicates = {d.document.id: o.document.id for d, o in duplicates}
    placed: list[int] = []
    relatives = []
    for analysis in kept:
        new, rel = add_groups(state, analysis)
        placed.extend(new)
        relatives.extend(rel)
    roots = state.merger.place(placed)
    roots |= place_relatives(state, relatives)
    refresh_events(state, roots, ())
    documents = tuple(a.document for a in analyses)
    state.timeline = Timeline(documents, people, ordered_events(state), tuple(problems))
    return state


def _reanchored(expressions: tuple[TemporalExpression, ...], published: dt.date) -> tuple[TemporalExpression, ...] | None:
    """The article's expressions re-resolved on ``published`` without re-reading the text, when
    the temporal engine can (else None: the article is tagged again)."""
    again = getattr(temporal, "reanchor", None)
    return tuple(again(expressions, published)) if again is not None else None


def reanchor(state: TimelineState, doc_id: str, published: dt.date) -> TimelineState:
    """Re-resolve one article on a new publication date and update the timeline in place."""
    old = state.analyses[doc_id]
    document = evolve(old.document, published=published, published_estimated=False,
                      published_evidence="set by the user")
    expressions = _reanchored(old.expressions, published)
    analysis = analyse(document, expressions, people=old.people)
    state.analyses[doc_id] = analysis
    merger = state.merger
    old_gids = list(state.groups_of.get(doc_id, []))
    roots = {merger.find(g) for g in old_gids}
    loose: list[int] = []
    for root in roots:
        loose.extend(merger.dissolve(root))
    for gid in old_gids:
        drop(state, gid)
    gone = set(old_gids)
    loose = [g for g in loose if g not in gone]
    rel_again = take_relatives(state, loose)
    new, rel = add_groups(state, analysis)
    touched = merger.place(loose + new)
    # Statements dated from an event whose date may have changed are dated again.
    dates: dict[int, EventDate] = {}
    dependent = set()
    for r in touched:
        for a in merger.members.get(r, ()):
            for d in state.dependents.get(a, ()):
                if r not in dates:
                    dates[r] = merger.event_date(r)
                if state.dated_from.get(d) != dates[r]:
                    dependent.add(d)
    more: list[int] = []
    for gid in dependent:
        if gid not in merger.groups:
            continue
        root = merger.find(gid)
        if root in roots and root not in merger.members:
            continue
        roots.add(root)
        more.extend(merger.dissolve(root))
    more = list(dict.fromkeys(more))
    rel_again += take_relatives(state, more)
    touched |= merger.place(more)
    touched |= place_relatives(state, rel + rel_again)
    refresh_events(state, touched, list(roots))
    documents = tuple(state.analyses[d].document for d in state.doc_order)
    state.timeline = evolve(state.timeline, documents=documents, events=ordered_events(state))
    return state
