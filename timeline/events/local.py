"""Statements of one article that tell one event.

An article often comes back to an event ("the inspection in November ... that November
inspection"); those statements are one event before the article meets any other. The test is the
cross-article evidence of ``merge``, made stricter: within one article the story's vocabulary is
everywhere, so the statements must share a phrase, or a person and two key words.
"""

from __future__ import annotations

from collections.abc import Sequence

from .evidence import Group, compatible, evidence, make_group
from .extract import Statement


def probe_of(statement: Statement) -> Group:
    """A dated statement as a group of its own, to weigh the evidence against another of its
    article (no place in the corpus: it is compared, never merged, as such)."""
    assert statement.date is not None  # only dated statements are grouped
    return make_group(
        -1,
        statement.doc,
        (0, 0),
        statement.date,
        statement.is_range,
        statement.words,
        statement.sentence_words,
        frozenset(str(p) for p in statement.people),
        None,
        statement.phrases,
    )


def local_groups(found: Sequence[Statement]) -> tuple[tuple[int, ...], ...]:
    """Statements of one article about one event (their indices in ``found``): same evidence
    as across articles, never two of one sentence, never a relative statement (its date is not
    known yet). Depends on the article alone, so it is worked out with the article's analysis."""
    where = [i for i, s in enumerate(found) if s.relation is None and s.date is not None]
    plain = [found[i] for i in where]
    parent = list(range(len(plain)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]  # path halving: the same roots, found faster
            i = parent[i]
        return i

    probes = [probe_of(s) for s in plain]
    # Two statements of one article can only agree if they share a phrase, or a person and
    # words: only pairs that meet in one of those buckets are compared (the same edges as
    # comparing every pair, so the same groups), which keeps a long article near-linear.
    buckets: dict[object, list[int]] = {}
    for i, probe in enumerate(probes):
        for phrase in probe.phrases:
            buckets.setdefault(("p", phrase), []).append(i)
        for person in probe.people:
            for word in probe.words:
                buckets.setdefault(("w", person, word), []).append(i)
    checked: set[tuple[int, int]] = set()

    def linked(i: int, j: int) -> bool:
        if (i, j) in checked or plain[i].sentence == plain[j].sentence:
            return False
        checked.add((i, j))
        return evidence(probes[i], probes[j], same_article=True) is not None

    # Whether two dates may merge depends on these alone (``merge.compatible``): worked out once
    # per pair of distinct dates, so a statement skips whole runs of incompatible ones.
    signatures = [(p.part, p.is_range, p.date.value, p.date.mod) for p in probes]
    fits: dict[tuple[object, object], bool] = {}

    def fit(i: int, j: int) -> bool:
        key = (signatures[i], signatures[j])
        if key not in fits:
            fits[key] = compatible(probes[i], probes[j])
        return fits[key]

    for members in sorted(buckets.values()):
        # Within a bucket, a statement is compared with each component met so far only until
        # one edge to it is found: components (and so groups) are those of all the edges.
        # The members of the components met are moved from the smaller into the larger, never
        # copied into a new one, so a component growing to the whole bucket costs its size
        # once, not once per member (quadratic on a long article of one story).
        components: list[dict[object, list[int]]] = []  # each: its members, by date
        for j in members:
            meeting = []
            apart = []
            for component in components:
                first = next(iter(component.values()))[0]
                if root(first) == root(j) or any(
                    fit(run[0], j) and any(linked(i, j) for i in run) for run in component.values()
                ):
                    parent[root(first)] = root(j)
                    meeting.append(component)
                else:
                    apart.append(component)
            joined = max(meeting, key=_size, default={})
            for component in meeting:
                if component is not joined:
                    for sig, run in component.items():
                        joined.setdefault(sig, []).extend(run)
            joined.setdefault(signatures[j], []).append(j)
            components = [*apart, joined]
    groups: dict[int, list[int]] = {}
    for i, at in enumerate(where):
        groups.setdefault(root(i), []).append(at)
    return tuple(tuple(g) for g in groups.values())


def _size(component: dict[object, list[int]]) -> int:
    return sum(len(run) for run in component.values())
