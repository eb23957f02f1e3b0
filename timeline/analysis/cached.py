"""The per-article stage with a memory: analyses found in a cache are not computed again.

An article's analysis depends on the article alone (``article``), so it can be kept under a key
made of everything about the article that the analysis reads: the whole ``Document`` as loaded
(its text, id, path and metadata; a changed publication date is another key). Which engine
made it is the cache's business (``storage.records`` keeps one engine's records at a time).
Cross-article unification (``unify``) then runs on the analyses, found or fresh, exactly as it
runs on fresh ones, so a cached build equals a build without the cache.

Analyses are encoded with msgspec (MessagePack straight from the attrs classes, as the store
does). The article's text is left out of the record: the key proves it is the text of the
document at hand, which puts it back.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping, Sequence
from typing import Protocol

import msgspec
from attrs import evolve

from ..model import Document, Problem
from .article import Analysis
from .pool import Cluster, Progress, Workers, analyse_all, default_workers

RECORD_FORMAT = 1  # part of the engine: bump when ``Analysis`` changes shape
BATCH = 200  # analyses per transaction: a killed build loses at most this many
READ_CHUNK = 500  # records read back at a time

_encoder = msgspec.msgpack.Encoder()
_decode = msgspec.msgpack.Decoder(Analysis).decode


class Records(Protocol):
    """Where analyses are kept between runs (``storage.records.Records``): bodies by key."""

    problems: list[Problem]

    def get(self, keys: Sequence[str]) -> Mapping[str, bytes]: ...

    def put(self, items: Sequence[tuple[str, bytes]]) -> bool: ...


def article_key(document: Document) -> str:
    """The content hash an article's analysis is kept under."""
    return hashlib.blake2b(_encoder.encode(document), digest_size=20).hexdigest()


def encode(analysis: Analysis) -> bytes:
    return _encoder.encode(evolve(analysis, document=evolve(analysis.document, text="")))


def decode(body: bytes, document: Document) -> Analysis | None:
    """The analysis in ``body`` of ``document``; None if it cannot be decoded (analysed again)."""
    try:
        analysis = _decode(body)
    except (msgspec.DecodeError, ValueError, TypeError):
        return None
    # the key hashes the whole document, id included, so the record is this document's
    return evolve(analysis, document=evolve(analysis.document, text=document.text))


def analyse_cached(
    documents: Sequence[Document],
    records: Records,
    *,
    workers: Workers = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    problems: list[Problem] | None = None,
    keys: Mapping[str, str] | None = None,
) -> list[Analysis]:
    """``pool.analyse_all`` for the articles ``records`` does not hold, the others read back;
    in the order of ``documents``. ``keys``: their ``article_key`` by id, when the caller has
    worked them out already (each hashes the whole article). ``workers`` is a most: a few new
    articles are analysed in this process, since starting one costs about half a second. Fresh analyses are stored as
    they arrive, ``BATCH`` to a transaction, so a build stopped half way (cancelled, killed)
    has kept what it committed."""
    hashes = [keys[d.id] if keys is not None and d.id in keys else article_key(d) for d in documents]
    ready: dict[int, Analysis] = {}
    missing: list[int] = []
    said = len(records.problems)
    for start in range(0, len(hashes), READ_CHUNK):  # a chunk's bodies at a time, not the corpus's
        found = records.get(hashes[start : start + READ_CHUNK])
        for i in range(start, min(start + READ_CHUNK, len(hashes))):
            body = found.get(hashes[i])
            analysis = decode(body, documents[i]) if body is not None else None
            if analysis is None:
                missing.append(i)
            else:
                ready[i] = analysis
    if len(records.problems) > said:  # the cache was set aside while read: what it gave is in doubt
        ready.clear()
        missing = list(range(len(documents)))
    total, hits = len(documents), len(ready)
    if progress is not None and hits:
        progress(hits, total, f"Found {hits} of {total} analyses in the cache")
    pending: list[tuple[str, bytes]] = []

    def keep(position: int, analysis: Analysis) -> None:
        i = missing[position]
        ready[i] = analysis
        pending.append((hashes[i], encode(analysis)))
        if len(pending) >= BATCH:
            records.put(pending)
            pending.clear()

    def told(done: int, _total: int, what: str) -> None:
        if progress is not None:
            progress(hits + done, total, what)

    fresh = len(missing)
    if not isinstance(workers, Cluster):
        workers = default_workers(fresh) if workers is None else min(workers, default_workers(fresh))
    try:
        analyse_all(
            [documents[i] for i in missing],
            workers=workers,
            progress=told,
            cancelled=cancelled,
            problems=problems,
            each=keep,
        )
    finally:  # also when cancelled: what was analysed is kept
        if pending:
            records.put(pending)
        if problems is not None:
            problems.extend(records.problems)
            records.problems.clear()
    return [ready[i] for i in sorted(ready)]
