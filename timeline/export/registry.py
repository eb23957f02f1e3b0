"""The registry of export formats: pure functions from a timeline to bytes, and atomic writing.

Each format lives in its own module and registers a ``Format`` here; ``timeline.export`` imports
them all. The CLI and the TUI both go through ``render`` and ``write``, so an export is the same
whichever way it is asked for.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from attrs import frozen

from ..files import write_atomically
from ..model import Timeline


@frozen
class Format:
    """An export format: a pure function from a timeline to the bytes of a file.

    ``binary`` formats (a zip archive) are not written to a terminal.
    """

    name: str
    suffix: str
    description: str
    render: Callable[[Timeline], bytes]
    binary: bool = False


FORMATS: dict[str, Format] = {}


def register(fmt: Format) -> Format:
    FORMATS[fmt.name] = fmt
    return fmt


class ExportError(Exception):
    """An export that could not be written; the message is meant for the user."""


def render(timeline: Timeline, format_name: str) -> bytes:
    try:
        fmt = FORMATS[format_name]
    except KeyError:
        raise ExportError(f"unknown export format {format_name!r} (known: {', '.join(sorted(FORMATS))})") from None
    return fmt.render(timeline)


def write(data: bytes, path: str | Path, *, force: bool = False) -> Path:
    """Write ``data`` to ``path`` atomically (``userfiles.write_atomically``).

    An existing file is only replaced when ``force`` is set; without it, a file that appears
    while the export is written is not overwritten either.
    """
    target = Path(path)
    if target.is_dir():
        raise ExportError(f"{target}: is a directory")
    if target.exists() and not force:
        raise ExportError(f"{target}: file exists (use --force to overwrite)")
    directory = target.parent
    if not directory.is_dir():
        raise ExportError(f"{target}: directory {directory} does not exist")
    try:
        write_atomically(data, target, replace=force)
    except FileExistsError:
        raise ExportError(f"{target}: file exists (use --force to overwrite)") from None
    except OSError as exc:
        raise ExportError(f"{target}: cannot write: {exc.strerror or exc}") from None
    return target
