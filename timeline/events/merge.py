"""Merging what several statements say about one real-world event.

Groups of statements are merged best-first on their ``evidence`` (``events.evidence``) under
four vetoes:
two events that hold groups of the same articles join only when, in each of those articles, its
groups there may tell one event (an article that says two different things with compatible
dates is telling two events apart: ``told_apart``; the test of its own grouping is stricter, so
two groups it kept apart may still tell one event); a statement dated relative to an event never
joins that event; two events join only when their finest dates overlap (so a year never chains
two different days into one event), or lie on two consecutive days joined by two statements
that read as one across midnight or time zones (``evidence.adjacent``), and the day-or-finer
dates of one event never cover more than two days; and two events join only when most pairs of
their statements from different articles share a key word (``Merger.in_one_vocabulary``: a
statement telling two happenings would otherwise chain the events of both into one). The finest
date of an event, which dates it and which the others are checked against, is the one of fewest
days and then of fewest hours ("at 2:09 a.m." before "this morning": ``moments.fineness``).

Candidate pairs come from an index blocked by year and keyed by word or person (``buckets``), so
the work grows with the statements that share a year and a rare word, not with the corpus
squared. The index is a table per bucket of the calendar, each keyed by word: a look-up hashes
the bucket once and then only words, whose hashes Python keeps (a table keyed by (bucket, word)
pairs hashes a new tuple at every look-up, and merging a corpus makes millions of them).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from itertools import chain
from typing import TypeVar

from attrs import define, field

from ..model import EventDate
from .buckets import Bucket as Bucket
from .buckets import probed, stored
from .evidence import Group, adjacent, compatible, evidence, moments_apart, on_the_clock, told_apart
from .moments import fineness

MAX_POSTING = 30  # a word shared by more statements of one year says nothing about which
_MAX_CANDIDATES = 6  # the best-matching groups a group is compared with; merging is transitive
_MAX_DAYS = 2  # the most calendar days the day-or-finer dates of one event may cover
_SHARING = 0.75  # the share of two events' pairs of statements that must share a key word to join
_SAMPLE = 16  # the most groups of an event compared in that test


def index_keys(group: Group) -> Iterable[str]:
    yield from group.words
    yield from ("@" + p for p in group.people)


T = TypeVar("T")
Posting = tuple[Bucket, str]  # a bucket of the index and a key filed in it


def _poured(big: list[T], small: list[T]) -> list[T]:
    """The two lists as one, the longer one kept and the shorter poured in (cheap merges)."""
    if len(small) > len(big):
        big, small = small, big
    big.extend(small)
    return big


def _joined(big: set[T], small: set[T]) -> set[T]:
    """The two sets as one, the larger one kept and the smaller poured in."""
    if len(small) > len(big):
        big, small = small, big
    big |= small
    return big


@define
class Merger:
    """The groups of the corpus and the events (clusters of groups) they form.

    Kept between calls so that one article's groups can be taken out and put back (after its
    publication date changes) without merging the whole corpus again.
    """

    groups: dict[int, Group] = field(factory=dict)
    index: dict[Bucket, dict[str, set[int]]] = field(factory=dict)  # bucket -> key -> groups filed
    parent: dict[int, int] = field(factory=dict)
    members: dict[int, list[int]] = field(factory=dict)
    docs: dict[int, set[str]] = field(factory=dict)
    forbids: dict[int, set[int]] = field(factory=dict)
    # Groups never change, so the pairs a group makes (and its rivals) are worked out once; an
    # entry naming a group since removed is skipped when read.
    pairs: dict[int, list[tuple[float, int]]] = field(factory=dict)
    paired_by: dict[int, set[int]] = field(factory=dict)  # group -> groups whose pairs name it
    best: dict[int, int] = field(factory=dict)  # root -> its group with the finest date
    rival_cache: dict[int, list[int]] = field(factory=dict)
    # root -> first and last of the days its day-or-finer dates lie on (None: it has none);
    # worked out from the members when first asked for, so a restored merger starts without it
    # (a cache: not part of what the merger is)
    stretches: dict[int, Stretch] = field(factory=dict, eq=False, repr=False)
    samples: dict[int, list[int]] = field(factory=dict, eq=False, repr=False)  # root -> ``sample``

    def add(self, group: Group) -> None:
        self.groups[group.gid] = group
        self._single(group.gid)
        keys = list(index_keys(group))
        gid = group.gid
        index = self.index
        for bucket in stored(group):
            filed = index.get(bucket)
            if filed is None:
                filed = index[bucket] = {}
            for key in keys:
                posting = filed.get(key)
                if posting is None:
                    filed[key] = {gid}
                else:
                    posting.add(gid)

    def remove(self, gid: int) -> None:
        group = self.groups.pop(gid)
        keys = list(index_keys(group))
        for bucket in stored(group):
            filed = self.index.get(bucket, {})
            for key in keys:
                posting = filed.get(key)
                if posting is not None:
                    posting.discard(gid)
        del self.parent[gid]
        self.pairs.pop(gid, None)
        self.paired_by.pop(gid, None)
        self.rival_cache.pop(gid, None)
        self.members.pop(gid, None)
        self.docs.pop(gid, None)
        self.forbids.pop(gid, None)
        self.best.pop(gid, None)
        self.stretches.pop(gid, None)
        self.samples.pop(gid, None)

    def refile(self, group: Group) -> None:
        """Put ``group`` in place of the group with its id, whose people had other ids (the
        people of the corpus numbered again): filed under its people's new ids, its place in
        the events kept."""
        old = self.groups[group.gid]
        self.groups[group.gid] = group
        gone, new = old.people - group.people, group.people - old.people
        for bucket in stored(old):
            filed = self.index.get(bucket, {})
            for person in gone:
                posting = filed.get("@" + person)
                if posting is not None:
                    posting.discard(group.gid)
        for bucket in stored(group):
            filed = self.index.setdefault(bucket, {})
            for person in new:
                filed.setdefault("@" + person, set()).add(group.gid)

    def _single(self, gid: int) -> None:
        group = self.groups[gid]
        self.parent[gid] = gid
        self.members[gid] = [gid]
        self.docs[gid] = {group.doc}
        self.forbids[gid] = {group.forbid} if group.forbid is not None else set()
        self.best[gid] = gid
        self.stretches.pop(gid, None)
        self.samples.pop(gid, None)

    def find(self, gid: int) -> int:
        parent = self.parent
        while parent[gid] != gid:
            parent[gid] = parent[parent[gid]]
            gid = parent[gid]
        return gid

    def dissolve(self, root: int) -> list[int]:
        """Break the event at ``root`` back into its groups; returns them."""
        gids = self.members.pop(root)
        for gid in gids:
            self._single(gid)
        return gids

    def finest(self, root: int) -> Group:
        """The group with the finest date of an event: every other group's date holds it
        (kept up to date by ``_union``, so asking costs nothing)."""
        return self.groups[self.best[root]]

    def stretch(self, root: int) -> Stretch:
        """The first and last day that the day-or-finer dates of an event lie on."""
        if root not in self.stretches:
            days = [p for p in (self.groups[g].part for g in self.members[root]) if p is not None and p.days == 1]
            self.stretches[root] = (min(p.start for p in days), max(p.end for p in days)) if days else None
        return self.stretches[root]

    def _allowed(self, ra: int, rb: int, ga: int, gb: int) -> bool:
        """Whether the events at ``ra`` and ``rb`` may join on the evidence of their groups
        ``ga`` and ``gb``."""
        if not self.docs[ra].isdisjoint(self.docs[rb]):
            if any(self._told_apart(ra, rb, doc) for doc in self.docs[ra] & self.docs[rb]):
                return False
        # Two events join only when their finest dates overlap: a year may take a day and
        # another day of it, but the two days are not then one event.
        # Nor when those give hours of one day that never meet ("Thursday morning", "at 7 p.m.").
        # Two consecutive days are one event when two of their statements a day apart read as
        # one (``adjacent``); the event then covers those two days and no more.
        fa, fb = self.finest(ra), self.finest(rb)
        if fa.part is None or fb.part is None or moments_apart(fa, fb):
            return False
        if (
            not fa.part.overlaps(fb.part)
            and not (adjacent(self.groups[ga], self.groups[gb]) and adjacent(fa, fb))
            and not self._held(fa, rb)
            and not self._held(fb, ra)
        ):
            return False
        both = _spanned(self.stretch(ra), self.stretch(rb))
        if both is not None and (both[1] - both[0]).days >= _MAX_DAYS:
            return False
        if not self.in_one_vocabulary(ra, rb):
            return False
        find = self.find
        return not any(find(f) == rb for f in self.forbids[ra] if f in self.parent) and not any(
            find(f) == ra for f in self.forbids[rb] if f in self.parent
        )

    def _held(self, finest: Group, root: int) -> bool:
        """Whether an event already told over two consecutive days (``adjacent``) holds the day
        of ``finest``: "announced Nov. 12" may join the acquisition HP announced on Monday 12
        November that another outlet dated the 13th."""
        stretch = self.stretch(root)
        part = finest.part
        return (
            stretch is not None
            and part is not None
            and stretch[0] != stretch[1]
            and stretch[0] <= part.start
            and part.end <= stretch[1]
        )

    def in_one_vocabulary(self, ra: int, rb: int) -> bool:
        """Whether the statements of two events, taken across articles, mostly share a key word
        (``_SHARING``). Each merge is made on a pair that reads as one event, but merging is
        transitive: a statement that tells two happenings ("left one clinic on Thursday and
        checked into another") links the events of each, whose other statements then have
        nothing in common. A sample of each event's groups (``_SAMPLE``, spread over it) is
        compared, so the test costs the same for an event of five groups or five hundred."""
        mine, theirs = self.sample(ra), self.sample(rb)
        if len(mine) * len(theirs) < 2:
            return True
        groups = self.groups
        sharing = total = 0
        for a in (groups[g] for g in mine):
            for b in (groups[g] for g in theirs):
                if a.doc != b.doc:
                    total += 1
                    sharing += not a.words.isdisjoint(b.words)
        return not total or sharing >= _SHARING * total

    def sample(self, root: int) -> list[int]:
        """At most ``_SAMPLE`` groups of an event, spread evenly over them in the order the
        corpus tells them (so a merger built in another order, or brought up to date, picks the
        same)."""
        members = self.members[root]
        if len(members) <= _SAMPLE:
            return members
        if root not in self.samples:
            told = sorted(members, key=lambda g: self.groups[g].order)
            step = len(told) / _SAMPLE
            self.samples[root] = [told[int(k * step)] for k in range(_SAMPLE)]
        return self.samples[root]

    def _told_apart(self, ra: int, rb: int, doc: str) -> bool:
        """Whether the groups of ``doc`` in the two events tell two events apart (``told_apart``)."""
        groups = self.groups
        mine = [groups[g] for g in self.members[ra] if groups[g].doc == doc]
        theirs = [groups[g] for g in self.members[rb] if groups[g].doc == doc]
        return any(told_apart(a, b) for a in mine for b in theirs)

    def _union(self, ra: int, rb: int) -> None:
        """Join two events; the root stays the earlier group (event ids follow first mention),
        the larger member collections are kept and the smaller poured in."""
        if self.groups[rb].order < self.groups[ra].order:
            ra, rb = rb, ra
        self.stretches[ra] = _spanned(self.stretch(ra), self.stretch(rb))
        self.stretches.pop(rb)
        self.samples.pop(ra, None)
        self.samples.pop(rb, None)
        self.parent[rb] = ra
        self.members[ra] = _poured(self.members[ra], self.members.pop(rb))
        self.docs[ra] = _joined(self.docs[ra], self.docs.pop(rb))
        self.forbids[ra] = _joined(self.forbids[ra], self.forbids.pop(rb))
        a, b = self.groups[self.best[ra]], self.groups[self.best.pop(rb)]
        self.best[ra] = min(a, b, key=_fineness).gid

    def candidates(self, gid: int, widen: int = 0, people_only: bool = False) -> Iterable[int]:
        """Groups with a date that may be compatible sharing two key words (or a person)."""
        group = self.groups[gid]
        postings = []
        keys = ["@" + p for p in group.people] if people_only else list(index_keys(group))
        index = self.index
        for bucket in probed(group, widen):
            filed = index.get(bucket)
            if not filed:
                continue
            for key in keys:
                posting = filed.get(key)
                if posting and len(posting) <= MAX_POSTING:
                    postings.append(posting)
                    if key[0] == "@":
                        postings.append(posting)  # a shared person weighs two words
        counts = Counter(chain.from_iterable(postings))
        counts.pop(gid, None)
        if people_only:  # every count left is at least the one needed
            strong = list(zip(counts.values(), counts, strict=True))
        else:
            strong = [(n, g) for g, n in counts.items() if n >= 2]
            if on_the_clock(group):  # or one word with a group at the same clock time
                value, groups = group.date.value, self.groups
                strong += [(n, g) for g, n in counts.items() if n == 1 and groups[g].date.value == value]
        if len(strong) > _MAX_CANDIDATES:
            # Ties go to the group told later in the corpus: by place in the articles, not by id,
            # so the choice does not depend on the order groups were made in (re-anchoring).
            # Only a count as high as the sixth highest can be among the best, so the others are
            # left out before sorting; the place in the list breaks what is left of the ties, as
            # a stable sort would.
            least = sorted([n for n, _ in strong], reverse=True)[_MAX_CANDIDATES - 1]
            groups = self.groups
            ranked = [(n, groups[g].order, -i, g) for i, (n, g) in enumerate(strong) if n >= least]
            ranked.sort(reverse=True)
            return [g for _, _, _, g in ranked[:_MAX_CANDIDATES]]
        return [g for _, g in strong]

    def place(self, gids: Iterable[int]) -> set[int]:
        """Merge the given groups with whatever they read as the same event as; returns the
        roots of every event that changed."""
        pairs: list[tuple[float, tuple[tuple[int, int], tuple[int, int]], tuple[int, int]]] = []
        seen: set[tuple[int, int]] = set()
        groups = self.groups
        for gid in gids:
            scored = self.pairs.get(gid)
            if scored is None:
                a = groups[gid]
                scored = []
                for other in self.candidates(gid):
                    b = groups[other]
                    if a.doc != b.doc:
                        score = evidence(a, b)
                        if score is not None:
                            scored.append((score, other))
                            self.paired_by.setdefault(other, set()).add(gid)
                self.pairs[gid] = scored
            # The pairs other groups found with this one count too: candidates are the few best
            # from each side, so a pair may have been seen from the other side only.
            theirs = [
                (score, other)
                for other in self.paired_by.get(gid, ())
                if other in groups
                for score, named in self.pairs.get(other, ())
                if named == gid
            ]
            for score, other in (*scored, *theirs):
                if other not in groups:
                    continue
                key = (gid, other) if gid < other else (other, gid)
                if key not in seen:
                    seen.add(key)
                    # Best first; ties in the order the articles tell them (not by id, which
                    # depends on the order groups were made in).
                    here, there = groups[gid].order, groups[other].order
                    pairs.append((-score, (here, there) if here <= there else (there, here), key))
        pairs.sort()
        touched = set(gids)
        for _, _places, (ga, gb) in pairs:
            ra, rb = self.find(ga), self.find(gb)
            if ra != rb and self._allowed(ra, rb, ga, gb):
                self._union(ra, rb)
                touched.update((ga, gb))
        return {self.find(g) for g in touched}

    def forget(self, gids: Iterable[int]) -> None:
        """Drop the cached pairs and rivals of ``gids``: the groups around them changed."""
        for gid in gids:
            self.pairs.pop(gid, None)
            self.rival_cache.pop(gid, None)

    def forget_rivals(self, gids: Iterable[int]) -> None:
        """Drop the cached rivals of ``gids``: the groups around them changed."""
        for gid in gids:
            self.rival_cache.pop(gid, None)

    def rivals(self, root: int) -> list[int]:
        """Groups outside this event, in other articles, that read as the same event (a person
        and two key words in common, at the same granularity) under a date that cannot be
        reconciled with this one: the sources disagree about when it happened."""
        found: list[int] = []
        members = set(self.members[root])
        for gid in members:
            cached = self.rival_cache.get(gid)
            if cached is None:
                group = self.groups[gid]
                cached = []
                if group.people and group.date.interval is not None and not group.is_range and group.forbid is None:
                    for other in self.candidates(gid, widen=1, people_only=True):
                        b = self.groups[other]
                        if (
                            b.doc != group.doc
                            and b.date.granularity == group.date.granularity
                            and not b.is_range
                            and not compatible(group, b)
                            and group.people & b.people
                            and len(group.words & b.words) >= 2
                            and b.forbid is None
                        ):
                            cached.append(other)
                self.rival_cache[gid] = cached
            found.extend(g for g in cached if g in self.groups and g not in members)
        groups = self.groups
        return sorted(set(found), key=lambda g: groups[g].order)

    def event_date(self, root: int) -> EventDate:
        """The finest date among an event's groups (they are all compatible with it)."""
        return self.finest(root).date


def _fineness(group: Group) -> tuple[tuple[int, float], tuple[int, int]]:
    return (fineness(group.date), group.order)


Stretch = tuple[dt.date, dt.date] | None


def _spanned(a: Stretch, b: Stretch) -> Stretch:
    """The days two stretches cover together (first to last)."""
    if a is None or b is None:
        return a or b
    return (min(a[0], b[0]), max(a[1], b[1]))
