"""Fault injection on a stored timeline: a flipped bit or a torn write is refused with
``StoreError`` (and dropped from the cache), never read as other content nor crashing otherwise."""

from __future__ import annotations

import random
from pathlib import Path

import msgspec
import pytest
from model_json import timeline_to_json

from timeline.analysis import build_timeline
from timeline.corpus import load
from timeline.model import Problem
from timeline.query.index import TimelineIndex
from timeline.storage import cache
from timeline.storage.store import LazyEvents, StoreError, dumps, loads


@pytest.fixture(scope="module")
def stored(seeds) -> tuple[bytes, object]:
    corpus = load([seeds])
    timeline = build_timeline(corpus.documents, corpus.problems)
    return dumps(timeline), timeline_to_json(timeline)


def _read_fully(data: bytes) -> object:
    index = loads(data)
    return timeline_to_json(index.timeline)  # decodes every lazy event and expression


def test_forty_single_bit_flips_are_refused_or_harmless(stored):
    data, original = stored
    rng = random.Random(16)
    outcomes = []
    for _ in range(40):
        damaged = bytearray(data)
        bit = rng.randrange(len(data) * 8)
        damaged[bit // 8] ^= 1 << (bit % 8)
        try:
            outcomes.append(_read_fully(bytes(damaged)) == original)
        except StoreError:
            outcomes.append("refused")
    assert outcomes == ["refused"] * 40


def test_truncation_at_random_points_is_refused(stored):
    data, _ = stored
    rng = random.Random(7)
    cuts = [0, 10, len(data) - 1, *(rng.randrange(len(data)) for _ in range(37))]
    for cut in cuts:
        with pytest.raises(StoreError):
            _read_fully(data[:cut])


def test_a_record_that_fails_to_decode_on_demand_raises_store_error():
    events = LazyEvents([msgspec.msgpack.encode({"id": 3})])
    with pytest.raises(StoreError, match=r"damaged \(record 0: "):
        events[0]


def test_a_damaged_stored_timeline_is_dropped_reported_once_and_rebuilt(tmp_path: Path, monkeypatch, seeds):
    monkeypatch.setattr(cache, "_timelines_dir", lambda: tmp_path / "timelines")
    corpus = load([seeds])
    index = TimelineIndex(build_timeline(corpus.documents, corpus.problems))
    path = cache.remember("k" * 32, index)
    assert path is not None
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x10
    path.write_bytes(bytes(data))
    problems: list[Problem] = []
    assert cache.lookup("k" * 32, problems) is None
    assert problems == [
        Problem(str(path), "stored timeline damaged (checksum mismatch); removed, the articles are analysed again")
    ]
    assert not path.exists()
    assert cache.lookup("k" * 32, problems) is None and len(problems) == 1  # reported once
    cache.remember("k" * 32, index)
    again = cache.lookup("k" * 32, problems)
    assert again is not None and timeline_to_json(again.timeline) == timeline_to_json(index.timeline)
    assert len(problems) == 1
