"""Re-dating one article in a built timeline: the app's answer to "this article was published on
5 June, not 5 May".

``reanchor(state, doc_id, date)`` re-resolves only that article's expressions (the temporal
engine's second pass, no re-reading), takes its statements out of the events they were merged
into, dissolves those events and merges their statements again with the new ones (the evidence
between statements is cached), and re-dates the statements dated relative to an event whose date
changed; every other event is kept as it was. Its cost is one article plus the events it touched,
not the corpus. The document in ``state.timeline.documents`` carries the new date
(``published_estimated=False``, evidence "set by the user").

It is all or nothing. The new analysis of the article is worked out before anything is changed;
if updating the state then fails halfway, the state is rebuilt from the analyses it held before
(the cost of a full unify, paid only then) and the exception is raised again, so a caller that
catches it still holds the timeline it had. The property test
``tests/test_reanchor_property.py`` checks that re-dating any article equals unifying the corpus
afresh with that article re-dated.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from attrs import evolve, fields

from .. import temporal
from ..events import neighbourhood
from ..events.extract import Statement
from ..events.merge import Posting
from ..model import EventDate
from .article import Analysis, analyse
from .state import TimelineState, add_groups, drop, ordered_events, place_relatives, refresh_events, take_relatives
from .unify import problems_of, unify_state


def redated(analysis: Analysis, published: dt.date) -> Analysis:
    """The analysis of an article on a new publication date, its people kept, its expressions
    re-resolved without re-reading the text."""
    document = evolve(
        analysis.document, published=published, published_estimated=False, published_evidence="set by the user"
    )
    expressions = tuple(temporal.reanchor(analysis.expressions, published))
    return analyse(document, expressions, people=analysis.people)


def reanchor(state: TimelineState, doc_id: str, published: dt.date) -> TimelineState:
    """Re-resolve one article on a new publication date and update the timeline in place (see
    the module docstring); returns ``state``. Call it from one thread at a time."""
    analysis = redated(state.analyses[doc_id], published)
    before = dict(state.analyses)
    try:
        _update(state, doc_id, analysis)
    except BaseException:
        _restore(state, [before[d] for d in sorted(state.doc_order, key=state.doc_order.__getitem__)])
        raise
    return state


def _restore(state: TimelineState, analyses: list[Analysis]) -> None:
    """Put ``state`` back to the state of ``analyses`` (a full unify)."""
    fresh = unify_state(analyses, state.given_problems)
    for attribute in fields(TimelineState):
        setattr(state, attribute.name, getattr(fresh, attribute.name))


def _update(state: TimelineState, doc_id: str, analysis: Analysis) -> None:
    state.analyses[doc_id] = analysis
    # An article identical to an earlier one tells its events through the original's
    # statements (as unify does): only the document itself changes.
    if doc_id not in state.duplicates:
        replace_articles(state, {doc_id: analysis})
    retimeline(state)


def replace_articles(state: TimelineState, changes: Mapping[str, Analysis | None]) -> None:
    """Take the groups of each article of ``changes`` out of the events and put those of its
    new analysis in (None: the article is gone), merging again only the events around them, all
    at once; ``state.timeline`` is left for the caller to make again (``retimeline``). Each
    article's place in ``doc_order``, its people in ``person_of`` and its analysis in
    ``analyses`` are set by the caller beforehand; a removed article's are taken out here."""
    merger = state.merger
    old_gids = [gid for doc_id in changes for gid in state.groups_of.get(doc_id, [])]
    # Events elsewhere may name these groups (or the new ones) as rivals: worked out again below.
    around: set[int] = set()
    changed: dict[Posting, int] = {}  # postings of the index -> groups gained (lost: negative)
    # Groups whose pairs may change (their candidates, or the changed groups' own) and the
    # relative statements around: their events are broken up and merged again.
    near: set[int] = set()

    def reach(gid: int, gained: int) -> None:
        """What the group ``gid`` coming (``gained`` 1) or going (-1) can change."""
        near.update(merger.candidates(gid))
        near.update(neighbourhood.relatives_near(merger, gid))
        for posting in neighbourhood.filed_under(merger, gid):
            changed[posting] = changed.get(posting, 0) + gained

    for gid in old_gids:
        around |= neighbourhood.rival_neighbours(merger, gid)
        reach(gid, -1)
    roots = {merger.find(g) for g in old_gids}
    loose: list[int] = []
    for root in roots:
        loose.extend(merger.dissolve(root))
    for gid in old_gids:
        drop(state, gid)
    gone = set(old_gids)
    loose = [g for g in loose if g not in gone]
    rel_again = take_relatives(state, loose)
    new: list[int] = []
    rel: list[Statement] = []
    for analysis in changes.values():
        if analysis is not None:
            made, relatives = add_groups(state, analysis)
            new.extend(made)
            rel.extend(relatives)
    for gid in new:
        reach(gid, 1)
    near |= neighbourhood.neighbours(merger, changed)
    near = {g for g in near if g in merger.groups} - set(new)
    merger.forget(near)
    extra: list[int] = []
    for root in {merger.find(g) for g in near}:
        if root in merger.members:
            roots.add(root)
            extra.extend(merger.dissolve(root))
    extra = [g for g in dict.fromkeys(extra) if g not in gone]
    rel_again += take_relatives(state, extra)
    loose = list(dict.fromkeys(loose + extra))
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
    for gid in new:
        around |= neighbourhood.rival_neighbours(merger, gid)
    around = {g for g in around if g in merger.groups}
    merger.forget_rivals(around)
    touched |= {merger.find(g) for g in around}
    refresh_events(state, touched, list(roots))
    for doc_id, analysis in changes.items():
        if analysis is None:
            for table in (state.analyses, state.doc_order, state.groups_of, state.fingerprints):
                table.pop(doc_id, None)


def retimeline(state: TimelineState) -> None:
    """The state's timeline made again from its events and analyses."""
    order = sorted(state.doc_order, key=state.doc_order.__getitem__)
    documents = tuple(state.analyses[d].document for d in order)
    expressions = tuple(state.analyses[d].expressions for d in order)
    state.timeline = evolve(
        state.timeline,
        documents=documents,
        events=ordered_events(state),
        expressions=expressions,
        problems=problems_of(state),
    )
