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
    """Write ``data`` to ``path`` atomically: a temporary file beside it, then a rename.

    An interrupted or failed write never leaves a half-written file (nor the temporary one), and
    an existing file is only replaced when ``force`` is set. Without ``force`` the temporary file
    is hard-linked into place, which fails if the name was taken in the meantime, so a file that
    appears while the export is written is not overwritten either.
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
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise ExportError(f"{target}: cannot write: {exc.strerror or exc}") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, _mode(target))
        if force:
            os.replace(tmp, target)
        else:
            _link_new(tmp, target)
        _sync_directory(directory)
    except FileExistsError:
        raise ExportError(f"{target}: file exists (use --force to overwrite)") from None
    except OSError as exc:
        raise ExportError(f"{target}: cannot write: {exc.strerror or exc}") from None
    finally:
        Path(tmp).unlink(missing_ok=True)
    return target


def _link_new(tmp: str, target: Path) -> None:
    """Put ``tmp`` at ``target`` only if ``target`` does not exist (FileExistsError otherwise)."""
    try:
        os.link(tmp, target)
    except FileExistsError:
        raise
    except OSError:  # a file system without hard links: check, then rename
        if target.exists():
            raise FileExistsError(str(target)) from None
        os.replace(tmp, target)


def _mode(target: Path) -> int:
    """The replaced file's permissions, else those of an ordinary document (mkstemp gives 0600)."""
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        return 0o644


def _sync_directory(directory: Path) -> None:
    """Make the rename durable; not every platform can open a directory, which is fine."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


from . import (  # noqa: F401
    csv_format,
    html_format,
    ics_format,
    json_format,
    md_format,
    timelinejs,
    timeml_format,
)
