"""A record encoded a piece at a time is the record encoded whole, and is written atomically."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Sequence
from pathlib import Path

import msgspec
import pytest
from attrs import frozen

from timeline.storage import streamed
from timeline.storage.states import MAGIC


@frozen
class _Record:
    zeta: int
    rows: list[tuple[str, int]]
    table: dict[int, list[int]]
    blobs: list[bytes]
    alpha: str


def _record(n: int) -> _Record:
    return _Record(
        n,
        [(f"row {i}", i) for i in range(n)],
        {i: list(range(i % 7)) for i in range(n)},
        [bytes([i % 251]) * (i % 3000) for i in range(n)],
        "é" * n,
    )


@pytest.mark.parametrize("n", [0, 1, 15, 16, 511, 512, 513, 5000, 70000])
def test_the_pieces_are_the_whole_encoding(n: int) -> None:
    record = _record(n)
    pieces = list(streamed.chunks(record))
    assert b"".join(pieces) == msgspec.msgpack.encode(record)
    assert msgspec.msgpack.decode(b"".join(pieces), type=_Record) == record


def test_long_bodies_come_in_bounded_pieces() -> None:
    pieces = list(streamed.chunks(_record(70000)))
    assert len(pieces) > 10
    assert max(len(p) for p in pieces) < 4 * streamed.CHUNK


def test_written_with_the_digest_of_the_body(tmp_path: Path) -> None:
    target = tmp_path / "x.state"
    record = _record(3000)
    streamed.write_checked(target, MAGIC, streamed.chunks(record))
    data = target.read_bytes()
    body = msgspec.msgpack.encode(record)
    assert data == MAGIC + hashlib.sha256(body).hexdigest().encode() + b"\n" + body
    assert list(tmp_path.iterdir()) == [target]


def test_a_failed_write_leaves_the_old_file_and_nothing_else(tmp_path: Path) -> None:
    target = tmp_path / "x.state"
    target.write_bytes(b"old")

    def broken() -> Iterator[bytes]:
        yield b"a" * 100
        raise RuntimeError("stopped")

    with pytest.raises(RuntimeError):
        streamed.write_checked(target, MAGIC, broken())
    assert target.read_bytes() == b"old"
    assert list(tmp_path.iterdir()) == [target]


def test_a_full_disk_is_an_oserror(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "x.state"

    def full(fd: int, data: object) -> int:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(streamed.os, "write", full)
    with pytest.raises(OSError, match="No space"):
        streamed.write_checked(target, MAGIC, streamed.chunks(_record(2000)))
    assert list(tmp_path.iterdir()) == []


class _Made(Sequence[bytes]):
    """Items made as they are read."""

    def __init__(self, n: int) -> None:
        self.n = n

    def __len__(self) -> int:
        return self.n

    def __getitem__(self, i):  # type: ignore[no-untyped-def]
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if not 0 <= i < self.n:
            raise IndexError(i)
        return bytes([i % 256]) * (i % 50)


@frozen
class _WithMade:
    made: Sequence[bytes]
    raw: bytes


@pytest.mark.parametrize("n", [0, 3, 600])
def test_any_sequence_is_written_as_its_list(n: int) -> None:
    pieces = b"".join(streamed.chunks(_WithMade(_Made(n), b"\x00" * 600)))
    assert pieces == msgspec.msgpack.encode(_WithMade(list(_Made(n)), b"\x00" * 600))
