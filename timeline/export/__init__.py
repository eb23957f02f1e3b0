"""The export formats: a registry of pure functions from a timeline to bytes, and atomic writing.

Each format lives in its own module and registers a ``Format``. The CLI and the TUI both go
through ``render`` and ``write``, so an export is the same whichever way it is asked for.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from attrs import frozen

from ..model import Timeline


@frozen
class Format:
    name: str
    suffix: str
    description: str
    render: Callable[[Timeline], bytes]


FORMATS: dict[str, Format] = {}


def register(fmt: Format) -> Format:
    FORMATS[fmt.name] = fmt
    return fmt


def render(timeline: Timeline, format_name: str) -> bytes:
    try:
        fmt = FORMATS[format_name]
    except KeyError:
        raise ValueError(f"unknown export format {format_name!r} (known: {', '.join(sorted(FORMATS))})") from None
    return fmt.render(timeline)


class ExportError(Exception):
    """An export that could not be written; the message is meant for the user."""


def write(data: bytes, path: str | Path, *, force: bool = False) -> Path:
    """Write ``data`` to ``path`` atomically: a temporary file beside it, then a rename.

    An interrupted or failed write never leaves a half-written file, and an existing file is
    only replaced when ``force`` is set.
    """
    target = Path(path)
    if target.exists() and not force:
        raise ExportError(f"{target}: file exists (use --force to overwrite)")
    if target.is_dir():
        raise ExportError(f"{target}: is a directory")
    directory = target.parent if str(target.parent) else Path(".")
    if not directory.is_dir():
        raise ExportError(f"{target}: directory {directory} does not exist")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise ExportError(f"{target}: cannot write: {exc.strerror or exc}") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if target.exists() and not force:
            raise ExportError(f"{target}: file exists (use --force to overwrite)")
        os.replace(tmp, target)
    except BaseException as exc:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise ExportError(f"{target}: cannot write: {exc.strerror or exc}") from None
        raise
    return target


from . import json_format  # noqa: E402,F401  (registers the format)
