"""Publication dates the user set in the app, kept for the next time the articles are opened.

A correction belongs to the user, not to the articles: the source files are never modified.
Corrections are kept in ``$XDG_STATE_HOME/timeline-explorer/publication-dates.json`` (by
default ``~/.local/state/...``), one entry per article file by its resolved path, and every
command that reads articles applies them, so the app and an export agree. A date given with
``--published`` wins over a stored correction.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from ..files import state_dir, write_atomically
from ..model import Problem

FILE_NAME = "publication-dates.json"


class CorrectionsError(Exception):
    """The stored corrections cannot be read or written. The message (for the user) does not name
    the file: ``corrections_file()`` does."""


def corrections_file() -> Path:
    return state_dir() / FILE_NAME


def load_corrections() -> dict[str, dt.date]:
    """{resolved article path: publication date}; empty when none were ever set.

    Raises ``CorrectionsError`` when the file exists but cannot be used (it is left as it is)."""
    path = corrections_file()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise CorrectionsError(f"cannot read the stored publication dates ({exc}); they are not applied") from None
    try:
        return {str(k): dt.date.fromisoformat(v["published"]) for k, v in data["articles"].items()}
    except (KeyError, TypeError, ValueError, AttributeError):
        raise CorrectionsError("not a file of publication dates; they are not applied") from None


def remember_correction(article: str | Path, published: dt.date) -> Path:
    """Keep ``published`` as the date of ``article`` (written atomically); returns the file."""
    path = corrections_file()
    try:
        if not load_corrections():
            articles: dict = {}
        else:  # readable, as just checked: keep each entry as it is (with the day it was set)
            articles = json.loads(path.read_text(encoding="utf-8"))["articles"]
    except (CorrectionsError, OSError, ValueError):
        raise CorrectionsError("exists but cannot be read; not overwriting it") from None
    articles[str(Path(article).resolve())] = {"published": published.isoformat(), "set": dt.date.today().isoformat()}
    body = json.dumps({"articles": dict(sorted(articles.items()))}, ensure_ascii=False, indent=2) + "\n"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(body.encode("utf-8"), path, replace=True)
    except OSError as exc:
        raise CorrectionsError(f"cannot write: {exc.strerror or exc}") from None
    return path


def stored_corrections() -> tuple[dict[str, dt.date], list[Problem]]:
    """The stored corrections, or none and the problem that kept them from being read."""
    try:
        return load_corrections(), []
    except CorrectionsError as exc:
        return {}, [Problem(str(corrections_file()), str(exc))]
