"""A timeline saved to disk so that reopening a large corpus is near instant.

Decoding a whole timeline means building millions of small objects (every event, mention,
expression, span and date): about seven seconds for 100,000 events. Reopening needs almost none
of them at once: the list shows one screen of events, and the filters work from the index
tables. So a stored timeline keeps each event as its own encoded record, decoded the first time
something asks for that event (``LazyEvents``), and carries the index tables beside them.

The encoding is MessagePack through msgspec, which reads and writes the attrs model directly
(no hand-written mirror of the classes to keep in step) and is several times faster than any
pure-Python encoder. A file from another format version, or a damaged one, raises
``StoreError``; the caller rebuilds the timeline from the articles.

The file proves its integrity: after the magic line, a line with the SHA-256 digest of the
body, checked before anything decoded is used (``checked``), so a flipped bit or a torn write is refused rather
than read as other content. A record that still fails to decode when it is first asked for
raises ``StoreError`` too, never another exception.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TypeVar, overload

import msgspec
from attrs import frozen

from ..model import Document, Event, Person, Problem, TemporalExpression, Timeline
from ..query.index import IndexTables, TimelineIndex, tables_of
from .checked import DIGEST_HEX as _DIGEST_HEX
from .checked import Mismatch, decode_checked
from .checked import digest as _digest
from .streamed import chunks, write_checked

T = TypeVar("T")

FORMAT = 5
MAGIC = b"timeline-explorer store\n"
_CHECKSUM = b"sha256 "
_HEADER = len(MAGIC) + len(_CHECKSUM) + _DIGEST_HEX + 1


class StoreError(Exception):
    """A stored timeline that cannot be read (damaged, or written by another format version)."""


@frozen
class _Stored:
    format: int
    documents: tuple[Document, ...]
    people: tuple[Person, ...]
    problems: tuple[Problem, ...]
    events: list[bytes]  # one encoded ``Event`` each, decoded on demand
    tables: IndexTables
    expressions: list[bytes]  # each document's expressions, encoded as one record, decoded on demand


_encoder = msgspec.msgpack.Encoder()
_decode_stored = msgspec.msgpack.Decoder(_Stored).decode
_decode_event = msgspec.msgpack.Decoder(Event).decode
_decode_expressions = msgspec.msgpack.Decoder(tuple[TemporalExpression, ...]).decode
_decode_format = msgspec.msgpack.Decoder(msgspec.Raw).decode


class _Lazy(Sequence[T]):
    """Records of a stored timeline, each decoded the first time it is asked for.

    Behaves as the tuple it stands for (indexing, slices, iteration, equality with a tuple);
    iterating decodes every record, which is what exporting a whole timeline needs anyway.
    """

    __slots__ = ("_decode", "_items", "_records")

    def __init__(self, records: list[bytes], decode: Callable[[bytes], T]) -> None:
        self._records = records
        self._items: list[T | None] = [None] * len(records)
        self._decode = decode

    def __len__(self) -> int:
        return len(self._records)

    @overload
    def __getitem__(self, i: int) -> T: ...
    @overload
    def __getitem__(self, i: slice) -> tuple[T, ...]: ...

    def __getitem__(self, i: int | slice) -> T | tuple[T, ...]:
        if isinstance(i, slice):
            return tuple(self[j] for j in range(*i.indices(len(self))))
        item = self._items[i]
        if item is None:
            try:
                item = self._items[i] = self._decode(self._records[i])
            except (msgspec.DecodeError, ValueError, TypeError) as exc:  # ValidationError is a DecodeError
                raise StoreError(f"damaged (record {i}: {exc})") from None
        return item

    def __iter__(self) -> Iterator[T]:
        for i in range(len(self._records)):
            yield self[i]

    def __eq__(self, other: object) -> bool:
        if isinstance(other, _Lazy) and other._records is self._records:
            return True
        if isinstance(other, (_Lazy, tuple)):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))
        return NotImplemented

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __repr__(self) -> str:
        return f"{type(self).__name__}({len(self)} records)"

    def records(self) -> list[bytes]:
        """The encoded records, as stored."""
        return self._records


class LazyEvents(_Lazy[Event]):
    """The events of a stored timeline, each decoded the first time it is asked for."""

    __slots__ = ()

    def __init__(self, records: list[bytes]) -> None:
        super().__init__(records, _decode_event)

    def __repr__(self) -> str:
        return f"LazyEvents({len(self)} events)"


class LazyExpressions(_Lazy[tuple[TemporalExpression, ...]]):
    """Each document's temporal expressions, decoded the first time a document's are asked for."""

    __slots__ = ()

    def __init__(self, records: list[bytes]) -> None:
        super().__init__(records, _decode_expressions)


def _records(items: Sequence[object]) -> list[bytes]:
    """Each item's record: as read (a stored timeline's), as the saved state wrote it (a tuple
    that keeps its items' encodings in ``records``, ``analysis.saved.Encoded``), else encoded."""
    if isinstance(items, _Lazy):
        return items.records()
    kept = getattr(items, "records", None)
    if isinstance(kept, list) and len(kept) == len(items):
        return kept
    return [_encoded(item) for item in items]


def _encoded(item: object) -> bytes:
    """``item`` encoded; an item that keeps its encoding (``msgpack``: a part of a saved state
    not decoded since it was read, ``analysis.saved.Lazy``) is taken as it is."""
    kept = getattr(item, "msgpack", None)
    return kept if isinstance(kept, bytes) else _encoder.encode(item)


def _stored(timeline: Timeline, tables: IndexTables | None) -> _Stored:
    return _Stored(
        FORMAT,
        timeline.documents,
        timeline.people,
        timeline.problems,
        _records(timeline.events),
        tables if tables is not None else tables_of(timeline),
        _records(timeline.expressions),
    )


def dumps(timeline: Timeline, tables: IndexTables | None = None) -> bytes:
    """A timeline (and its index tables, computed if not given) as bytes for ``loads``."""
    body = _encoder.encode(_stored(timeline, tables))
    return MAGIC + _CHECKSUM + _digest(body) + b"\n" + body


def loads(data: bytes) -> TimelineIndex:
    """The stored timeline, as an index over it (``index.timeline``); its events are lazy."""
    if not data.startswith(MAGIC):
        raise StoreError("not a stored timeline")
    if not data.startswith(_CHECKSUM, len(MAGIC)):
        version = _format_of(memoryview(data)[len(MAGIC) :])
        if version is not None and version != FORMAT:
            raise StoreError(f"stored in format {version}; this version reads format {FORMAT}")
        raise StoreError("damaged (no checksum)")
    if len(data) < _HEADER or data[_HEADER - 1 : _HEADER] != b"\n":
        raise StoreError("damaged (truncated header)")
    body = memoryview(data)[_HEADER:]
    try:  # decoded while the digest is checked; nothing is used before it matched
        stored = decode_checked(body, bytes(data[_HEADER - 1 - _DIGEST_HEX : _HEADER - 1]), _decode_stored)
    except Mismatch:
        raise StoreError("damaged (checksum mismatch)") from None
    except (msgspec.DecodeError, ValueError, TypeError) as exc:
        version = _format_of(body)
        if version is not None and version != FORMAT:
            raise StoreError(f"stored in format {version}; this version reads format {FORMAT}") from None
        raise StoreError(f"damaged ({exc})") from None
    if stored.format != FORMAT:
        raise StoreError(f"stored in format {stored.format}; this version reads format {FORMAT}")
    events = LazyEvents(stored.events)
    tables = stored.tables
    if not all(
        len(column) == len(events)
        for column in (tables.starts, tables.ends, tables.fine, tables.keys, tables.haystacks)
    ):
        raise StoreError("damaged (the index does not match the events)")
    if stored.expressions and len(stored.expressions) != len(stored.documents):
        raise StoreError("damaged (the expressions do not match the documents)")
    expressions = LazyExpressions(stored.expressions)
    timeline = Timeline(stored.documents, stored.people, events, stored.problems, expressions)  # type: ignore[arg-type]
    return TimelineIndex(timeline, tables)


def _format_of(body: memoryview) -> int | None:
    """The format number of a stored body, if it can be read at all."""
    try:
        fields = msgspec.msgpack.decode(body, type=dict[str, msgspec.Raw])
        return msgspec.msgpack.decode(fields["format"], type=int) if "format" in fields else None
    except (msgspec.DecodeError, ValueError, TypeError):
        return None


def save(index: TimelineIndex, path: Path) -> None:
    """Store a timeline and its index tables at ``path``, atomically (``OSError`` if it cannot):
    the bytes of ``dumps``, encoded and written a piece at a time (``streamed``)."""
    write_checked(Path(path), MAGIC + _CHECKSUM, chunks(_stored(index.timeline, index.tables)))


def load(path: Path) -> TimelineIndex:
    """Read a timeline stored by ``save``. Raises ``StoreError`` (or ``OSError``)."""
    return loads(Path(path).read_bytes())
