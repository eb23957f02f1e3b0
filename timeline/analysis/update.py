"""A built timeline brought up to date with a few added, edited or removed articles, at the cost
of those articles and the events around them rather than of the corpus.

``update_state(state, analyses)`` compares the state's articles with ``analyses`` (the corpus
as it is now, in its order) and, when few of them differ, takes the groups of the removed and
edited articles out of their events and puts those of the new and edited ones in, merging again
only the events whose groups may pair with them (``reanchor.replace_articles``, the machinery
that re-dates one article). Otherwise it unifies the whole corpus (``unify_state``).

What the result is, against ``unify_state(analyses)`` on the same analyses:

* the same documents, people (with the same ids), expressions and problems, always: people are
  linked across the whole corpus again (a fraction of unify's cost); the update goes ahead only
  if every unchanged article's people are the same people as before (their ids may be numbered
  again, when a new person is named earlier in the corpus: the groups and events that name them
  are then given the new ids);
* every statement in one event, under the same vetoes, and the state's invariants kept
  (``state.check``, run after every update: a failure rebuilds);
* the same events in the cases tested (``tests/test_update_property.py``), but with other event
  ids (an id names an event within one timeline; a rebuild of a changed corpus renumbers them
  too), so possibly another order between two events that sort the same. Not always the same
  events: merging is best-first, which is order-dependent. The events around a change (those
  holding a group that may pair with one of the changed articles') are broken up and merged
  again among themselves, and the events further away are kept, so a new statement that reads
  as the same event as two others may join the other one of the two than a rebuild would. The
  property test bounds the difference to the events around the change, and it does not grow
  with updates: after ``MAX_DRIFT`` articles updated in place the next change rebuilds.

It rebuilds the whole state instead (and says why in ``Updated.reason``) when more articles
changed than ``MAX_CHANGED`` (or a ``MAX_SHARE`` of the corpus), when ``MAX_DRIFT`` would be
passed, when the unchanged articles are in another order, when an article involved is identical
to another (duplicates are merged by unify), when linking people again joins or parts people of
unchanged articles, when there is no room between two articles' places for the new ones, or
when the update fails or leaves the state inconsistent: never a crash, never a half-updated
timeline.
"""

from __future__ import annotations

from collections.abc import Sequence

from attrs import evolve, frozen

from ..model import Problem
from ..people import link_people
from .article import Analysis
from .consensus import settle_dates
from .reanchor import replace_articles, retimeline
from .state import TimelineState, check, refresh_events, spellings
from .unify import ORDER_GAP, collector_paused, fingerprint, unify_state

MAX_CHANGED = 200  # articles added, edited or removed that are updated in place; more: a rebuild
MAX_SHARE = 0.25  # nor more than this share of the corpus (a rebuild is then about as cheap)
MAX_DRIFT = 500  # articles updated in place between two full builds: bounds how far they can stray


@frozen
class Updated:
    """The state brought up to date, and how: ``incremental`` (with the articles it concerned)
    or rebuilt, with the ``reason``."""

    state: TimelineState
    incremental: bool
    added: tuple[str, ...] = ()
    changed: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    reason: str = ""


@frozen
class _Plan:
    added: tuple[str, ...]
    changed: tuple[str, ...]
    removed: tuple[str, ...]
    places: dict[str, int]  # every article of the new corpus -> its place in doc_order


def update_state(state: TimelineState, analyses: Sequence[Analysis], problems: Sequence[Problem] = ()) -> Updated:
    """``state`` brought up to ``analyses`` (see the module docstring). The state is updated in
    place and must not be used afterwards: use the returned ``Updated.state``."""
    with collector_paused():
        try:
            # Datelines that read both ways are settled by the whole new corpus, as a build does:
            # an article whose reading the change turns counts as changed.
            settled = settle_dates(analyses)
            plan = _plan(state, settled)
            reason = plan if isinstance(plan, str) else _apply(state, settled, plan, problems)
        except Exception as exc:  # a bug here, or a state that does not hold together: a rebuild
            reason = f"the update failed ({type(exc).__name__}: {exc})"
        if reason or isinstance(plan, str):
            return Updated(unify_state(analyses, problems), False, reason=reason)
    return Updated(state, True, plan.added, plan.changed, plan.removed)


def _plan(state: TimelineState, analyses: Sequence[Analysis]) -> _Plan | str:
    """What changed and where the new articles go; a string (why) when it calls for a rebuild."""
    new = {a.document.id: a for a in analyses}
    if len(new) != len(analyses):
        return "two articles have the same id"
    old = state.analyses
    removed = tuple(d for d in sorted(state.doc_order, key=state.doc_order.__getitem__) if d not in new)
    added = tuple(d for d in new if d not in old)
    changed = tuple(d for d in new if d in old and new[d].document != old[d].document)
    count = len(added) + len(changed) + len(removed)
    if count > MAX_CHANGED or count > MAX_SHARE * max(len(analyses), len(old)):
        return f"{count} articles changed"
    if state.drift + count > MAX_DRIFT:
        return f"{state.drift + count} articles updated in place since the last full build"
    if not new:
        return "no articles"
    kept = [d for d in new if d in old]
    if kept != sorted(kept, key=state.doc_order.__getitem__):
        return "the articles are in another order"
    involved = set(changed) | set(removed)
    originals = set(state.duplicates.values())
    if any(d in state.duplicates or d in originals for d in involved):
        return "an article identical to another changed"
    prints = {d: state.fingerprints.get(d) for d in kept if d not in involved}
    if None in prints.values():
        return "the state has no fingerprint of an article"
    seen = set(prints.values())
    for d in (*changed, *added):
        mark = fingerprint(new[d].document)
        if mark in seen:
            return "a new or edited article is identical to another"
        seen.add(mark)
    places = _places(list(new), state.doc_order)
    if places is None:
        return "no room for the new articles between the others"
    return _Plan(added, changed, removed, places)


def _places(order: list[str], old: dict[str, int]) -> dict[str, int] | None:
    """Places for the articles in ``order``: the old ones keep theirs, each run of new ones is
    spread between its neighbours' (None when there is no room)."""
    places: dict[str, int] = {}
    run: list[str] = []
    previous: int | None = None
    for doc in [*order, None]:
        if doc is not None and doc not in old:
            run.append(doc)
            continue
        if run:
            upper = old[doc] if doc is not None else None
            low = previous if previous is not None else (upper if upper is not None else 0) - (len(run) + 1) * ORDER_GAP
            high = upper if upper is not None else low + (len(run) + 1) * ORDER_GAP
            step = (high - low) // (len(run) + 1)
            if step < 1:
                return None
            places.update((d, low + step * (i + 1)) for i, d in enumerate(run))
            run = []
        if doc is not None:
            places[doc] = previous = old[doc]
    return places


def _apply(state: TimelineState, analyses: Sequence[Analysis], plan: _Plan, problems: Sequence[Problem]) -> str:
    """Carry out the plan on ``state``; a non-empty string (why) when it calls for a rebuild."""
    originals = [a for a in analyses if a.document.id not in state.duplicates]
    people, person_of = link_people([a.people for a in originals])
    for dup, original in state.duplicates.items():
        for i in range(len(state.analyses[original].people.people)):
            if (original, i) in person_of:
                person_of[(dup, i)] = person_of[(original, i)]
    involved = {*plan.changed, *plan.removed}
    renamed: dict[str, str] = {}  # an unchanged article's person: old id -> new id
    for key, pid in state.person_of.items():
        if key[0] not in involved:
            now = person_of.get(key)
            if now is None or renamed.setdefault(pid, now) != now:
                return "the people of unchanged articles are linked differently"
    if len(set(renamed.values())) != len(renamed) or any(
        key[0] not in involved and key[0] not in plan.added and key not in state.person_of for key in person_of
    ):  # a loose surname of an unchanged article is now someone (or the other way round)
        return "the people of unchanged articles are linked differently"
    state.person_of = person_of
    redo = _renumbered(state, {old: new for old, new in renamed.items() if old != new})
    forms = spellings(originals, person_of)
    for dup, original in state.duplicates.items():
        for (doc, pid), written in list(forms.items()):
            if doc == original:
                forms[(dup, pid)] = written
    state.spellings = forms
    changes: dict[str, Analysis | None] = dict.fromkeys(plan.removed)
    arriving = {*plan.changed, *plan.added}
    for analysis in analyses:  # in corpus order, as unify makes their groups
        doc = analysis.document.id
        if doc in arriving:
            state.doc_order[doc] = plan.places[doc]
            state.analyses[doc] = analysis
            state.fingerprints[doc] = fingerprint(analysis.document)
            changes[doc] = analysis
    replace_articles(state, changes)
    state.drift += len(changes)
    live = {state.merger.find(g) for g in redo if g in state.merger.groups}
    if live:
        refresh_events(state, live, ())
    state.given_problems = tuple(problems)
    retimeline(state)
    state.timeline = evolve(state.timeline, people=people)
    wrong = check(state)
    return f"the updated state is inconsistent ({wrong[0]})" if wrong else ""


def _renumbered(state: TimelineState, renamed: dict[str, str]) -> list[int]:
    """Give the groups the new ids of their people (a new person named earlier in the corpus,
    or one no longer named, numbers the later ones again); returns the groups changed, whose
    events are made again. The people are the same, so the merges stand."""
    if not renamed:
        return []
    merger = state.merger
    changed = []
    for gid, group in list(merger.groups.items()):
        if not renamed.keys().isdisjoint(group.people):
            merger.refile(evolve(group, people=frozenset(renamed.get(p, p) for p in group.people)))
            changed.append(gid)
    return changed
