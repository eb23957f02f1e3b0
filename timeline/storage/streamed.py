"""Large stored bodies encoded and written a piece at a time.

A saved state of 10,000 articles is about 335 MB, its stored timeline about 170 MB. Encoding
either as one ``bytes`` object, then prefixing the header (another copy), held two or three
times the body in memory at once, and growing one buffer to hundreds of megabytes cost more
than encoding it (each doubling copies and faults in fresh pages). Here an attrs record is
encoded field by field, and a long list or table a slice of items at a time, into chunks of a
few megabytes that a thread beside the encoder hashes and writes (``hashlib`` and ``os.write``
let go of the interpreter lock, so on two cores they cost the encoder next to nothing).

The bytes are those of encoding the record whole: MessagePack's map of the fields, in the
order msgspec writes them in, each value encoded by msgspec, so the readers (a
``msgspec.msgpack.Decoder`` of the record's class) are unchanged. The file is written as
``files.write_atomically`` writes one: a temporary file beside the target, named as
``files.sweep_temporaries`` expects, synced, then renamed into place; the digest of the body
goes in the header, written last over the room left for it, before the rename, so a reader
sees either the old file or the whole new one.
"""

from __future__ import annotations

import hashlib
import os
import queue
import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from itertools import chain, islice
from pathlib import Path

import attrs
import msgspec

from ..files import put_in_place, temporary_beside
from .checked import DIGEST_HEX

CHUNK = 2 << 20  # bytes: what is handed to the writer at a time
WHOLE = 512  # a list or table of at most this many items is encoded in one call
_FIRST_SLICE = 64  # items encoded at once before the size of one is known
_QUEUED = 8  # chunks waiting for the writer at most: what streaming holds in memory

_encoder = msgspec.msgpack.Encoder()
_SCALARS = (str, bytes, bytearray, memoryview)  # sequences msgspec writes as one value


def _header(kind: int, count: int) -> bytes:
    """The MessagePack header of an array (``kind`` 0x90) or a map (0x80) of ``count`` items."""
    if count < 16:
        return bytes((kind | count,))
    if count < 1 << 16:
        return bytes((0xDC if kind == 0x90 else 0xDE,)) + count.to_bytes(2, "big")
    return bytes((0xDD if kind == 0x90 else 0xDF,)) + count.to_bytes(4, "big")


def _items(encoded: bytes, count: int) -> memoryview:
    """The encoded items of an encoded array of ``count`` items (its header stripped)."""
    return memoryview(encoded)[1 if count < 16 else 3 if count < 1 << 16 else 5 :]


def chunks(record: attrs.AttrsInstance) -> Iterator[bytes | memoryview]:
    """The MessagePack encoding of the attrs instance ``record``, as msgspec encodes it whole,
    in pieces of about ``CHUNK`` bytes."""
    names = sorted(f.name for f in attrs.fields(type(record)))  # the order msgspec writes them in
    pending = bytearray(_header(0x80, len(names)))
    for name in names:
        pending += _encoder.encode(name)
        for piece in _value(getattr(record, name)):
            if len(piece) >= CHUNK:  # a slice that makes a chunk on its own goes as it is, not copied again
                if pending:
                    yield bytes(pending)
                    pending.clear()
                yield piece
                continue
            pending += piece
            if len(pending) >= CHUNK:
                yield bytes(pending)
                pending.clear()
    if pending:
        yield bytes(pending)


def _value(value: object) -> Iterator[bytes | memoryview]:
    """``value`` encoded; a long list or table a slice of items at a time, each slice sized
    from the last so that it makes about a chunk."""
    if isinstance(value, Mapping) and len(value) > WHOLE:
        flat: Iterator[object] = chain.from_iterable(value.items())  # a map's entries: key, value, key, ...
        count, kind = 2 * len(value), 0x80
    elif isinstance(value, Sequence) and not isinstance(value, _SCALARS) and len(value) > WHOLE:
        flat, count, kind = iter(value), len(value), 0x90  # any sequence: its items may be made as they are read
    elif isinstance(value, Sequence) and not isinstance(value, (*_SCALARS, tuple, list)):
        yield _encoder.encode(list(value))
        return
    else:
        yield _encoder.encode(value)
        return
    yield _header(kind, count // 2 if kind == 0x80 else count)
    step, done = _FIRST_SLICE, 0
    while done < count:
        part = list(islice(flat, min(step, count - done)))
        if kind == 0x80 and len(part) % 2:
            part.extend(islice(flat, 1))  # keep a key with its value
        encoded = _encoder.encode(part)
        yield _items(encoded, len(part))
        done += len(part)
        per_item = max(1, len(encoded) // len(part))
        step = max(2, min(0xFFFF, 4 * step, CHUNK // per_item))  # grown gradually: items vary


def write_checked(target: Path, head: bytes, body: Iterable[bytes | memoryview]) -> None:
    """Write ``head``, the SHA-256 digest of the body in hexadecimal, a newline, then ``body``
    (its pieces in order) to ``target``, atomically. Raises ``OSError`` (nothing is left
    behind); whatever iterating ``body`` raises is raised too, after the same cleanup."""
    fd, tmp = temporary_beside(target)
    try:
        with os.fdopen(fd, "wb", buffering=0):  # closes the descriptor, whatever happens
            _write_all(fd, head + b"0" * DIGEST_HEX + b"\n")  # room for the digest, written last
            digest = _write_hashed(fd, body)
            os.lseek(fd, len(head), os.SEEK_SET)
            _write_all(fd, digest)
            os.fsync(fd)
        put_in_place(tmp, target, replace=True)
    finally:
        Path(tmp).unlink(missing_ok=True)


def _write_hashed(fd: int, body: Iterable[bytes | memoryview]) -> bytes:
    """Write the pieces of ``body`` to ``fd`` from a thread that hashes them as it goes, while
    this one makes the next; the digest, in hexadecimal ASCII."""
    hasher = hashlib.sha256()
    waiting: queue.Queue[bytes | memoryview | None] = queue.Queue(_QUEUED)
    failed: list[OSError] = []

    def drain() -> None:
        while (piece := waiting.get()) is not None:
            if failed:
                continue  # keep taking them, so that the encoder never waits on a dead writer
            try:
                hasher.update(piece)
                _write_all(fd, piece)
            except OSError as exc:
                failed.append(exc)

    writer = threading.Thread(target=drain, name="stored-writer", daemon=True)
    writer.start()
    try:
        for piece in body:
            if failed:
                break
            waiting.put(piece)
    finally:
        waiting.put(None)
        writer.join()
    if failed:
        raise failed[0]
    return hasher.hexdigest().encode("ascii")


def _write_all(fd: int, data: bytes | memoryview) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]
