"""Events built across articles by chains of pairs: an article telling one event at two precisions
(a lede's "this morning", the body's "at 2:09 a.m.") does not keep the corpus from joining them;
a statement that tells two happenings does not chain their events into one; and an event is dated
to the finest moment its sources give."""

from __future__ import annotations

import datetime as dt

from timeline.analysis import build_timeline
from timeline.corpus import document_from_text
from timeline.corpus.metadata import Metadata
from timeline.events.evidence import make_group
from timeline.events.merge import Merger
from timeline.model import EventDate, Granularity, Interval

PUBLISHED = dt.date(2013, 3, 14)


def _events(*texts: str) -> list[tuple[str, list[str], list[str]]]:
    """(date, sources, each mention's sentence) of the events of articles a, b, ... ."""
    docs = [
        document_from_text(text, name, f"{name}.txt", Metadata(published=PUBLISHED))
        for name, text in zip("abcdefgh", texts, strict=False)
    ]
    return [(e.date.value, sorted(e.sources), [m.excerpt for m in e.mentions]) for e in build_timeline(docs).events]


LEDE = "An earthquake with a magnitude of 4.6 was recorded in the North Bay this morning, the survey said."
DETAIL = "The quake occurred at 2:09 a.m. near Healdsburg, at a depth of a mile."


def test_a_lede_and_its_detail_in_two_articles_join_through_a_third_that_tells_both():
    bridge = "The North Bay was shaken at 2:09 a.m. on Thursday by a magnitude 4.6 earthquake, the survey said."
    assert _events(f"{LEDE}\n\n{DETAIL}\n", f"{LEDE}\n\n{DETAIL}\n", f"{bridge}\n") == [
        ("2013-03-14T02:09", ["a", "b", "c"], [LEDE, DETAIL, bridge, LEDE, DETAIL])
    ]


def test_without_a_statement_that_tells_both_the_lede_and_the_detail_stay_two_events():
    assert _events(f"{LEDE}\n\n{DETAIL}\n", f"{LEDE}\n\n{DETAIL}\n") == [
        ("2013-03-14TMO", ["a", "b"], [LEDE, LEDE]),
        ("2013-03-14T02:09", ["a", "b"], [DETAIL, DETAIL]),
    ]


THURSDAY = EventDate(
    "2013-05-02", granularity=Granularity.DAY, interval=Interval(dt.date(2013, 5, 2), dt.date(2013, 5, 2))
)


def _group(gid: int, doc: str, words: str):
    return make_group(gid, doc, (gid, 0), THURSDAY, False, frozenset(words.split()), frozenset(), frozenset())


def _merged(*words: str) -> list[list[int]]:
    """The events (their groups' ids) of one group per article, article ``a``, ``b``, ... with
    these key words, all dated the same Thursday."""
    merger = Merger()
    groups = [_group(gid, chr(ord("a") + gid), text) for gid, text in enumerate(words)]
    for group in groups:
        merger.add(group)
    merger.place([g.gid for g in groups])
    return sorted(sorted(merger.members[root]) for root in {merger.find(g.gid) for g in groups})


def test_a_statement_telling_two_happenings_does_not_chain_their_events_into_one():
    events = _merged(
        "left morningside clinic",
        "left morningside clinic abruptly",
        "admitted betty ford center",
        "admitted betty ford center rancho",
        # "left the Morningside clinic and was admitted to the Betty Ford Center": both
        "left morningside clinic admitted betty ford center",
    )
    assert all(not ({0, 1} & set(e) and {2, 3} & set(e)) for e in events)
    assert sorted(len(e) for e in events) == [2, 3]


def test_events_whose_statements_all_share_words_still_join():
    assert _merged(
        "admitted betty ford clinic",
        "admitted betty ford center",
        "betty ford center rancho",
        "admitted betty ford rancho",
    ) == [[0, 1, 2, 3]]
