"""Values that keep the encoding they were read in: part of a saved analysis decoded only when
it is first asked for (``Lazy``), and a tuple that carries each item's record (``Encoded``).
What an update does not read is written back as it was read, never encoded again."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import TypeVar, overload

import msgspec


class SavedError(Exception):
    """Saved state that cannot be used (damaged, or of another format or engine)."""


T = TypeVar("T")


class Lazy(Sequence[T]):
    """Part of an analysis as saved (its statements, expressions or sentences), decoded the
    first time it is asked for. An update reads those of the articles around a change; the
    others are written back as they were read (``msgpack``, which the timeline store takes as
    it is too), never decoded. Behaves as the tuple it stands for (indexing, iteration,
    equality)."""

    __slots__ = ("_decode", "_items", "msgpack")

    def __init__(self, record: bytes, decode: Callable[[bytes], tuple[T, ...]]) -> None:
        self.msgpack = record
        self._decode = decode
        self._items: tuple[T, ...] | None = None

    def _decoded(self) -> tuple[T, ...]:
        if self._items is None:
            try:
                self._items = self._decode(self.msgpack)
            except (msgspec.DecodeError, ValueError, TypeError) as exc:
                raise SavedError(f"damaged ({exc})") from None
        return self._items

    def __len__(self) -> int:
        return len(self._decoded())

    @overload
    def __getitem__(self, i: int) -> T: ...
    @overload
    def __getitem__(self, i: slice) -> tuple[T, ...]: ...

    def __getitem__(self, i: int | slice) -> T | tuple[T, ...]:
        return self._decoded()[i]

    def __iter__(self) -> Iterator[T]:
        return iter(self._decoded())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Lazy):
            return self.msgpack == other.msgpack or self._decoded() == other._decoded()
        if isinstance(other, tuple):
            return self._decoded() == other
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._decoded())

    def __repr__(self) -> str:
        return repr(self._decoded())

    def __reduce__(self) -> tuple[type[tuple[T, ...]], tuple[tuple[T, ...]]]:
        return tuple, (self._decoded(),)


class Encoded(tuple[T, ...]):
    """A tuple that keeps the encoding of each of its items, as the saved state wrote them:
    the stored timeline takes them as they are (``storage.store``, which looks for
    ``records``) rather than encoding every event and every article's expressions again."""

    records: list[bytes]

    def __new__(cls, items: Sequence[T], records: list[bytes]) -> Encoded[T]:
        made = super().__new__(cls, items)
        made.records = records
        return made

    def __reduce__(self) -> tuple[type[tuple[T, ...]], tuple[tuple[T, ...]]]:
        return tuple, (tuple(self),)
