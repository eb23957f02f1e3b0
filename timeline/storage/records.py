"""The per-article cache: one SQLite database of checksummed records, one per analysed article.

The whole-corpus store (``cache``) is keyed on every file of the corpus, so one new article
misses it. This database keeps what each article's analysis produced on its own, keyed by the
article's content hash (``analysis.cached.article_key``) and the engine that produced it, so
that a corpus with a few new or edited articles only analyses those.

The database belongs to one engine at a time: opening it with another engine fingerprint (an
upgrade, an edited rule) deletes the other engine's records in one transaction, so a stale
analysis is never read. It runs in WAL mode; writes go in one transaction per batch, so an
interrupted build keeps every batch it committed and SQLite rolls back the one it was writing.

Nothing here is trusted that has not proved itself: every record carries a BLAKE2b digest of
its key, engine and body, verified on read. A database that is not one, fails SQLite's integrity
check or a record's digest, was written by a newer schema, or stays locked by another process
past ``LOCK_TIMEOUT`` is set aside (renamed beside itself, said once in a problem naming it)
and a fresh one started. A full disk while writing is said once, and the build goes on without
storing. The cache never stops a timeline from being built.
"""

from __future__ import annotations

import hashlib
import hmac
import sqlite3
import time
from collections.abc import Iterable, Sequence
from pathlib import Path

from ..files import cache_dir
from ..model import Problem

SCHEMA = 1  # ``PRAGMA user_version`` of the database this code writes
NAME = "analyses.sqlite"
LOCK_TIMEOUT = 10.0  # seconds to wait for another process's write to finish
_CHUNK = 500  # keys per query (SQLite allows 32,766 parameters; smaller chunks keep memory flat)
_SIDE_FILES = ("-wal", "-shm")


def default_path() -> Path:
    """Where the per-article cache lives: beside the stored timelines, in the user cache."""
    return cache_dir() / NAME


def digest(key: str, engine: str, body: bytes) -> bytes:
    """What a record's checksum is: its key and engine are covered too, so a record copied
    under another key or engine is refused like a flipped bit."""
    h = hashlib.blake2b(digest_size=32)
    for part in (key.encode("utf-8", "surrogatepass"), b"\0", engine.encode("utf-8"), b"\0", body):
        h.update(part)
    return h.digest()


class _Unusable(Exception):
    """Why the database file cannot be used as it is; it is set aside and started afresh."""

    def __init__(self, reason: str, tag: str) -> None:
        super().__init__(reason)
        self.tag = tag


class Records:
    """An open per-article cache (or a closed one, which finds nothing and stores nothing).

    It holds a connection, so it is a resource, not a value: ``open`` it, use it, ``close`` it.
    ``problems`` collects what went wrong with the cache itself, each said once.
    """

    def __init__(self, path: Path, engine: str) -> None:
        self.path = Path(path)
        self.engine = engine
        self.problems: list[Problem] = []
        self._connection: sqlite3.Connection | None = None
        self._writable = True

    @classmethod
    def open(cls, path: Path | None = None, engine: str = "") -> Records:
        """The database at ``path`` (the user cache by default) for ``engine``; when it cannot
        be used it is set aside and a new one made; when no database can be had at all (an
        unwritable cache directory) a closed one."""
        records = cls(path if path is not None else default_path(), engine)
        records._connect()
        return records

    @property
    def usable(self) -> bool:
        return self._connection is not None

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    def __enter__(self) -> Records:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def get(self, keys: Sequence[str]) -> dict[str, bytes]:
        """The stored bodies of ``keys`` that this engine wrote and whose checksum holds. A
        record that fails its checksum, or a database that fails while read, means none of it is
        trusted: the database is set aside, a new one started, and nothing is returned."""
        if self._connection is None:
            return {}
        found: dict[str, bytes] = {}
        unique = list(dict.fromkeys(keys))
        try:
            for start in range(0, len(unique), _CHUNK):
                chunk = unique[start : start + _CHUNK]
                marks = ",".join("?" * len(chunk))
                rows = self._connection.execute(
                    f"SELECT key, engine, checksum, body FROM records WHERE key IN ({marks})", chunk
                )
                for key, engine, checksum, body in rows:
                    if engine != self.engine:
                        continue
                    if not isinstance(body, bytes) or not isinstance(checksum, bytes):
                        raise _Unusable(f"damaged (record {key} is not a record)", "damaged")
                    if not hmac.compare_digest(checksum, digest(key, engine, body)):
                        raise _Unusable(f"damaged (record {key} fails its checksum)", "damaged")
                    found[key] = body
        except _Unusable as exc:
            self._replace(exc)
            return {}
        except sqlite3.DatabaseError as exc:
            self._replace(_classify(exc))
            return {}
        return found

    def put(self, items: Iterable[tuple[str, bytes]]) -> bool:
        """Store ``(key, body)`` records in one transaction: all of them or, if it fails, none.
        A full disk (or a lock held past the timeout) is said once and later writes are skipped;
        False when nothing was stored."""
        items = list(items)
        if self._connection is None or not self._writable or not items:
            return False
        engine = self.engine
        rows = ((key, engine, digest(key, engine, body), body) for key, body in items)
        connection = self._connection
        try:
            connection.execute("BEGIN IMMEDIATE")
            try:
                connection.executemany(
                    "INSERT OR REPLACE INTO records (key, engine, checksum, body) VALUES (?, ?, ?, ?)", rows
                )
                connection.execute("COMMIT")
            except BaseException:
                if connection.in_transaction:
                    connection.execute("ROLLBACK")
                raise
        except sqlite3.DatabaseError as exc:
            trouble = _classify(exc)
            if trouble.tag == "damaged":
                self._replace(trouble)
                return False
            self._writable = False
            what = "the disk is full" if trouble.tag == "full" else f"the database {trouble}"
            self.problems.append(
                Problem(str(self.path), f"cannot store article analyses: {what}; the timeline is built without them")
            )
            return False
        return True

    def count(self) -> int:
        """How many records the database holds (for tests and the benchmark)."""
        if self._connection is None:
            return 0
        (n,) = self._connection.execute("SELECT count(*) FROM records").fetchone()
        return int(n)

    def _connect(self) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)  # it holds the articles' text
        except OSError:
            return  # no cache directory: no cache, as for the stored timelines
        try:
            self._connection = _prepared(self.path, self.engine)
        except _Unusable as exc:
            self._replace(exc)
        except sqlite3.DatabaseError as exc:
            trouble = _classify(exc)
            if trouble.tag != "full":
                self._replace(trouble)
                return
            self.problems.append(  # nothing wrong with the file: it is kept for next time
                Problem(str(self.path), "cannot open the article analysis cache: the disk is full; not used")
            )
        except OSError:
            self._connection = None

    def _replace(self, trouble: _Unusable) -> None:
        """Set the database aside, say so once, and start a new one (closed if that fails too)."""
        self.close()
        aside = _set_aside(self.path, trouble.tag)
        where = f"; set aside as {aside.name}" if aside is not None else "; removed"
        self.problems.append(
            Problem(
                str(self.path), f"article analysis cache {trouble}{where}, and rebuilt: the articles are analysed again"
            )
        )
        try:
            self._connection = _prepared(self.path, self.engine)
        except (_Unusable, sqlite3.DatabaseError, OSError) as exc:
            self._connection = None
            self.problems.append(Problem(str(self.path), f"article analysis cache unavailable ({exc}); not used"))


def _prepared(path: Path, engine: str) -> sqlite3.Connection:
    """A connection to a database fit for use: the schema this code writes, WAL mode, intact,
    and holding only ``engine``'s records. Raises ``_Unusable`` or ``sqlite3.DatabaseError``."""
    if path.is_symlink() or (path.exists() and not path.is_file()):
        raise _Unusable("is not a regular file", "damaged")
    connection = sqlite3.connect(path, timeout=LOCK_TIMEOUT, isolation_level=None)
    try:
        (version,) = connection.execute("PRAGMA user_version").fetchone()
        if version > SCHEMA:
            raise _Unusable(f"was written by a newer version (schema {version}; this version reads {SCHEMA})", "newer")
        tables = {name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if version < SCHEMA and tables:
            raise _Unusable(f"was written by an older version (schema {version})", "older")
        if version == SCHEMA and "records" not in tables:
            raise _Unusable("damaged (its table is missing)", "damaged")
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("PRAGMA synchronous = NORMAL")  # WAL: durable at checkpoints, never torn
        (check,) = connection.execute("PRAGMA quick_check(1)").fetchone()
        if check != "ok":
            raise _Unusable(f"damaged ({check})", "damaged")
        connection.execute("BEGIN IMMEDIATE")  # also proves no other process holds it for writing
        connection.execute(
            "CREATE TABLE IF NOT EXISTS records ("
            "key TEXT PRIMARY KEY, engine TEXT NOT NULL, checksum BLOB NOT NULL, body BLOB NOT NULL)"
        )
        connection.execute("DELETE FROM records WHERE engine != ?", (engine,))  # another engine's: stale
        connection.execute(f"PRAGMA user_version = {SCHEMA}")
        connection.execute("COMMIT")
    except BaseException:
        connection.close()
        raise
    return connection


def _classify(exc: sqlite3.DatabaseError) -> _Unusable:
    message = str(exc)
    if "locked" in message or "busy" in message:
        return _Unusable(f"is locked by another process (waited {LOCK_TIMEOUT:g} s)", "locked")
    if "full" in message:
        return _Unusable("cannot be written: the disk is full", "full")
    if "not a database" in message:
        return _Unusable("is not a database", "damaged")
    return _Unusable(f"damaged ({message})", "damaged")


def _set_aside(path: Path, tag: str) -> Path | None:
    """Rename the database (and its WAL files) beside itself; earlier set-aside copies are
    deleted, so a damaged cache never piles up. None if it could only be deleted."""
    for old in path.parent.glob(f"{path.name}.*-aside*"):
        try:
            old.unlink()
        except OSError:
            pass
    aside = path.with_name(f"{path.name}.{tag}-aside-{time.strftime('%Y%m%dT%H%M%S')}")
    try:
        path.rename(aside)
    except FileNotFoundError:
        return None
    except OSError:
        try:
            path.unlink()
        except OSError:
            pass
        aside_path: Path | None = None
    else:
        aside_path = aside
    for suffix in _SIDE_FILES:
        side = path.with_name(path.name + suffix)
        try:
            if aside_path is not None:
                side.rename(aside_path.with_name(aside_path.name + suffix))
            else:
                side.unlink()
        except OSError:
            pass
    return aside_path
