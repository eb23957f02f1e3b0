"""Which groups of a merger a change can reach: when groups come or go (an article re-dated,
added, edited or removed), the groups whose candidates, pairs or rivals may change, so that only
their events are broken up and merged again (``analysis.reanchor``). Each function asks the
merger's index the way ``Merger.candidates`` reads it, from the other side.
"""

from __future__ import annotations

from collections.abc import Mapping

from .buckets import Bucket, probed, stored
from .merge import MAX_POSTING, Merger, Posting, index_keys


def rival_neighbours(merger: Merger, gid: int) -> set[int]:
    """The groups that may find ``gid`` among their rival candidates (a person in common,
    filed within a year of it): when ``gid`` comes or goes, their rivals are worked out again
    (see ``Merger.forget_rivals``)."""
    group = merger.groups[gid]
    return _filed_near(merger, gid, ["@" + p for p in group.people], widen=1)


def filed_under(merger: Merger, gid: int) -> list[Posting]:
    """The postings of the index that hold ``gid``, as (bucket, key)."""
    group = merger.groups[gid]
    keys = list(index_keys(group))
    return [(bucket, key) for bucket in stored(group) for key in keys]


def neighbours(merger: Merger, changed: Mapping[Posting, int]) -> set[int]:
    """The groups whose candidates may change when each posting of ``changed`` gained that
    many groups (lost, when negative; called once the groups are filed or taken out): their
    pairs are worked out again and their events merged again.

    ``candidates`` reads a posting only while it holds at most ``MAX_POSTING`` groups, so
    a posting that held more both before and after the change tells its readers nothing
    either way, and is left out: a word or a person of hundreds of statements a year would
    otherwise break up every event that names it."""
    found: set[int] = set()
    index = merger.index
    for (bucket, key), gained in changed.items():
        after = len(index.get(bucket, {}).get(key, ()))
        if min(after, after - gained) > MAX_POSTING:
            continue
        found |= _readers(merger, bucket, key)
    return found


def _readers(merger: Merger, bucket: Bucket, key: str) -> set[int]:
    """The groups whose ``candidates`` look up ``key`` in ``bucket``: a month is probed by
    the fine dates of that month and of the months either side (a day at the edge of one,
    ``buckets.probed``), the fine dates of a year by its coarse dates, and the coarse dates
    of a year by its coarse and its fine dates."""
    index = merger.index
    if bucket[0] == "M":
        year, month = bucket[1], bucket[2] if len(bucket) == 3 else 0
        found: set[int] = set()
        for near in (month - 1, month, month + 1):
            posting = index.get(("M", year, near), {}).get(key)
            if posting:
                groups = merger.groups
                found.update(g for g in posting if bucket in probed(groups[g]))
        return found
    year = bucket[1]
    found = set(index.get(("Y", year), {}).get(key, ()))
    if bucket[0] == "Y":
        found |= index.get(("F", year), {}).get(key, set())
    return found


def relatives_near(merger: Merger, gid: int) -> set[int]:
    """The relative statements filed under a key word or person of ``gid`` in a year of it:
    a build dates and merges them all at once, after every other group, so they are merged
    again together when ``gid`` comes or goes."""
    groups = merger.groups
    return {g for g in _filed_near(merger, gid, list(index_keys(groups[gid])), widen=0) if groups[g].forbid is not None}


def _filed_near(merger: Merger, gid: int, keys: list[str], widen: int) -> set[int]:
    """The groups filed under one of ``keys`` in the years of ``gid`` (``widen`` years more
    either side), as ``candidates`` looks them up from their side."""
    years = {bucket[1] for bucket in stored(merger.groups[gid])}
    if not keys or not years:
        return set()
    found: set[int] = set()
    index = merger.index
    for year in range(min(years) - widen, max(years) + widen + 1) if widen else years:
        for kind in ("Y", "F"):
            filed = index.get((kind, year))
            if not filed:
                continue
            for key in keys:
                posting = filed.get(key)
                if posting:
                    found |= posting
    found.discard(gid)
    return found
