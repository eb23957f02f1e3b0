"""Publication dates the user set in the app, kept for the next time the articles are opened.

A correction belongs to the user, not to the articles: the source files are never modified.
Corrections are kept in ``$XDG_STATE_HOME/timeline-explorer/publication-dates.json`` (by
default ``~/.local/state/...``), one entry per article file by its resolved path, and every
command that reads articles applies them, so the app and an export agree. A date given with
``--published`` wins over a stored correction.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ..files import state_dir, sweep_temporaries, write_atomically
from ..model import Problem

FILE_NAME = "publication-dates.json"


class CorrectionsError(Exception):
    """The stored corrections cannot be read or written. The message (for the user) does not name
    the file: ``corrections_file()`` does."""


def corrections_file() -> Path:
    return state_dir() / FILE_NAME


def load_corrections() -> dict[str, dt.date]:
    """{resolved article path: publication date}; empty when none were ever set. An entry that
    cannot be read is left out (``stored_corrections`` says which).

    Raises ``CorrectionsError`` when the file exists but cannot be used (it is left as it is)."""
    return _entries(_read(corrections_file()))[0]


def _read(path: Path) -> dict[str, Any]:
    """The file's JSON object ({} if there is no file); ``CorrectionsError`` if unusable."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        detail = "nested too deeply" if isinstance(exc, RecursionError) else exc
        raise CorrectionsError(f"cannot read the stored publication dates ({detail}); they are not applied") from None
    if not isinstance(data, dict) or not isinstance(data.get("articles", {}), dict):
        raise CorrectionsError("not a file of publication dates; they are not applied")
    return data


def _entries(data: dict[str, Any]) -> tuple[dict[str, dt.date], list[str]]:
    """The usable corrections, and a message for each entry that is not."""
    found: dict[str, dt.date] = {}
    bad = []
    for key, entry in data.get("articles", {}).items():
        value = entry.get("published") if isinstance(entry, dict) else None
        try:
            found[str(key)] = dt.date.fromisoformat(value) if isinstance(value, str) else _invalid(value)
        except ValueError:
            shown = json.dumps(value, ensure_ascii=False)[:60]
            bad.append(f"entry {key!r}: invalid publication date {shown}; that correction is not applied")
    return found, bad


def _invalid(value: object) -> dt.date:
    raise ValueError(value)


@contextmanager
def _locked(path: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``NAME.lock`` beside ``path`` (writers wait for each other)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path.with_name(path.name + ".lock"), os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # releases the lock


def remember_correction(article: str | Path, published: dt.date) -> Path:
    """Keep ``published`` as the date of ``article`` (written atomically, under a lock, over what
    the file holds at that moment: other entries and keys are kept as they are); returns the file."""
    path = corrections_file()
    try:
        with _locked(path):
            try:
                data = _read(path)
            except CorrectionsError:
                raise CorrectionsError("exists but cannot be read; not overwriting it") from None
            articles = dict(data.get("articles", {}))
            key = str(Path(article).resolve())
            old = articles.get(key)
            entry = {**(old if isinstance(old, dict) else {}), "published": published.isoformat()}
            articles[key] = entry | {"set": dt.date.today().isoformat()}
            body = json.dumps({**data, "articles": dict(sorted(articles.items()))}, ensure_ascii=False, indent=2)
            write_atomically((body + "\n").encode("utf-8"), path, replace=True)
    except OSError as exc:
        raise CorrectionsError(f"cannot write: {exc.strerror or exc}") from None
    return path


def forget_correction(article: str | Path) -> bool:
    """Remove the date kept for ``article``, so its own date (front matter, manifest, or the
    estimate from its text) holds again; True when there was one. Written like
    ``remember_correction``: atomically, under the lock, the other entries and keys kept."""
    path = corrections_file()
    try:
        with _locked(path):
            try:
                data = _read(path)
            except CorrectionsError:
                raise CorrectionsError("exists but cannot be read; not overwriting it") from None
            articles = dict(data.get("articles", {}))
            if articles.pop(str(Path(article).resolve()), None) is None:
                return False
            body = json.dumps({**data, "articles": articles}, ensure_ascii=False, indent=2)
            write_atomically((body + "\n").encode("utf-8"), path, replace=True)
    except OSError as exc:
        raise CorrectionsError(f"cannot write: {exc.strerror or exc}") from None
    return True


def stored_corrections() -> tuple[dict[str, dt.date], list[Problem]]:
    """The stored corrections, or none and the problem that kept them from being read; a
    problem for each entry left out. Sweeps what killed writes left in the state directory."""
    path = corrections_file()
    sweep_temporaries(path.parent)
    try:
        found, bad = _entries(_read(path))
    except CorrectionsError as exc:
        return {}, [Problem(str(path), str(exc))]
    return found, [Problem(str(path), message) for message in bad]
