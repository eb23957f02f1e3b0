"""The saved state and the stored timeline share their encodings: each event and each article's
expressions are encoded once, when the state is saved, and an event the update did not make
again is written back as it was read; what is stored is what encoding the timeline gives."""

from __future__ import annotations

import shutil
from pathlib import Path

import msgspec
import pytest

from benchmarks.synth_corpus import generate
from timeline.analysis import saved
from timeline.model import Event
from timeline.opening import open_articles
from timeline.query.index import TimelineIndex
from timeline.storage import store

pytestmark = pytest.mark.usefixtures("own_cache")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    articles = tmp_path / "articles"
    generate(articles, 30, seed=11)
    return articles


def _plain(timeline):
    """The same timeline with plain tuples: encoded from scratch when stored."""
    from attrs import evolve

    return evolve(timeline, events=tuple(timeline.events), expressions=tuple(tuple(e) for e in timeline.expressions))


def test_a_cold_build_stores_what_encoding_it_gives(folder: Path) -> None:
    timeline = open_articles([folder], {}, use_cache=True).timeline
    assert isinstance(timeline.events, saved.Encoded)
    assert isinstance(timeline.expressions, saved.Encoded)
    assert timeline.events.records == [msgspec.msgpack.encode(e) for e in timeline.events]
    assert store.dumps(timeline) == store.dumps(_plain(timeline))
    assert timeline.events == tuple(timeline.events)


class _Counting:
    """``saved``'s encoder, counting the events it encodes."""

    def __init__(self) -> None:
        self.events = 0
        self._real = msgspec.msgpack.Encoder()

    def encode(self, obj: object) -> bytes:
        self.events += isinstance(obj, Event)
        return self._real.encode(obj)


def test_an_update_writes_back_the_events_it_kept(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = open_articles([folder], {}, use_cache=True).timeline
    extra = tmp_path / "extra"
    for path in generate(extra, 2, seed=99):
        shutil.move(str(path), folder / f"added-{path.name}")
    counting = _Counting()
    monkeypatch.setattr(saved, "_encoder", counting)
    after = open_articles([folder], {}, use_cache=True).timeline
    assert isinstance(after.events, saved.Encoded)
    assert after.events.records == [msgspec.msgpack.encode(e) for e in after.events]
    assert 0 < counting.events < len(before.events)  # only the events made again
    index = TimelineIndex(after)
    assert store.dumps(after, index.tables) == store.dumps(_plain(after), index.tables)


def test_an_encoded_tuple_pickles_as_a_tuple() -> None:
    import pickle

    items = saved.Encoded((1, 2), [b"\x01", b"\x02"])
    assert items == (1, 2)
    assert type(pickle.loads(pickle.dumps(items))) is tuple


def test_the_state_written_a_piece_at_a_time_is_dumps(folder: Path, tmp_path: Path) -> None:
    from timeline.analysis.cached import article_key
    from timeline.storage import states
    from timeline.storage.cache import code_fingerprint

    state = open_articles([folder], {}, use_cache=True).state
    keys = {d.id: article_key(d) for d in state.timeline.documents}
    written = states.write("test", saved.record(state, code_fingerprint(), keys))
    assert written is not None
    body = saved.dumps(state, code_fingerprint(), keys)
    assert written.read_bytes()[len(states.MAGIC) + 65 :] == body
    restored = saved.loads(body, code_fingerprint())
    assert sorted(restored.state.events_of) == sorted(state.events_of)
