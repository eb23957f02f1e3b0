"""The domain model: validation at the boundary and a lossless JSON round trip."""

from __future__ import annotations

import datetime as dt

import pytest
from attrs import evolve
from model_json import timeline_from_json, timeline_to_json

from timeline.analysis import build_timeline
from timeline.corpus import load
from timeline.model import Document, Granularity, Interval, Span


def test_span_and_interval_reject_nonsense():
    with pytest.raises(ValueError):
        Span(5, 3)
    with pytest.raises(ValueError):
        Span(-1, 3)
    with pytest.raises(ValueError):
        Interval(dt.date(2011, 1, 2), dt.date(2011, 1, 1))
    with pytest.raises(ValueError):  # what ``evolve`` remakes is checked too
        evolve(Span(1, 3), end=0)


def test_interval_relations():
    year = Interval(dt.date(2010, 1, 1), dt.date(2010, 12, 31))
    november = Interval(dt.date(2010, 11, 1), dt.date(2010, 11, 30))
    assert year.contains(november) and not november.contains(year)
    assert november.overlaps(year) and november.days == 30


def test_granularity_ranks_coarse_to_fine():
    assert Granularity.YEAR.rank < Granularity.MONTH.rank < Granularity.DAY.rank


def test_seed_timeline_round_trips_through_json(seeds):
    corpus = load([seeds])
    timeline = build_timeline(corpus.documents)
    assert timeline.events, "the seeds must yield events"
    again = timeline_from_json(timeline_to_json(timeline))
    assert again == timeline


def test_values_are_immutable_and_changed_with_evolve(seeds):
    doc = load([seeds]).documents[0]
    with pytest.raises(AttributeError):
        doc.published = dt.date(2020, 1, 1)  # type: ignore[misc]
    moved = evolve(doc, published=dt.date(2011, 6, 6), published_estimated=False)
    assert moved.published == dt.date(2011, 6, 6) and doc.published == dt.date(2011, 6, 5)


def test_content_blanks_every_excluded_character_but_line_breaks():
    text = "---\ntitle: A\r\n---\nBody one.\nShare this\u2028page\nEnd."
    doc = Document("a", "a.txt", text, excluded=(Span(28, 43), Span(0, 18), Span(4, 12)))
    assert doc.content == "   \n        \r\n   \nBody one.\n" + " " * 15 + "\nEnd."
    assert len(doc.content) == len(text)


def test_content_joins_overlapping_and_touching_spans():
    doc = Document("a", "a.txt", "abcdef\nghij", excluded=(Span(2, 5), Span(1, 3), Span(5, 8), Span(10, 10)))
    assert doc.content == "a     \n hij"
    assert evolve(doc, excluded=()).content == "abcdef\nghij"
