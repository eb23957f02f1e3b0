"""A saved state keeps each article's statements, expressions and sentences encoded until an
update reads them (``analysis.saved.Lazy``, ``analysis.state.Members``): what is not read is
written back byte for byte, what is read is what was saved, and a part that cannot be decoded
rebuilds the timeline instead of giving a wrong one. Stored bodies are decoded while their
digest is checked (``storage.checked``), and nothing decoded is used before it matched."""

from __future__ import annotations

import hashlib

import msgspec
import pytest
from attrs import evolve
from test_reanchor_property import canonical, corpus

from timeline.analysis import analyse_all, unify_state
from timeline.analysis import saved as saved_module
from timeline.analysis.cached import article_key
from timeline.analysis.reanchor import retimeline
from timeline.analysis.saved import Lazy, SavedError, attach, dumps, loads
from timeline.analysis.state import Members, Ref, check
from timeline.analysis.update import update_state
from timeline.events.extract import Statement
from timeline.storage.checked import Mismatch, decode_checked, digest


@pytest.fixture(scope="module")
def built():
    documents = corpus(11, 60)
    analyses = analyse_all(documents, workers=1)
    state = unify_state(analyses)
    keys = {d.id: article_key(d) for d in documents}
    return documents, analyses, keys, dumps(state, "engine", keys)


def _restored(built):
    documents, _, keys, data = built
    restored = loads(data, "engine")
    attach(restored, documents, keys)
    return restored


def test_nothing_of_the_articles_is_decoded_when_a_state_is_read(built):
    state = _restored(built).state
    parts = [(a.statements, a.expressions, a.sentences) for a in state.analyses.values()]
    assert all(isinstance(p, Lazy) and p._items is None for triple in parts for p in triple)
    assert isinstance(state.statements_of, Members)
    assert all(isinstance(state.statements_of.raw(g), Ref) for g in state.statements_of)
    retimeline(state)
    assert check(state) == []  # the invariants are checked without decoding a statement
    assert all(p._items is None for triple in parts for p in triple)


_statements = msgspec.msgpack.Decoder(tuple[Statement, ...]).decode
_KEPT_AS_READ = ("expressions", "sentences", "statements", "relatives", "members_of")


def _fields(data: bytes) -> dict[str, bytes]:
    return {k: bytes(v) for k, v in msgspec.msgpack.decode(data, type=dict[str, msgspec.Raw]).items()}


def _same(data: bytes, again: bytes, kept: tuple[str, ...] = _KEPT_AS_READ) -> None:
    """The ``kept`` parts written back byte for byte; the rest the same values (a set decoded
    may iterate in another order, so its encoding is not compared)."""
    before, after = _fields(data), _fields(again)
    assert {k: before[k] for k in kept} == {k: after[k] for k in kept}
    first, second = saved_module._decode(data), saved_module._decode(again)
    assert evolve(first, relatives={}) == evolve(second, relatives={})
    assert {
        g: Lazy(r, _statements) == Lazy(r2, _statements)
        for (g, r), r2 in zip(first.relatives.items(), second.relatives.values(), strict=True)
    } == dict.fromkeys(first.relatives, True)


def test_a_state_read_and_saved_again_unchanged_writes_its_articles_parts_as_read(built):
    _, _, keys, data = built
    _same(data, dumps(_restored(built).state, "engine", keys))


def test_what_is_decoded_is_what_was_saved(built):
    _, analyses, keys, data = built
    state = _restored(built).state
    fresh = unify_state(analyses)
    for analysis in analyses:
        back = state.analyses[analysis.document.id]
        assert tuple(back.statements) == analysis.statements
        assert tuple(back.expressions) == analysis.expressions
        assert tuple(back.sentences) == analysis.sentences
        assert back == analysis  # a lazy part equals the tuple it stands for
    assert {g: state.statements_of[g] for g in state.statements_of} == dict(fresh.statements_of)
    # an article's parts are written as they were read; a relative statement decoded is encoded again
    _same(data, dumps(state, "engine", keys), ("expressions", "sentences", "statements", "members_of"))


def test_an_update_reads_only_some_articles_and_equals_a_rebuild(built):
    _, analyses, _, _ = built
    state = _restored(built).state
    extra = analyse_all([evolve(d, id=f"n{d.id}", path=f"/corpus/n{d.id}.txt") for d in corpus(12, 20)[:1]], workers=1)
    current = [state.analyses[a.document.id] for a in analyses] + extra
    updated = update_state(state, current)
    assert updated.incremental and updated.added == (extra[0].document.id,)
    decoded = [
        a.document.id
        for a in updated.state.analyses.values()
        if isinstance(a.statements, Lazy) and a.statements._items is not None
    ]
    assert 0 < len(decoded) < len(analyses)
    assert canonical(updated.state.timeline) == canonical(unify_state([*analyses, *extra]).timeline)


def _damaged(state) -> None:
    """Every article's statements in ``state`` made a record that does not decode."""
    for doc, analysis in list(state.analyses.items()):
        state.analyses[doc] = evolve(analysis, statements=Lazy(b"\xc1", analysis.statements._decode))


def test_a_part_that_does_not_decode_fails_the_update_and_its_rebuild(built):
    _, analyses, _, _ = built
    state = _restored(built).state
    _damaged(state)
    with pytest.raises(SavedError, match=r"damaged \(MessagePack data is malformed"):
        update_state(state, [state.analyses[a.document.id] for a in analyses[:-1]])


def test_a_ref_to_statements_its_article_does_not_hold_is_refused():
    with pytest.raises(ValueError, match="a saved group of a1 names statements it does not hold"):
        Ref("a1", (0, 5), (), relative=False).load()


def test_a_body_is_decoded_while_its_digest_is_checked():
    body = memoryview(msgspec.msgpack.encode({"a": [1, 2, 3]}))
    assert digest(body) == hashlib.sha256(body).hexdigest().encode("ascii")
    assert decode_checked(body, digest(body), msgspec.msgpack.decode) == {"a": [1, 2, 3]}


def test_a_body_that_fails_its_digest_is_refused_whatever_it_decodes_to():
    body = memoryview(msgspec.msgpack.encode([1, 2]))
    with pytest.raises(Mismatch):
        decode_checked(body, b"0" * 64, msgspec.msgpack.decode)  # decodes, but is not what was stored
    with pytest.raises(Mismatch):
        decode_checked(memoryview(b"\xc1"), b"0" * 64, msgspec.msgpack.decode)  # nor a decoding error said


def test_a_decoding_error_of_a_body_with_its_digest_is_raised():
    body = memoryview(b"\xc1")
    with pytest.raises(msgspec.DecodeError):
        decode_checked(body, digest(body), msgspec.msgpack.decode)
