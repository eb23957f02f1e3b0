"""The registry of export formats: pure functions from a timeline to bytes, and atomic writing.

Each format lives in its own module and registers a ``Format`` here; ``timeline.export`` imports
them all. The CLI and the TUI both go through ``render`` and ``write``, so an export is the same
whichever way it is asked for.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Callable
from pathlib import Path

from attrs import field, frozen
from attrs.validators import in_

from ..files import sweep_temporaries, write_atomically
from ..model import Timeline
from .common import without_controls

GROUPINGS = ("source", "person", "none")


@frozen
class Options:
    """What the person exporting chose beyond the events themselves.

    ``title`` heads the formats that have one (``Format.titled``); None means a title worked out
    from the articles (``common.default_title``), never a file name. ``group_by`` is the
    TimelineJS band an event is drawn in: the outlet of its first source, its first person, or
    one band for all.
    """

    title: str | None = None
    group_by: str = field(default="source", validator=in_(GROUPINGS))


@frozen
class Format:
    """An export format: a pure function from a timeline (and the options) to the bytes of a file.

    ``binary`` formats (a zip archive) are not written to a terminal; ``titled`` ones show
    ``Options.title``, the others have nowhere to put it.
    """

    name: str
    suffix: str
    description: str
    render: Callable[[Timeline, Options], bytes]
    binary: bool = False
    titled: bool = False


FORMATS: dict[str, Format] = {}


def register(fmt: Format) -> Format:
    FORMATS[fmt.name] = fmt
    return fmt


class ExportError(Exception):
    """An export that could not be written; the message is meant for the user."""


def render(timeline: Timeline, format_name: str, options: Options | None = None) -> bytes:
    try:
        fmt = FORMATS[format_name]
    except KeyError:
        raise ExportError(f"unknown export format {format_name!r} (known: {', '.join(sorted(FORMATS))})") from None
    data = fmt.render(timeline, options or Options())
    return _without_controls(data) if fmt.name in _READ_BY_PEOPLE else data


# Formats whose text reaches a terminal, a spreadsheet or a calendar as it is: control
# characters from the articles (an escape sequence that clears the screen or writes the
# clipboard) are removed. JSON escapes them itself; TimeML replaces them (``timeml.escape``).
_READ_BY_PEOPLE = frozenset({"csv", "md", "html", "ics"})
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]|\xc2[\x80-\x9f]")


def _without_controls(data: bytes) -> bytes:
    """``data`` (UTF-8) without control characters other than tab and line ends, and without
    the terminal escape sequences they start."""
    if not _CONTROL_BYTES.search(data):
        return data
    return without_controls(data.decode("utf-8", "surrogateescape")).encode("utf-8", "surrogateescape")


def write(data: bytes, path: str | Path, *, force: bool = False) -> Path:
    """Write ``data`` to ``path`` atomically (``userfiles.write_atomically``).

    An existing file is only replaced when ``force`` is set; without it, a file that appears
    while the export is written is not overwritten either.
    """
    if not str(path):
        raise ExportError("the output file name is empty")
    target = Path(path)
    try:
        mode = os.stat(target).st_mode
    except FileNotFoundError:
        mode = None
    except OSError as exc:  # a name too long, a loop of links, a directory that cannot be searched
        raise ExportError(f"{target}: cannot write: {exc.strerror or exc}") from None
    if mode is not None and stat.S_ISDIR(mode):
        raise ExportError(f"{target}: is a directory")
    if mode is not None and not force:
        raise ExportError(f"{target}: file exists (use --force to overwrite)")
    if mode is not None and not stat.S_ISREG(mode):
        raise ExportError(f"{target}: not a regular file; --force replaces regular files only")
    directory = target.parent
    if not directory.is_dir():
        raise ExportError(f"{target}: directory {directory} does not exist")
    sweep_temporaries(directory, of=target.name)  # what an export to this name killed mid-write left
    try:
        write_atomically(data, target, replace=force)
    except FileExistsError:
        raise ExportError(f"{target}: file exists (use --force to overwrite)") from None
    except OSError as exc:
        raise ExportError(f"{target}: cannot write: {exc.strerror or exc}") from None
    return target
