"""The app's own settings that last from one run to the next: the theme and the export format
chosen last, and whether summaries are wrapped. Kept in ``$XDG_STATE_HOME/timeline-explorer/app-settings.json`` (beside the
publication dates the user set), written atomically; a missing, unreadable or damaged file just
means the defaults, and keys this version does not know are kept as they are."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from timeline.files import state_dir, write_atomically

FILE_NAME = "app-settings.json"
KNOWN: dict[str, type] = {"theme": str, "export_format": str, "wrap_summaries": bool}


def settings_file() -> Path:
    return state_dir() / FILE_NAME


def _read() -> dict[str, Any]:
    try:
        data = json.loads(settings_file().read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def load() -> dict[str, str | bool]:
    """The known settings that are there and of the right type."""
    data = _read()
    known: dict[str, str | bool] = {}
    for key, kind in KNOWN.items():
        value = data.get(key)
        if isinstance(value, (str, bool)) and isinstance(value, kind):
            known[key] = value
    return known


def remember(**changes: str | bool) -> None:
    """Keep ``changes`` (re-reading the file first, so other keys survive); never raises: a
    setting that cannot be kept is only a setting."""
    data = _read()
    if all(data.get(key) == value for key, value in changes.items()):
        return
    data.update(changes)
    body = (json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")
    path = settings_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(body, path, replace=True)
    except OSError:
        pass
