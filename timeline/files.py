"""Where Timeline Explorer keeps its own files, and how any file is written without risk.

The cache (stored timelines, the first-name table) and the state (publication dates set in the
app) follow the XDG base directories. Every file the program writes, an export as much as a
cache entry, goes through ``write_atomically``: a reader never sees half a file, and a failed
write leaves nothing behind. Kept free of heavy imports: it is used on start-up paths.
"""

from __future__ import annotations

import os
import re
import stat
import tempfile
import time
from pathlib import Path

APP = "timeline-explorer"


def displayable(name: str) -> str:
    """``name`` as text that can be encoded: a file name's undecodable bytes (which Python
    keeps as lone surrogates) become ``\\xNN`` escapes."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return name.encode("utf-8", "surrogateescape" if _escaped_bytes_only(name) else "surrogatepass").decode(
            "utf-8", "backslashreplace"
        )
    return name


def _escaped_bytes_only(name: str) -> bool:
    return all(not 0xD800 <= ord(c) <= 0xDFFF or 0xDC80 <= ord(c) <= 0xDCFF for c in name)


def cache_dir() -> Path:
    """``$XDG_CACHE_HOME/timeline-explorer`` (``~/.cache/timeline-explorer`` by default)."""
    return _xdg("XDG_CACHE_HOME", ".cache")


def state_dir() -> Path:
    """``$XDG_STATE_HOME/timeline-explorer`` (``~/.local/state/timeline-explorer`` by default)."""
    return _xdg("XDG_STATE_HOME", os.path.join(".local", "state"))


def _xdg(variable: str, default: str) -> Path:
    base = os.environ.get(variable) or os.path.join(os.path.expanduser("~"), default)
    return Path(base) / APP


def write_atomically(data: bytes, target: Path, *, replace: bool) -> None:
    """Write ``data`` to ``target``: a temporary file beside it, then a rename.

    An interrupted or failed write never leaves a half-written file (nor the temporary one).
    Without ``replace`` the temporary file is hard-linked into place, which fails with
    ``FileExistsError`` if the name is taken, even by a file that appeared while writing.
    Raises ``OSError``.
    """
    fd, tmp = temporary_beside(target)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        put_in_place(tmp, target, replace=replace)
    finally:
        Path(tmp).unlink(missing_ok=True)


def temporary_beside(target: Path) -> tuple[int, str]:
    """A new temporary file beside ``target`` (descriptor, path), named as
    ``sweep_temporaries`` expects; the caller writes it, syncs it and hands it to
    ``put_in_place``, and deletes it if anything fails."""
    return tempfile.mkstemp(prefix=f".{target.name[:200]}.", suffix=".tmp", dir=target.parent)  # room for .XXXX.tmp


def put_in_place(tmp: str, target: Path, *, replace: bool) -> None:
    """The written and synced temporary file ``tmp`` at ``target``, with the permissions of the
    file it replaces; the rename made durable. Without ``replace``, ``FileExistsError`` when the
    name is taken."""
    os.chmod(tmp, _mode(target))
    if replace:
        os.replace(tmp, target)
    else:
        _link_new(tmp, target)
    _sync_directory(target.parent)


# ``.NAME.XXXXXXXX.tmp``: what ``write_atomically`` leaves if it is killed mid-write
_TEMPORARY = re.compile(r"\A\..+\.[a-z0-9_]{8}\.tmp\Z")
STALE_AFTER = 60.0  # seconds: a younger temporary file may belong to a write still running


def sweep_temporaries(directory: Path, *, older_than: float = STALE_AFTER, of: str | None = None) -> list[Path]:
    """Delete the temporary files that interrupted writes left in ``directory`` (only regular
    files named as ``write_atomically`` names them, and older than ``older_than`` seconds;
    with ``of``, only those of writes to that file name); returns the ones deleted. Never
    raises: a directory that cannot be read is left alone."""
    removed = []
    prefix = f".{of[:200]}." if of is not None else "."
    now = time.time()
    try:
        entries = list(os.scandir(directory))
    except OSError:
        return []
    for entry in entries:
        if not (entry.name.startswith(prefix) and _TEMPORARY.match(entry.name)):
            continue
        if of is not None and len(entry.name) != len(prefix) + len("XXXXXXXX.tmp"):
            continue  # a write to a longer name (".out.json.bak.XXXXXXXX.tmp" is not out.json's)
        try:
            st = entry.stat(follow_symlinks=False)
            if stat.S_ISREG(st.st_mode) and now - st.st_mtime > older_than:
                os.unlink(entry.path)
                removed.append(Path(entry.path))
        except OSError:
            continue
    return removed


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
