"""A stored timeline reads back as the timeline that was stored, its events decoded on demand."""

from __future__ import annotations

from pathlib import Path

import pytest
from attrs import evolve
from model_json import timeline_to_json

from timeline.analysis import build_timeline
from timeline.corpus import load
from timeline.query.filters import Filter, apply
from timeline.query.index import TimelineIndex, tables_of
from timeline.storage.store import FORMAT, MAGIC, LazyEvents, StoreError, dumps, loads, save
from timeline.storage.store import load as load_stored


@pytest.fixture(scope="module")
def seeds_timeline(seeds):
    corpus = load([seeds])
    return build_timeline(corpus.documents, corpus.problems)


def test_round_trip_gives_back_the_same_timeline(seeds_timeline, tmp_path: Path):
    path = tmp_path / "seeds.timeline"
    save(TimelineIndex(seeds_timeline), path)
    index = load_stored(path)
    restored = index.timeline
    assert isinstance(restored.events, LazyEvents)
    assert restored.documents == seeds_timeline.documents
    assert restored.people == seeds_timeline.people
    assert restored.problems == seeds_timeline.problems
    assert tuple(restored.events) == seeds_timeline.events
    assert timeline_to_json(restored) == timeline_to_json(seeds_timeline)  # what every export starts from
    assert index.tables == tables_of(seeds_timeline)


def test_events_are_decoded_only_when_asked_for(seeds_timeline):
    events = loads(dumps(seeds_timeline)).timeline.events
    assert len(events) == len(seeds_timeline.events) == 16
    assert sum(e is not None for e in events._items) == 0
    assert events[3] == seeds_timeline.events[3] and events[-1] == seeds_timeline.events[-1]
    assert events[3] is events[3]  # decoded once
    assert sum(e is not None for e in events._items) == 2
    assert events[2:5] == seeds_timeline.events[2:5]
    restored = loads(dumps(seeds_timeline)).timeline
    assert events == seeds_timeline.events and evolve(restored, events=tuple(restored.events)) == seeds_timeline
    with pytest.raises(IndexError):
        events[16]


def test_the_stored_index_filters_as_the_timeline_does(seeds_timeline):
    index = loads(dumps(seeds_timeline))
    for flt in (Filter(people=(seeds_timeline.people[0].id,)), Filter(text="council"), Filter(hide_coarse=True)):
        assert [index.timeline.events[p] for p in index.select(flt)] == list(apply(seeds_timeline, flt))


def test_a_stored_timeline_stores_again_without_decoding(seeds_timeline):
    once = loads(dumps(seeds_timeline))
    again = loads(dumps(once.timeline, once.tables))
    assert sum(e is not None for e in once.timeline.events._items) == 0
    assert tuple(again.timeline.events) == seeds_timeline.events


@pytest.mark.parametrize(
    "data, message",
    [
        (b"", "not a stored timeline"),
        (b"PK\x03\x04 a zip file", "not a stored timeline"),
        (MAGIC + b"\x93\x01\x02", "damaged"),
    ],
)
def test_bad_files_raise_store_error(data: bytes, message: str):
    with pytest.raises(StoreError, match=message):
        loads(data)


def test_a_truncated_file_is_damaged(seeds_timeline):
    data = dumps(seeds_timeline)
    with pytest.raises(StoreError, match="damaged"):
        loads(data[: len(data) // 2])


def test_another_format_version_is_refused(seeds_timeline):
    import msgspec

    body = msgspec.msgpack.decode(dumps(seeds_timeline).split(b"\n", 2)[2])
    body["format"] = FORMAT + 1
    with pytest.raises(StoreError, match=f"format {FORMAT + 1}"):
        loads(MAGIC + msgspec.msgpack.encode(body))
