"""The timeline state: every article's statements, grouped and merged into events, kept so that
one article can be taken out and put back without merging the corpus again (``reanchor``).

Invariants (``check`` verifies them; the re-anchoring property test relies on them):

* ``analyses`` and ``doc_order`` have the same keys: every document of the timeline, in order.
* Every group id in ``merger.groups`` is in ``statements_of`` and in ``groups_of`` of its
  document; no other ids appear in these tables. ``gid_of`` maps each statement (document,
  index) of a group that is not relative back to it (relative statements look up their anchor
  through it).
* A group with ``forbid`` set is a relative statement dated from that anchor group: it is in
  ``dependents[forbid]`` and ``dated_from`` holds the anchor date it was dated with.
* ``events_of`` holds one event per root of ``merger`` (a group that is its own parent), and
  ``by_id`` the same events by id; ``ordered`` is their ``(sort_key, id)`` pairs, sorted.
* ``timeline.events`` is ``ordered_events(state)`` and ``timeline.documents`` the documents of
  ``analyses`` in ``doc_order``.
* ``duplicates`` maps an article identical to an earlier one to that original; the duplicate
  has an analysis but no groups of its own.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, MutableMapping, Sequence
from functools import partial

from attrs import define, evolve, field

from ..events.build import SortKey, make_event, sort_key
from ..events.evidence import Group, make_group
from ..events.extract import Statement
from ..events.local import local_groups
from ..events.merge import Merger
from ..events.relative import resolve
from ..model import Event, EventDate, Problem, Timeline
from .article import Analysis
from .notes import date_disagreement, doubt, told_in_one_sentence


class Ref:
    """The statements of one group as a saved state holds them, not yet decoded: those at
    ``indices`` of ``source`` (an article's statements, or one relative statement as dated),
    all of article ``doc``. ``relative``: the group is a relative statement dated from its
    anchor (``source`` is then that statement alone)."""

    __slots__ = ("doc", "indices", "relative", "source")

    def __init__(self, doc: str, indices: tuple[int, ...], source: Sequence[Statement], *, relative: bool) -> None:
        self.doc = doc
        self.indices = indices
        self.source = source
        self.relative = relative

    def load(self) -> list[Statement]:
        try:
            members = [self.source[i] for i in self.indices]
        except IndexError:
            members = []
        wrong = len(members) != len(self.indices) or (
            not self.relative
            and any(s.doc != self.doc or s.index != i for s, i in zip(members, self.indices, strict=True))
        )
        if wrong:
            raise ValueError(f"a saved group of {self.doc} names statements it does not hold")
        return members


class Members(MutableMapping[int, list[Statement]]):
    """``statements_of`` as restored from a saved state: an entry may still be a ``Ref``, made
    into its list of statements the first time it is asked for. An update reads the statements
    of the groups around a change; the others stay encoded (and are saved again as they were
    read)."""

    __slots__ = ("_items",)

    def __init__(self, items: dict[int, list[Statement] | Ref]) -> None:
        self._items = items

    def __getitem__(self, gid: int) -> list[Statement]:
        item = self._items[gid]
        if isinstance(item, Ref):
            item = self._items[gid] = item.load()
        return item

    def __setitem__(self, gid: int, members: list[Statement]) -> None:
        self._items[gid] = members

    def __delitem__(self, gid: int) -> None:
        del self._items[gid]

    def __contains__(self, gid: object) -> bool:
        return gid in self._items

    def __iter__(self) -> Iterator[int]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def raw(self, gid: int) -> list[Statement] | Ref:
        """The entry as held: the statements, or the reference not decoded yet."""
        return self._items[gid]


def statement_places(table: MutableMapping[int, list[Statement]], gid: int) -> list[tuple[str, int]]:
    """(document, index) of each statement of group ``gid``, without decoding a ``Ref``."""
    item = table.raw(gid) if isinstance(table, Members) else table[gid]
    if isinstance(item, Ref):
        return [(item.doc, i) for i in item.indices]
    return [(s.doc, s.index) for s in item]


@define
class TimelineState:
    """A unified timeline together with what is needed to update it one article at a time."""

    analyses: dict[str, Analysis]
    doc_order: dict[str, int]
    person_of: dict[tuple[str, int], str]
    spellings: dict[tuple[str, str], tuple[str, ...]]
    merger: Merger = field(factory=Merger)
    statements_of: MutableMapping[int, list[Statement]] = field(factory=dict)
    groups_of: dict[str, list[int]] = field(factory=dict)
    gid_of: dict[tuple[str, int], int] = field(factory=dict)
    dependents: dict[int, set[int]] = field(factory=dict)  # anchor group -> groups dated from it
    dated_from: dict[int, EventDate] = field(factory=dict)  # relative group -> the anchor date used
    duplicates: dict[str, str] = field(factory=dict)
    fingerprints: dict[str, str] = field(factory=dict)  # document -> ``unify.fingerprint``
    drift: int = 0  # articles updated in place since the last full unify (``update``)
    events_of: dict[int, Event] = field(factory=dict)
    ordered: list[tuple[SortKey, str]] = field(factory=list)
    by_id: dict[str, Event] = field(factory=dict)
    next_gid: int = 0
    timeline: Timeline = field(factory=Timeline)
    given_problems: tuple[Problem, ...] = ()  # the problems unify was given (before duplicates)


def spellings(
    analyses: Sequence[Analysis], person_of: dict[tuple[str, int], str]
) -> dict[tuple[str, str], tuple[str, ...]]:
    """How each article writes each person's name: (document, person id) -> forms."""
    result: dict[tuple[str, str], tuple[str, ...]] = {}
    for a in analyses:
        for i, p in enumerate(a.people.people):
            pid = person_of.get((a.document.id, i))  # a loose surname may be nobody
            if pid is not None:
                result[(a.document.id, pid)] = (p.name or p.full or p.surname,)
    return result


def _group(state: TimelineState, gid: int, members: list[Statement], forbid: int | None = None) -> Group:
    first = members[0]
    dates = [s.date for s in members if s.date is not None]  # every statement of a group is dated
    best = min(dates, key=lambda d: d.interval.days if d.interval else 1 << 30)
    people = frozenset(state.person_of[(s.doc, p)] for s in members for p in s.named if (s.doc, p) in state.person_of)
    is_range = any(s.is_range for s in members)
    if len(members) == 1:
        words, sentence_words, phrases = first.words, first.sentence_words, first.phrases
    else:
        words = frozenset[str]().union(*(s.words for s in members))
        sentence_words = frozenset[str]().union(*(s.sentence_words for s in members))
        phrases = frozenset[tuple[str, str]]().union(*(s.phrases for s in members))
    return make_group(
        gid,
        first.doc,
        (state.doc_order[first.doc], first.timexes[0].span.start),
        best,
        is_range,
        words,
        sentence_words,
        people,
        forbid,
        phrases,
    )


def add_groups(state: TimelineState, analysis: Analysis) -> tuple[list[int], list[Statement]]:
    added = []
    doc = analysis.document.id
    state.groups_of[doc] = []
    found = analysis.statements
    local = analysis.groups if analysis.groups is not None else local_groups(found)
    for indices in local:
        members = [found[i] for i in indices]
        gid = state.next_gid
        state.next_gid += 1
        state.merger.add(_group(state, gid, members))
        state.statements_of[gid] = members
        state.groups_of[doc].append(gid)
        for s in members:
            state.gid_of[(s.doc, s.index)] = gid
        added.append(gid)
    return added, [s for s in analysis.statements if s.relation is not None]


def place_relatives(state: TimelineState, relatives: list[Statement]) -> set[int]:
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
        if s.relation is None:
            continue
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


def _copies(state: TimelineState) -> dict[str, list[str]]:
    """Each duplicated article -> the identical articles merged with it."""
    copies: dict[str, list[str]] = {}
    for dup, original in state.duplicates.items():
        copies.setdefault(original, []).append(dup)
    return copies


def _event_for(state: TimelineState, root: int, copies: dict[str, list[str]]) -> Event:
    gids = sorted(state.merger.members[root], key=lambda g: state.merger.groups[g].order)
    members = [s for g in gids for s in state.statements_of[g]]
    extra = []
    if copies:
        extra = [evolve(s, doc=dup) for s in members for dup in copies.get(s.doc, ())]
    event = make_event(
        f"e{root}",
        state.merger.event_date(root),
        members + extra,
        state.person_of,
        state.spellings,
        lambda doc: _outlet(state, doc),
        lambda doc: state.analyses[doc].document.published if doc in state.analyses else None,
    )
    outlet = partial(_outlet, state)
    doubts = [doubt(s, state.analyses[s.doc].document, outlet(s.doc)) for s in members]
    notes = [d for d in doubts if d is not None]
    merger = state.merger
    rivals = [
        g
        for g in merger.rivals(root)
        if not told_in_one_sentence(
            members, (s for o in merger.members[merger.find(g)] for s in state.statements_of[o])
        )
    ]
    spread = merger.stretch(root)  # two days when sources a day apart were merged
    if rivals or (spread is not None and spread[0] != spread[1]):
        told = [(s.doc, merger.groups[g].date) for g in gids for s in state.statements_of[g]]
        told += [(merger.groups[g].doc, merger.groups[g].date) for g in rivals]
        notes.append(date_disagreement(told, outlet))
    return evolve(event, disagreements=(*event.disagreements, *notes)) if notes else event


def _outlet(state: TimelineState, doc_id: str) -> str:
    """How a note names a source: its outlet, else its headline or file name."""
    document = state.analyses[doc_id].document
    return document.source or document.label


def refresh_events(state: TimelineState, roots: set[int], gone: Sequence[int]) -> None:
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
    fresh = []
    copies = _copies(state)
    for root in live:
        event = _event_for(state, root, copies)
        state.events_of[root] = event
        state.by_id[event.id] = event
        fresh.append((sort_key(event, state.doc_order), event.id))
    if len(fresh) > len(state.ordered) // 8:
        state.ordered.extend(fresh)
        state.ordered.sort()
    else:
        for entry in fresh:
            bisect.insort(state.ordered, entry)


def ordered_events(state: TimelineState) -> tuple[Event, ...]:
    return tuple(state.by_id[eid] for _, eid in state.ordered)


def drop(state: TimelineState, gid: int) -> None:
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


def take_relatives(state: TimelineState, loose: list[int]) -> list[Statement]:
    """Take the relative statements out of ``loose`` (in place): their original, undated form."""
    taken = []
    for g in [g for g in loose if state.statements_of[g][0].relation is not None]:
        s = state.statements_of[g][0]
        taken.append(state.analyses[s.doc].statements[s.index])
        drop(state, g)
        loose.remove(g)
    return taken


def check(state: TimelineState) -> list[str]:
    """What is wrong with ``state`` against the invariants in the module docstring (empty when
    nothing is). Costs a pass over the state: for tests and for debugging, not for every call."""
    wrong: list[str] = []
    merger = state.merger
    if set(state.analyses) != set(state.doc_order):
        wrong.append("analyses and doc_order hold different documents")
    if set(merger.groups) != set(state.statements_of):
        wrong.append("groups and statements_of hold different groups")
    owned = {gid for gids in state.groups_of.values() for gid in gids}
    if owned != set(merger.groups):
        wrong.append("groups_of does not list exactly the live groups")
    for gid in state.statements_of:
        if merger.groups[gid].forbid is not None:
            continue  # a relative statement is found through its anchor, not through gid_of
        for doc, index in statement_places(state.statements_of, gid):
            if state.gid_of.get((doc, index)) != gid:
                wrong.append(f"gid_of does not map statement {doc}:{index} to its group {gid}")
    if set(state.gid_of.values()) - set(merger.groups):
        wrong.append("gid_of names groups that are gone")
    for gid, group in merger.groups.items():
        if group.forbid is not None and gid not in state.dependents.get(group.forbid, set()):
            wrong.append(f"relative group {gid} is not among the dependents of {group.forbid}")
    roots = {gid for gid in merger.groups if merger.find(gid) == gid}
    if set(state.events_of) != roots:
        wrong.append("events_of does not hold one event per root")
    if sorted(state.ordered) != state.ordered or len(state.ordered) != len(state.by_id):
        wrong.append("ordered is not the sorted list of the events")
    if tuple(state.timeline.events) != ordered_events(state):
        wrong.append("timeline.events is not ordered_events(state)")
    order = sorted(state.doc_order, key=state.doc_order.__getitem__)
    if tuple(d.id for d in state.timeline.documents) != tuple(order):
        wrong.append("timeline.documents are not the analysed documents in order")
    if set(state.duplicates) & owned_docs(state):
        wrong.append("a duplicate article has groups of its own")
    return wrong


def owned_docs(state: TimelineState) -> set[str]:
    """The documents that have groups of their own."""
    return {doc for doc, gids in state.groups_of.items() if gids}
