"""The whole pipeline on real inputs: the seeds with the real temporal engine, re-anchoring,
bad input (no people, no dates, duplicates, contradictory dates)."""

from __future__ import annotations

import datetime as dt

from timeline.analysis import build_state, build_timeline, reanchor
from timeline.corpus import document_from_text, load, seeds_dir
from timeline.corpus.metadata import Metadata


def _doc(doc_id: str, text: str, published: dt.date | None = dt.date(2011, 6, 5)):
    return document_from_text(text, doc_id, f"{doc_id}.txt", Metadata(published=published))


def _values(timeline):
    return [(e.date.value, tuple((m.document, m.timex.span.start) for m in e.mentions)) for e in timeline.events]


def test_seed_merges_with_the_temporal_engine():
    # Gold merges of the seeds (gold/seeds.json, "events" E2, E4, E5 across articles).
    timeline = build_timeline(load([seeds_dir()]).documents)
    by_text = {}
    for event in timeline.events:
        for m in event.mentions:
            by_text.setdefault((m.document[:3], m.timex.span.start), event)
    assert by_text[("000", 3667)] is by_text[("002", 2022)]
    assert by_text[("000", 3053)] is by_text[("002", 1185)]
    e5 = {id(by_text[k]) for k in [("000", 478), ("000", 1104), ("001", 2244), ("002", 376)]}
    assert len(e5) == 1 and by_text[("002", 376)].date.value == "2010-11"
    assert by_text[("002", 802)] is not by_text[("002", 994)]
    assert by_text[("001", 1218)] is not by_text[("000", 3667)]


def test_reanchor_matches_a_full_rebuild():
    docs = load([seeds_dir()]).documents
    state = build_state(docs)
    new_date = dt.date(2012, 6, 3)
    state = reanchor(state, docs[0].id, new_date)
    from attrs import evolve

    rebuilt = build_timeline([evolve(docs[0], published=new_date), *docs[1:]])
    assert sorted(_values(state.timeline)) == sorted(_values(rebuilt))
    assert state.timeline.document(docs[0].id).published == new_date
    assert "2011-W22" not in [e.date.value for e in state.timeline.events]


def test_reanchor_back_restores_the_timeline():
    docs = load([seeds_dir()]).documents
    state = build_state(docs)
    before = sorted(_values(state.timeline))
    state = reanchor(state, docs[2].id, dt.date(2013, 1, 1))
    state = reanchor(state, docs[2].id, docs[2].published)
    assert sorted(_values(state.timeline)) == before


def test_articles_without_people_or_dates():
    timeline = build_timeline(
        [
            _doc("a", "Nothing happened here at all, and nobody said so."),
            _doc("b", "The weather is mild. Rain is expected."),
        ]
    )
    assert (timeline.people, timeline.events) == ((), ())
    assert len(timeline.documents) == 2


def test_identical_duplicates_are_merged_and_reported():
    text = "Council leader Paul Carter resigned in February 2009 after the vote."
    timeline = build_timeline([_doc("a", text), _doc("b", text)])
    assert [(e.date.value, e.sources) for e in timeline.events] == [("2009-02", ("a", "b"))]
    assert [(p.path, p.message) for p in timeline.problems] == [
        ("b.txt", "identical to a.txt; merged with it (its events list both)")
    ]
    assert [p.name for p in timeline.people] == ["Paul Carter"]


def test_contradictory_dates_keep_both_sources_and_say_so():
    a = _doc("a", "Former chief executive Peter Gilroy stepped down from the council in 2009.")
    b = _doc("b", "Former chief executive Peter Gilroy stepped down from the council in 2010.")
    timeline = build_timeline([a, b])
    assert [(e.date.value, e.sources) for e in timeline.events] == [("2009", ("a",)), ("2010", ("b",))]
    assert all([d.kind for d in e.disagreements] == ["date"] for e in timeline.events)
    assert timeline.events[0].disagreements[0].documents == ("a", "b")


def test_spelling_disagreement_is_marked_on_the_event_naming_the_outlets():
    a = document_from_text(
        "Interim director Malcolm Newsam took up his post in January 2011, the council said.",
        "a",
        "a.txt",
        Metadata(published=dt.date(2011, 6, 5), source="Kent Online"),
    )
    b = document_from_text(
        "Interim director Malcom Newson took up his post in January 2011, he said.",
        "b",
        "b.txt",
        Metadata(published=dt.date(2011, 6, 5), source="BBC News"),
    )
    timeline = build_timeline([a, b])
    [event] = timeline.events
    assert event.sources == ("a", "b")
    assert [(d.kind, d.detail, d.documents) for d in event.disagreements] == [
        (
            "spelling",
            "the sources spell a name differently (Kent Online: Malcolm Newsam; BBC News: Malcom Newson)",
            ("a", "b"),
        )
    ]


def test_same_date_without_content_evidence_stays_apart():
    a = _doc("a", "The bridge over the river reopened in March 2010 after repairs.")
    b = _doc("b", "A new bakery opened on the high street in March 2010 to long queues.")
    timeline = build_timeline([a, b])
    assert [e.sources for e in timeline.events] == [("a",), ("b",)]
