"""Saved timeline states (``analysis.saved``): one per set of sources, the state of the last
timeline built from them, so that the next build with a few articles added, edited or removed
updates it (``analysis.update``) instead of unifying the whole corpus again.

A state is found by its lineage: the sources as given (the paths, not what is in them), the
fields archives are read under and this installation's code. What the files hold is not in
it: each saved analysis carries its article's content hash, and only the analyses whose hash
matches an article loaded now are used as they are (``analysis.saved``).

The file proves its integrity as a stored timeline does: a magic line, then the SHA-256 digest
of the body, checked (while the body is decoded, ``checked``) before anything decoded is used. A file that fails it, or cannot be decoded, is
deleted and said once; the timeline is then built in full. Writes are atomic (a temporary file
renamed into place), and at most ``KEPT`` states are kept, the least recently written going
first.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

from attrs import AttrsInstance

from ..corpus import Fields
from ..files import cache_dir, sweep_temporaries, write_atomically
from ..model import Problem
from .checked import DIGEST_HEX as _DIGEST_HEX
from .checked import Mismatch, decode_checked
from .checked import digest as _digest
from .streamed import chunks, write_checked

T = TypeVar("T")

KEPT = 4
SUFFIX = ".state"
MAGIC = b"timeline-explorer saved state\n"
_HEADER = len(MAGIC) + _DIGEST_HEX + 1


def _states_dir() -> Path:
    return cache_dir() / "states"


def lineage(paths: Iterable[str | Path], engine: str, names: Fields | None = None) -> str:
    """The key of the state kept for these sources (see the module docstring)."""
    parts = (engine, [str(p) for p in paths], (names or Fields()).changed())
    return hashlib.sha256(repr(parts).encode("utf-8", "surrogatepass")).hexdigest()[:32]


def path_of(key: str) -> Path:
    return _states_dir() / f"{key}{SUFFIX}"


def read(key: str, problems: list[Problem], decode: Callable[[memoryview], T]) -> T | None:
    """What ``decode`` makes of the verified body of the state kept under ``key``, or None (none
    kept, or unusable: then removed, and said in ``problems`` when it was damaged). ``decode``
    runs while the digest is checked; what it raises is raised once the digest matched."""
    path = path_of(key)
    sweep_temporaries(_states_dir())
    try:
        if not path.is_file():
            return None
        data = path.read_bytes()
    except OSError:
        return None
    body = memoryview(data)[_HEADER:]
    whole = data.startswith(MAGIC) and len(data) >= _HEADER and data[_HEADER - 1 : _HEADER] == b"\n"
    try:
        if not whole:
            raise Mismatch
        return decode_checked(body, data[len(MAGIC) : _HEADER - 1], decode)
    except Mismatch:
        discard(key, problems, "damaged (checksum mismatch)")
        return None


def discard(key: str, problems: list[Problem], why: str) -> None:
    """Remove the state kept under ``key``, saying ``why`` in ``problems``."""
    path = path_of(key)
    try:
        path.unlink(missing_ok=True)
    except OSError:
        pass
    problems.append(Problem(str(path), f"saved timeline state {why}; removed, the timeline is built in full"))


def write(key: str, body: bytes | AttrsInstance) -> Path | None:
    """Keep ``body`` as the state of ``key``, atomically; None if the cache cannot be written.
    ``body`` is the encoded state, or the record to encode (an attrs instance, as
    ``analysis.saved.record`` makes it): that one is encoded and written a piece at a time
    (``streamed``), never held whole in memory."""
    directory = _states_dir()
    path = path_of(key)
    try:
        directory.mkdir(parents=True, exist_ok=True, mode=0o700)  # it holds the articles' analyses
        if isinstance(body, bytes):
            write_atomically(MAGIC + _digest(body) + b"\n" + body, path, replace=True)
        else:
            write_checked(path, MAGIC, chunks(body))
    except OSError:
        return None
    try:
        kept = sorted(directory.glob(f"*{SUFFIX}"), key=lambda p: p.stat().st_mtime_ns, reverse=True)
        for old in kept[KEPT:]:
            old.unlink(missing_ok=True)
    except OSError:
        pass
    return path
