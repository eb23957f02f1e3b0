"""A timeline state as bytes, so that the next run can update it (``update``) instead of
unifying the whole corpus again.

The encoding is MessagePack through msgspec, as for the stored timeline and the per-article
cache: the attrs classes are read and written directly, and decoding is several times faster
than unpickling them (the classes' ``__setstate__`` runs in Python for every object). The
tables keyed on tuples are written as lists of rows.

An article's text is left out, as in the per-article cache: each analysis is saved with the
content hash of its document as loaded (``cached.article_key``, the key of the per-article
cache), and restoring it takes the text from the document loaded now, whose hash must match. The analysis of an article whose hash does not
match (edited, re-dated, gone) is kept without its text: it only serves to take that article's
groups out of the events. So nothing of a file that changed since is trusted as current.

Each analysis's statements, expressions and sentences are saved as records of their own, and
so is each relative statement as dated; reading the state leaves them encoded (``Lazy``, and
``state.Members`` for the groups' statements), decoded when the update first reads them. An
update of a few articles reads those around them; the rest are written back as they were
read, never decoded, and a record that does not decode when it is read raises ``SavedError``
(the caller drops the state and builds in full).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import overload

import msgspec
from attrs import evolve, frozen

from ..events.build import SortKey
from ..events.evidence import Group
from ..events.extract import Statement
from ..events.merge import Bucket, Merger
from ..model import Document, Event, EventDate, Person, Problem, Span, TemporalExpression, Timeline
from .article import Analysis
from .cached import RECORD_FORMAT
from .encoded import Encoded, Lazy, SavedError
from .state import Members, Ref, TimelineState
from .unify import collector_paused

FORMAT = 4  # bump when this layout or ``TimelineState`` changes shape
__all__ = ["FORMAT", "Encoded", "Lazy", "Restored", "SavedError", "attach", "dumps", "loads", "record", "shared"]


@frozen
class _Saved:
    format: int
    engine: str
    keys: list[str]  # each analysis's ``article_key``, in document order
    analyses: list[Analysis]  # without their text, expressions, sentences and statements
    expressions: list[bytes]  # each analysis's, encoded (decoded when first read: ``Lazy``)
    sentences: Sequence[bytes]  # a list once read; ``_Parts`` when written
    statements: Sequence[bytes]
    places: list[int]  # each document's place in doc_order
    person_of: list[tuple[str, int, str]]
    spellings: list[tuple[str, str, tuple[str, ...]]]
    groups: list[Group]
    parent: dict[int, int]
    members: dict[int, list[int]]
    docs: dict[int, list[str]]
    forbids: dict[int, list[int]]
    index: list[tuple[str, int, int, str, list[int]]]  # bucket kind, year, month (0: none), key, groups
    pairs: dict[int, list[tuple[float, int]]]
    paired_by: dict[int, list[int]]
    best: dict[int, int]
    rival_cache: dict[int, list[int]]
    members_of: dict[int, tuple[str, list[int]]]  # a group -> its article and statements' indices
    relatives: dict[int, bytes]  # a relative statement's group -> the statement as dated, encoded
    groups_of: dict[str, list[int]]
    gid_of: list[tuple[str, int, int]]
    dependents: dict[int, list[int]]
    dated_from: dict[int, EventDate]
    duplicates: dict[str, str]
    fingerprints: dict[str, str]
    events_of: dict[int, bytes]  # each event encoded as a record of its own, as the stored timeline keeps it
    ordered: list[tuple[SortKey, str]]
    next_gid: int
    given_problems: tuple[Problem, ...]
    people: tuple[Person, ...]
    loaded: list[tuple[str, Document]]  # documents as read (without their text), by ``read_key``
    drift: int


_encoder = msgspec.msgpack.Encoder()
_decode = msgspec.msgpack.Decoder(_Saved).decode
_decode_statements = msgspec.msgpack.Decoder(tuple[Statement, ...]).decode
_decode_expressions = msgspec.msgpack.Decoder(tuple[TemporalExpression, ...]).decode
_decode_sentences = msgspec.msgpack.Decoder(tuple[Span, ...]).decode
_decode_event = msgspec.msgpack.Decoder(Event).decode


def _record(items: Sequence[object]) -> bytes:
    """``items`` encoded, as read when they were not decoded since."""
    if isinstance(items, Lazy):
        return items.msgpack
    return _encoder.encode(tuple(items))


def dumps(
    state: TimelineState, engine: str, keys: Mapping[str, str], loaded: Sequence[tuple[str, Document]] = ()
) -> bytes:
    """``state`` as bytes for ``loads``; ``engine`` names the code that made it, ``keys`` are
    the content hashes of the documents as loaded (``cached.article_key``), by id; ``loaded``
    the documents read from text files, by ``corpus.read_key``, kept so that the next load need
    not parse those files again."""
    saved = record(state, engine, keys, loaded)
    with collector_paused():
        return _encoder.encode(evolve(saved, sentences=list(saved.sentences), statements=list(saved.statements)))


def record(
    state: TimelineState,
    engine: str,
    keys: Mapping[str, str],
    loaded: Sequence[tuple[str, Document]] = (),
    known: Mapping[str, tuple[Event, bytes]] | None = None,
) -> _Saved:
    """What ``dumps`` encodes: the record ``storage.states.write`` encodes and writes a piece
    at a time, so that the whole body is never held in memory. ``known``: events already
    encoded (``Restored.events``), by id, each written as it was read while it is the very
    event the state holds."""
    with collector_paused():  # millions of objects: the cyclic collector would walk them again and again
        return _record_of(state, engine, keys, loaded, known or {})


def _record_of(
    state: TimelineState,
    engine: str,
    keys: Mapping[str, str],
    loaded: Sequence[tuple[str, Document]],
    known: Mapping[str, tuple[Event, bytes]],
) -> _Saved:
    order = sorted(state.doc_order, key=state.doc_order.__getitem__)
    m = state.merger
    members_of, relatives = _groups_statements(state)
    return _Saved(
        FORMAT,
        f"{engine}.{RECORD_FORMAT}",
        [keys.get(d, "") for d in order],
        [_bare(state.analyses[d]) for d in order],
        [_record(state.analyses[d].expressions) for d in order],
        _Parts([state.analyses[d].sentences for d in order]),
        _Parts([state.analyses[d].statements for d in order]),
        [state.doc_order[d] for d in order],
        [(d, i, p) for (d, i), p in state.person_of.items()],
        [(d, p, forms) for (d, p), forms in state.spellings.items()],
        list(m.groups.values()),
        m.parent,
        m.members,
        {g: sorted(docs) for g, docs in m.docs.items()},
        {g: sorted(f) for g, f in m.forbids.items()},
        [
            (b[0], b[1], b[2] if len(b) == 3 else 0, key, sorted(gids))
            for b, filed in m.index.items()
            for key, gids in filed.items()
        ],
        m.pairs,
        {g: sorted(s) for g, s in m.paired_by.items()},
        m.best,
        m.rival_cache,
        members_of,
        relatives,
        state.groups_of,
        [(d, i, g) for (d, i), g in state.gid_of.items()],
        {g: sorted(s) for g, s in state.dependents.items()},
        state.dated_from,
        state.duplicates,
        state.fingerprints,
        {gid: _event_record(event, known) for gid, event in state.events_of.items()},
        state.ordered,
        state.next_gid,
        state.given_problems,
        tuple(state.timeline.people),
        [(key, evolve(document, text="")) for key, document in loaded],
        state.drift,
    )


class _Parts(Sequence[bytes]):
    """Each article's sentences or statements as saved, encoded when the writer comes to it
    (``storage.streamed`` takes any sequence): 100 MB for 10,000 articles that are never all
    held at once, when most were analysed in this run."""

    def __init__(self, parts: list[Sequence[object]]) -> None:
        self._parts = parts

    def __len__(self) -> int:
        return len(self._parts)

    @overload
    def __getitem__(self, i: int) -> bytes: ...
    @overload
    def __getitem__(self, i: slice) -> list[bytes]: ...

    def __getitem__(self, i: int | slice) -> bytes | list[bytes]:
        if isinstance(i, slice):
            return [_record(p) for p in self._parts[i]]
        return _record(self._parts[i])


def _event_record(event: Event, known: Mapping[str, tuple[Event, bytes]]) -> bytes:
    held = known.get(event.id)
    return held[1] if held is not None and held[0] is event else _encoder.encode(event)


def shared(state: TimelineState, saved: _Saved) -> Timeline:
    """``state.timeline`` with its events and expressions holding the encodings ``saved`` (made
    by ``record`` from ``state``) has of them (``Encoded``); one not found there, or not the very
    object the state holds, is encoded anew."""
    timeline = state.timeline
    gid_of = {event.id: gid for gid, event in state.events_of.items()}
    events = []
    for event in timeline.events:
        gid = gid_of.get(event.id)
        same = gid is not None and state.events_of[gid] is event
        events.append(saved.events_of[gid] if same and gid is not None else _encoder.encode(event))
    position = {a.document.id: i for i, a in enumerate(saved.analyses)}
    expressions = []
    for document, found in zip(timeline.documents, timeline.expressions, strict=False):
        at = position.get(document.id)
        same = at is not None and state.analyses[document.id].expressions is found
        expressions.append(saved.expressions[at] if same and at is not None else _record(found))
    if len(expressions) != len(timeline.expressions):
        return evolve(timeline, events=Encoded(timeline.events, events))
    return evolve(
        timeline, events=Encoded(timeline.events, events), expressions=Encoded(timeline.expressions, expressions)
    )


def _dated(members: list[Statement]) -> bool:
    """A group of one relative statement, dated from its anchor: kept as dated, since its
    analysis holds it undated; every other group's statements are its analysis's own."""
    return len(members) == 1 and members[0].relation is not None


def _groups_statements(state: TimelineState) -> tuple[dict[int, tuple[str, list[int]]], dict[int, bytes]]:
    """Each group's statements as saved: an article and the indices of its statements, or (a
    relative statement, dated from its anchor) the statement as dated, encoded. Entries still
    held as read (``state.Ref``) are written back as they were."""
    table = state.statements_of
    members_of: dict[int, tuple[str, list[int]]] = {}
    relatives: dict[int, bytes] = {}
    for gid in table:
        item = table.raw(gid) if isinstance(table, Members) else table[gid]
        if isinstance(item, Ref):
            if item.relative:
                relatives[gid] = _record(item.source)
            else:
                members_of[gid] = (item.doc, list(item.indices))
        elif _dated(item):
            relatives[gid] = _encoder.encode((item[0],))
        else:
            members_of[gid] = (item[0].doc, [x.index for x in item])
    return members_of, relatives


def _statements_of(saved: _Saved, analyses: dict[str, Analysis]) -> Members:
    """The groups' statements, as references decoded when first asked for (``state.Members``)."""
    found: dict[int, list[Statement] | Ref] = {}
    doc_of = {g.gid: g.doc for g in saved.groups} if saved.relatives else {}
    for gid, record in saved.relatives.items():
        found[gid] = Ref(doc_of.get(gid, ""), (0,), Lazy(record, _decode_statements), relative=True)
    try:
        for gid, (doc, indices) in saved.members_of.items():
            found[gid] = Ref(doc, tuple(indices), analyses[doc].statements, relative=False)
    except KeyError:
        raise SavedError("damaged (a group names an article it does not hold)") from None
    return Members(found)


def _bare(analysis: Analysis) -> Analysis:
    """An analysis as saved: without its text, and without the parts saved apart."""
    return evolve(analysis, document=evolve(analysis.document, text=""), expressions=(), sentences=(), statements=())


@frozen
class Restored:
    """A saved state as read back: its analyses still without their text (``attach``)."""

    state: TimelineState
    keys: dict[str, str]  # document id -> the content hash its analysis was saved with
    known: dict[str, Document]  # what ``corpus.load`` may take as read (by its ``read_key``)
    events: dict[str, tuple[Event, bytes]]  # each event as decoded, with its record, by id (``record``)


def loads(data: bytes | memoryview, engine: str) -> Restored:
    """The state saved in ``data`` by ``dumps``; raises ``SavedError`` when it cannot be used."""
    with collector_paused():
        return _loads(data, engine)


def _loads(data: bytes | memoryview, engine: str) -> Restored:
    try:
        saved = _decode(data)
    except (msgspec.DecodeError, ValueError, TypeError) as exc:
        raise SavedError(f"damaged ({exc})") from None
    if saved.format != FORMAT or saved.engine != f"{engine}.{RECORD_FORMAT}":
        raise SavedError("made by another version")
    count = len(saved.analyses)
    if not all(
        len(c) == count for c in (saved.keys, saved.places, saved.expressions, saved.sentences, saved.statements)
    ):
        raise SavedError("damaged (the analyses do not match their keys)")
    analyses = {
        a.document.id: Analysis(
            a.document,
            Lazy(expressions, _decode_expressions),  # type: ignore[arg-type]
            Lazy(sentences, _decode_sentences),  # type: ignore[arg-type]
            a.people,
            Lazy(statements, _decode_statements),  # type: ignore[arg-type]
            a.groups,
        )
        for a, expressions, sentences, statements in zip(
            saved.analyses, saved.expressions, saved.sentences, saved.statements, strict=True
        )
    }
    doc_order = {a.document.id: place for a, place in zip(saved.analyses, saved.places, strict=True)}
    keys = {a.document.id: key for a, key in zip(saved.analyses, saved.keys, strict=True)}
    index: dict[Bucket, dict[str, set[int]]] = {}
    for kind, year, month, key, gids in saved.index:
        index.setdefault((kind, year, month) if month else (kind, year), {})[key] = set(gids)
    merger = Merger(
        groups={g.gid: g for g in saved.groups},
        index=index,
        parent=saved.parent,
        members=saved.members,
        docs={g: set(d) for g, d in saved.docs.items()},
        forbids={g: set(f) for g, f in saved.forbids.items()},
        pairs=saved.pairs,
        paired_by={g: set(s) for g, s in saved.paired_by.items()},
        best=saved.best,
        rival_cache=saved.rival_cache,
    )
    try:
        events_of = {gid: _decode_event(body) for gid, body in saved.events_of.items()}
    except (msgspec.DecodeError, ValueError, TypeError) as exc:
        raise SavedError(f"damaged ({exc})") from None
    events = {event.id: (event, saved.events_of[gid]) for gid, event in events_of.items()}
    state = TimelineState(
        analyses=analyses,
        doc_order=doc_order,
        person_of={(d, i): p for d, i, p in saved.person_of},
        spellings={(d, p): forms for d, p, forms in saved.spellings},
        merger=merger,
        statements_of=_statements_of(saved, analyses),
        groups_of=saved.groups_of,
        gid_of={(d, i): g for d, i, g in saved.gid_of},
        dependents={g: set(s) for g, s in saved.dependents.items()},
        dated_from=saved.dated_from,
        duplicates=saved.duplicates,
        fingerprints=saved.fingerprints,
        events_of=events_of,
        ordered=saved.ordered,
        by_id={e.id: e for e in events_of.values()},
        next_gid=saved.next_gid,
        timeline=Timeline(people=saved.people),
        given_problems=saved.given_problems,
        drift=saved.drift,
    )
    return Restored(state, keys, dict(saved.loaded), events)


def attach(restored: Restored, documents: Sequence[Document], keys: Mapping[str, str]) -> set[str]:
    """Give each saved analysis of one of ``documents`` (same id, same content hash: ``keys``)
    that document's text back; returns their ids (the analyses that are current)."""
    analyses = restored.state.analyses
    current = set()
    for document in documents:
        saved = restored.keys.get(document.id)
        if saved is not None and saved == keys.get(document.id):
            analysis = analyses[document.id]
            analyses[document.id] = evolve(analysis, document=evolve(analysis.document, text=document.text))
            current.add(document.id)
    return current
