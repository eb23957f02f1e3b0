"""From loaded documents to the unified timeline.

``analyse(document)`` does the per-article work: tagging (against the publication date, or one
inferred from the text and marked as estimated), sentences, people, dated statements.
``unify(analyses, problems)`` links people across articles, merges statements into events and
orders them; identical duplicate articles are analysed once, listed as sources of the same events
and reported in ``Timeline.problems``. ``build_timeline(documents, problems)`` does both.

Re-anchoring one article (the TUI, when the user sets a publication date)::

    state = build_state(documents, problems)      # a TimelineState; workers=2 analyses in 2 processes
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

import bisect
import datetime as dt
import gc
import hashlib
from collections.abc import Sequence
from contextlib import contextmanager

from attrs import define, evolve, field, frozen

from .events.build import make_event, sort_key
from .events.extract import Statement, statements
from .events.merge import Group, Merger, evidence, make_group
from .events.relative import resolve
from .model import Disagreement, Document, Event, EventDate, Problem, TemporalExpression, Timeline
from .people import DocPeople, analyse_people, link_people
from .published import infer_published
from . import temporal
from .text import sentences


@frozen
class Analysis:
    """What one article says, before it meets the others."""

    document: Document
    expressions: tuple[TemporalExpression, ...]
    sentences: tuple
    people: DocPeople | None = None
    statements: tuple[Statement, ...] = ()


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
    return Analysis(document, tuple(expressions), spans, people, found)


@define
class TimelineState:
    """A unified timeline together with what is needed to update it one article at a time."""

    analyses: dict[str, Analysis]
    doc_order: dict[str, int]
    person_of: dict[tuple[str, int], str]
    spellings: dict[tuple[str, str], tuple[str, ...]]
    merger: Merger = field(factory=Merger)
    statements_of: dict[int, list[Statement]] = field(factory=dict)
    groups_of: dict[str, list[int]] = field(factory=dict)
    gid_of: dict[tuple[str, int], int] = field(factory=dict)
    dependents: dict[int, set[int]] = field(factory=dict)  # anchor group -> groups dated from it
    dated_from: dict[int, EventDate] = field(factory=dict)  # relative group -> the anchor date used
    duplicates: dict[str, str] = field(factory=dict)
    events_of: dict[int, Event] = field(factory=dict)
    ordered: list[tuple[tuple, str]] = field(factory=list)
    by_id: dict[str, Event] = field(factory=dict)
    next_gid: int = 0
    timeline: Timeline = field(factory=Timeline)


def _fingerprint(doc: Document) -> str:
    return hashlib.sha1(" ".join(doc.content.split()).encode("utf-8")).hexdigest()


def build_state(documents: Sequence[Document], problems: Sequence[Problem] = (), *, workers: int = 1) -> TimelineState:
    """The timeline state of ``documents``; ``workers`` > 1 analyses articles in that many
    processes (the analysis of one article does not depend on any other)."""
    if workers > 1 and len(documents) >= 4 * workers:
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(workers) as pool, _collector_paused():
            analyses = list(pool.map(analyse, documents, chunksize=max(1, len(documents) // (workers * 8))))
    else:
        analyses = [analyse(doc) for doc in documents]
    return unify_state(analyses, problems)


def unify(analyses: Sequence[Analysis], problems: Sequence[Problem] = ()) -> Timeline:
    return unify_state(analyses, problems).timeline


def build_timeline(documents: Sequence[Document], problems: Sequence[Problem] = ()) -> Timeline:
    """The unified timeline of ``documents``."""
    return build_state(documents, problems).timeline


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
    spellings = _spellings(kept, person_of)
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
        new, rel = _add_groups(state, analysis)
        placed.extend(new)
        relatives.extend(rel)
    roots = state.merger.place(placed)
    roots |= _place_relatives(state, relatives)
    _refresh_events(state, roots, ())
    documents = tuple(a.document for a in analyses)
    state.timeline = Timeline(documents, people, _events(state), tuple(problems))
    return state


def _spellings(analyses: Sequence[Analysis], person_of) -> dict[tuple[str, str], tuple[str, ...]]:
    result: dict[tuple[str, str], tuple[str, ...]] = {}
    for a in analyses:
        for i, p in enumerate(a.people.people):
            result[(a.document.id, person_of[(a.document.id, i)])] = (p.full or p.surname,)
    return result


def _local_groups(found: Sequence[Statement], state: TimelineState) -> list[list[Statement]]:
    """Statements of one article about one event: same evidence as across articles, never two
    of one sentence, never a relative statement (its date is not known yet)."""
    plain = [s for s in found if s.relation is None and s.date is not None]
    parent = list(range(len(plain)))

    def root(i):
        while parent[i] != i:
            i = parent[i]
        return i

    probes = [make_group(-1, s.doc, (0, 0), s.date, len({t.value for t in s.timexes}) > 1, s.words, s.sentence_words,
                         frozenset(s.people), None, s.phrases) for s in plain]
    for i in range(len(plain)):
        for j in range(i + 1, len(plain)):
            if plain[i].sentence == plain[j].sentence or root(i) == root(j):
                continue
            if evidence(probes[i], probes[j], same_article=True) is not None:
                parent[root(j)] = root(i)
    groups: dict[int, list[Statement]] = {}
    for i, s in enumerate(plain):
        groups.setdefault(root(i), []).append(s)
    return list(groups.values())


def _group(state: TimelineState, gid: int, members: list[Statement], date=None, forbid=None) -> Group:
    first = members[0]
    best = date or min((s.date for s in members), key=lambda d: d.interval.days if d.interval else 1 << 30)
    people = frozenset(state.person_of[(s.doc, p)] for s in members for p in s.people if (s.doc, p) in state.person_of)
    is_range = any(len({t.value for t in s.timexes}) > 1 for s in members)
    if len(members) == 1:
        words, sentence_words, phrases = first.words, first.sentence_words, first.phrases
    else:
        words = frozenset().union(*(s.words for s in members))
        sentence_words = frozenset().union(*(s.sentence_words for s in members))
        phrases = frozenset().union(*(s.phrases for s in members))
    return make_group(gid, first.doc, (state.doc_order[first.doc], first.timexes[0].span.start), best, is_range,
                      words, sentence_words, people, forbid, phrases)


def _add_groups(state: TimelineState, analysis: Analysis) -> tuple[list[int], list[Statement]]:
    added = []
    doc = analysis.document.id
    state.groups_of[doc] = []
    for members in _local_groups(analysis.statements, state):
        gid = state.next_gid
        state.next_gid += 1
        state.merger.add(_group(state, gid, members))
        state.statements_of[gid] = members
        state.groups_of[doc].append(gid)
        for s in members:
            state.gid_of[(s.doc, s.index)] = gid
        added.append(gid)
    return added, [s for s in analysis.statements if s.relation is not None]


def _place_relatives(state: TimelineState, relatives: list[Statement]) -> set[int]:
    """Date each relative statement from its anchor's event, then merge it (never into that event)."""
    gid_of = state.gid_of
    placed = []
    dates: dict[int, EventDate] = {}
    for s in relatives:
        anchor_gid = gid_of.get((s.doc, s.anchor)) if s.anchor is not None else None
        if anchor_gid is None or anchor_gid not in state.merger.groups:
            continue
        root = state.merger.find(anchor_gid)
        date = dates.get(root)
        if date is None:
            date = dates[root] = state.merger.event_date(root)
        resolved = resolve(s.timexes[0], s.relation, date)
        if resolved is None:
            continue
        timex, event_date = resolved
        s = evolve(s, timexes=(timex,), date=event_date)
        gid = state.next_gid
        state.next_gid += 1
        state.merger.add(_group(state, gid, [s], forbid=anchor_gid))
        state.dependents.setdefault(anchor_gid, set()).add(gid)
        state.dated_from[gid] = date
        state.statements_of[gid] = [s]
        state.groups_of.setdefault(s.doc, []).append(gid)
        placed.append(gid)
    return state.merger.place(placed)


def _event_for(state: TimelineState, root: int) -> Event:
    gids = sorted(state.merger.members[root], key=lambda g: state.merger.groups[g].order)
    members = [s for g in gids for s in state.statements_of[g]]
    extra = []
    if state.duplicates:
        copies: dict[str, list[str]] = {}
        for dup, original in state.duplicates.items():
            copies.setdefault(original, []).append(dup)
        extra = [evolve(s, doc=dup) for s in members for dup in copies.get(s.doc, ())]
    event = make_event(f"e{root}", state.merger.event_date(root), members + extra, state.person_of, state.spellings)
    rivals = state.merger.rivals(root)
    if rivals:
        here = ", ".join(dict.fromkeys(f"{s.doc} says {state.merger.groups[g].date.value}" for g in gids for s in state.statements_of[g]))
        there = ", ".join(dict.fromkeys(f"{state.merger.groups[g].doc} says {state.merger.groups[g].date.value}" for g in rivals))
        docs = tuple(dict.fromkeys([state.merger.groups[g].doc for g in gids + rivals]))
        event = evolve(event, disagreements=event.disagreements + (
            Disagreement("date", f"sources date what reads as the same event differently: {here}; {there}", docs),))
    return event


def _refresh_events(state: TimelineState, roots: set[int], gone: Sequence[int]) -> None:
    """Rebuild the events at ``roots``; drop the events of ``gone`` roots and of every group that
    was a root before it joined one of ``roots``."""
    live = {r for r in roots if r in state.merger.members}
    stale = set(gone) | {g for r in live for g in state.merger.members[r]}
    for root in stale:
        old = state.events_of.pop(root, None)
        if old is not None:
            key = (sort_key(old, state.doc_order), old.id)
            i = bisect.bisect_left(state.ordered, key)
            if i < len(state.ordered) and state.ordered[i] == key:
                del state.ordered[i]
            state.by_id.pop(old.id, None)
    for root in live:
        event = _event_for(state, root)
        state.events_of[root] = event
        state.by_id[event.id] = event
        bisect.insort(state.ordered, (sort_key(event, state.doc_order), event.id))


def _events(state: TimelineState) -> tuple[Event, ...]:
    return tuple(state.by_id[eid] for _, eid in state.ordered)


def _drop(state: TimelineState, gid: int) -> None:
    forbid = state.merger.groups[gid].forbid
    if forbid is not None:
        state.dependents.get(forbid, set()).discard(gid)
        state.dated_from.pop(gid, None)
    state.merger.remove(gid)
    for s in state.statements_of.pop(gid, ()):
        if state.gid_of.get((s.doc, s.index)) == gid:
            del state.gid_of[(s.doc, s.index)]
        if gid in state.groups_of.get(s.doc, ()):
            state.groups_of[s.doc].remove(gid)


def _reanchored(expressions: tuple[TemporalExpression, ...], published: dt.date) -> tuple[TemporalExpression, ...] | None:
    """The article's expressions re-resolved on ``published`` without re-reading the text, when
    the temporal engine can (else None: the article is tagged again)."""
    again = getattr(temporal, "reanchor", None)
    return tuple(again(expressions, published)) if again is not None else None


def _take_relatives(state: TimelineState, loose: list[int]) -> list[Statement]:
    """Take the relative statements out of ``loose`` (in place): their original, undated form."""
    taken = []
    for g in [g for g in loose if state.statements_of[g][0].relation is not None]:
        s = state.statements_of[g][0]
        taken.append(state.analyses[s.doc].statements[s.index])
        _drop(state, g)
        loose.remove(g)
    return taken


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
        _drop(state, gid)
    gone = set(old_gids)
    loose = [g for g in loose if g not in gone]
    rel_again = _take_relatives(state, loose)
    new, rel = _add_groups(state, analysis)
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
    rel_again += _take_relatives(state, more)
    touched |= merger.place(more)
    touched |= _place_relatives(state, rel + rel_again)
    _refresh_events(state, touched, list(roots))
    documents = tuple(state.analyses[d].document for d in state.doc_order)
    state.timeline = evolve(state.timeline, documents=documents, events=_events(state))
    return state
