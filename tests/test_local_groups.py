"""Grouping an article's statements compares only candidate pairs; the groups are exactly those
of comparing every pair."""

from __future__ import annotations

from timeline.analysis.article import analyse
from timeline.corpus import document_from_text, load
from timeline.corpus.metadata import Metadata
from timeline.events.evidence import evidence
from timeline.events.local import local_groups, probe_of


def every_pair(found):
    """The grouping as it was: every pair of statements compared."""
    where = [i for i, s in enumerate(found) if s.relation is None and s.date is not None]
    plain = [found[i] for i in where]
    parent = list(range(len(plain)))

    def root(i):
        while parent[i] != i:
            i = parent[i]
        return i

    probes = [probe_of(s) for s in plain]  # the same probes; the pairs are what is compared
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


def test_same_groups_as_every_pair_on_the_seeds(seeds):
    analyses = [analyse(d) for d in load([seeds]).documents]
    assert sum(len(a.statements) for a in analyses) == 21
    for a in analyses:
        assert local_groups(a.statements) == every_pair(a.statements)


def test_same_groups_as_every_pair_on_a_long_repetitive_article():
    import datetime as dt

    sentences = [
        "Minister Jane Holloway said on 3 May 2010 that the Ofsted inspection report would be reviewed.",
        "The Ofsted inspection in November found failings, Tom Baker said.",
        "In May 2010 Jane Holloway promised a vote before the end of 2010.",
        "Critics said on 4 May 2010 that the Ofsted inspection report was late.",
        "Tom Baker said the council met in 2009 and again last November.",
    ]
    text = "\n\n".join(" ".join(sentences[(i + k) % 5] for k in range(3)) for i in range(60))
    doc = document_from_text(text, meta=Metadata(published=dt.date(2010, 6, 1)))
    found = analyse(doc).statements
    groups = local_groups(found)
    assert groups == every_pair(found)
    assert max(len(g) for g in groups) > 1
