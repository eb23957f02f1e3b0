"""Statements of one article that tell one event.

An article often comes back to an event ("the inspection in November ... that November
inspection"); those statements are one event before the article meets any other. The test is the
cross-article evidence of ``merge``, made stricter: within one article the story's vocabulary is
everywhere, so the statements must share a phrase, or a person and two key words.
"""

from __future__ import annotations

from collections.abc import Sequence

from .evidence import evidence, make_group
from .extract import Statement


def local_groups(found: Sequence[Statement]) -> tuple[tuple[int, ...], ...]:
    """Statements of one article about one event (their indices in ``found``): same evidence
    as across articles, never two of one sentence, never a relative statement (its date is not
    known yet). Depends on the article alone, so it is worked out with the article's analysis."""
    where = [i for i, s in enumerate(found) if s.relation is None and s.date is not None]
    plain = [found[i] for i in where]
    parent = list(range(len(plain)))

    def root(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    probes = [
        make_group(
            -1,
            s.doc,
            (0, 0),
            s.date,
            len({t.value for t in s.timexes}) > 1,
            s.words,
            s.sentence_words,
            frozenset(str(p) for p in s.people),
            None,
            s.phrases,
        )
        for s in plain
        if s.date is not None
    ]
    for i in range(len(plain)):
        for j in range(i + 1, len(plain)):
            if plain[i].sentence == plain[j].sentence or root(i) == root(j):
                continue
            if evidence(probes[i], probes[j], same_article=True) is not None:
                parent[root(j)] = root(i)
    groups: dict[int, list[int]] = {}
    for i, at in enumerate(where):
        groups.setdefault(root(i), []).append(at)
    return tuple(tuple(g) for g in groups.values())
