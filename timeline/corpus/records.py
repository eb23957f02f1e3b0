"""Archives of articles, one per record: JSON lines (``.jsonl``), JSON (``.json``) and CSV.

News archives export thousands of articles in one file, each record holding the text and its
metadata under names that vary from one archive to the next; ``Fields`` says which names to
read. The files are streamed record by record (an export of hundreds of megabytes is never
held in memory at once), and a record that cannot be used becomes a problem naming the file
and the record while the others are still read.

A record is located by its line for JSON lines and CSV (``archive.jsonl#17``: line 17, where an
editor shows it) and by its position for a JSON array (``archive.json#3``: the third record).
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import email.utils
import json
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, BinaryIO

from attrs import evolve, field, fields, frozen

from .metadata import Metadata, MetadataError, parse_date

RECORD_SUFFIXES = (".jsonl", ".json", ".csv")
ROLES = ("text", "title", "source", "published", "url", "id")
_CHUNK = 1 << 18  # characters read at a time from a JSON array
_CSV_FIELD_LIMIT = 1 << 26  # characters: far above any article, below what would exhaust memory


@frozen
class Fields:
    """The name of the record field that holds each part of an article (``--field text=body``)."""

    text: str = "text"
    title: str = "title"
    source: str = "source"
    published: str = "published"
    url: str = "url"
    id: str = "id"

    def with_options(self, options: list[str] | tuple[str, ...]) -> Fields:
        """These names with ``ROLE=NAME`` options applied; ``ValueError`` (for the user) otherwise."""
        changes: dict[str, str] = {}
        for option in options:
            role, sep, name = option.partition("=")
            role = role.strip().lower()
            if not sep or role not in ROLES or not name.strip():
                raise ValueError(f"--field {option!r}: expected ROLE=NAME, ROLE one of {', '.join(ROLES)}")
            changes[role] = name.strip()
        return evolve(self, **changes)

    def changed(self) -> tuple[tuple[str, str], ...]:
        """The roles read under another name than the default (what a stored result depends on)."""
        default = Fields()
        return tuple(
            (f.name, getattr(self, f.name)) for f in fields(Fields) if getattr(self, f.name) != getattr(default, f.name)
        )


@frozen
class Record:
    """One article of an archive: where it is, its text and its metadata."""

    locator: str  # the line (JSON lines, CSV) or position (JSON array) in the file
    text: str
    meta: Metadata = field(factory=Metadata)
    record_id: str | None = None
    troubles: tuple[str, ...] = ()  # what was read otherwise than given (a date, undecodable bytes)


@frozen
class BadRecord:
    """A record that is not read, and why; ``locator`` is None when the whole file is refused."""

    locator: str | None
    reason: str


def read_records(path: Path, names: Fields) -> Iterator[Record | BadRecord]:
    """The records of an archive file, in file order; ``OSError`` if it cannot be opened."""
    suffix = path.suffix.lower()
    with path.open("rb") as handle:
        if suffix == ".csv":
            yield from _csv(handle, names)
        elif suffix == ".jsonl" or _first_byte(handle) != b"[":
            yield from _json_lines(handle, names, whole=suffix == ".json")
        else:
            reader = _Chunks(handle)
            yield from _json_array(reader, names)
            if reader.bad:
                yield BadRecord(None, f"{NOT_UTF8} (first at byte {reader.bad - 1})")


def _first_byte(handle: BinaryIO) -> bytes:
    """The first byte that is not white space (or a byte-order mark); the handle is rewound."""
    head = handle.read(4096).lstrip(b"\xef\xbb\xbf \t\r\n")
    handle.seek(0)
    return head[:1]


def _json_lines(handle: BinaryIO, names: Fields, *, whole: bool) -> Iterator[Record | BadRecord]:
    """JSON lines, streamed. A ``.json`` file that is not an array is JSON lines when its first
    line is a JSON value by itself, else one record (a pretty-printed object), read whole."""
    if whole and not _parses(handle.readline()):
        handle.seek(0)
        try:
            yield _record("1", json.loads(handle.read().decode("utf-8-sig", "replace")), names)
        except json.JSONDecodeError as exc:
            yield BadRecord(None, f"invalid JSON ({_detail(exc)}); skipped")
        except RecursionError:
            yield BadRecord(None, "invalid JSON (nested too deeply); skipped")
        return
    handle.seek(0)
    lines = _Lines(handle)
    for number, line in enumerate(handle, 1):
        bad = lines.bad
        text = lines.decode(line).strip()
        if not text:
            continue
        try:
            value = json.loads(text)
        except (json.JSONDecodeError, RecursionError) as exc:
            cut = not line.endswith(b"\n")  # the last line, and no valid JSON: a write that stopped
            reason = "the last line is cut short" if cut else "invalid JSON"
            yield BadRecord(str(number), f"{reason} ({_detail(exc)}); skipped")
            continue
        yield _noted(_record(str(number), value, names), lines.bad > bad)


def _parses(line: bytes) -> bool:
    try:
        json.loads(line.decode("utf-8-sig", "replace"))
    except (ValueError, RecursionError):
        return False
    return True


class _Chunks:
    """A binary file read as UTF-8 text a chunk at a time; ``bad`` is one more than the offset of
    the first undecodable byte (0 while there is none), which is replaced with U+FFFD."""

    def __init__(self, handle: BinaryIO) -> None:
        self._handle = handle
        self._strict = codecs.getincrementaldecoder("utf-8-sig")()
        self._lenient = codecs.getincrementaldecoder("utf-8-sig")(errors="replace")
        self._read = 0
        self.bad = 0

    def read(self, size: int) -> str:
        raw = self._handle.read(size)
        final = not raw
        lenient = self._lenient.decode(raw, final)  # both decoders see every byte, so they agree
        if not self.bad:
            try:
                return self._strict.decode(raw, final)
            except UnicodeDecodeError as exc:
                self.bad = self._read + max(exc.start, 0) + 1
            finally:
                self._read += len(raw)
        return lenient


def _json_array(reader: _Chunks, names: Fields) -> Iterator[Record | BadRecord]:
    """A JSON array of records, decoded one record at a time from a buffer of about one chunk
    (``lines`` counts the lines of what was let go, so an error names its line in the file)."""
    decoder = json.JSONDecoder()
    buffer = reader.read(_CHUNK)
    pos, number, lines, ended = buffer.index("[") + 1, 0, 0, False
    while True:
        while True:  # past white space and the comma between records
            while pos < len(buffer) and buffer[pos] in " \t\r\n,":
                pos += 1
            if pos < len(buffer) or ended:
                break
            lines += buffer.count("\n")
            buffer, pos = reader.read(_CHUNK), 0
            ended = not buffer
        if pos >= len(buffer):
            yield BadRecord(None, f"invalid JSON (the array is not closed after record {number}); the rest is skipped")
            return
        if buffer[pos] == "]":
            return
        try:
            value, end = decoder.raw_decode(buffer, pos)
        except (json.JSONDecodeError, RecursionError) as exc:
            more = "" if ended else reader.read(max(_CHUNK, len(buffer)))
            if more:
                lines += buffer.count("\n", 0, pos)
                buffer, pos = buffer[pos:] + more, 0
                continue
            ended = True
            where = (
                f": line {lines + buffer.count(chr(10), 0, exc.pos) + 1}"
                if isinstance(exc, json.JSONDecodeError)
                else ""
            )
            detail = exc.msg + where if isinstance(exc, json.JSONDecodeError) else _detail(exc)
            yield BadRecord(str(number + 1), f"invalid JSON ({detail}); the rest of the file is skipped")
            return
        number += 1
        yield _record(str(number), value, names)
        if end > _CHUNK:  # let go of what was read: memory holds about one chunk and one record
            lines += buffer.count("\n", 0, end)
            buffer, end = buffer[end:], 0
        pos = end


NOT_UTF8 = "not valid UTF-8; undecodable bytes replaced with U+FFFD"


class _Lines:
    """The lines of a binary file as text, counting those that were not valid UTF-8."""

    def __init__(self, handle: BinaryIO) -> None:
        self._handle = handle
        self.bad = 0
        self._first = True

    def __iter__(self) -> Iterator[str]:
        for raw in self._handle:
            yield self.decode(raw)

    def decode(self, raw: bytes) -> str:
        encoding = "utf-8-sig" if self._first else "utf-8"
        self._first = False
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            self.bad += 1
            return raw.decode(encoding, "replace")


def _noted(record: Record | BadRecord, bad: bool) -> Record | BadRecord:
    return evolve(record, troubles=(NOT_UTF8, *record.troubles)) if bad and isinstance(record, Record) else record


def _csv(handle: BinaryIO, names: Fields) -> Iterator[Record | BadRecord]:
    csv.field_size_limit(max(csv.field_size_limit(), _CSV_FIELD_LIMIT))
    lines = _Lines(handle)
    reader = csv.reader(lines)
    try:
        header = next(reader)
    except StopIteration:
        yield BadRecord(None, "empty CSV file; skipped")
        return
    except csv.Error as exc:
        yield BadRecord(None, f"not a readable CSV file ({exc}); skipped")
        return
    header = [name.strip() for name in header]
    if names.text not in header:
        shown = ", ".join(repr(n) for n in header[:8]) + (", …" if len(header) > 8 else "")
        yield BadRecord(
            None, f"no {names.text!r} column for the article text (columns: {shown}); use --field text=NAME; skipped"
        )
        return
    line, bad = reader.line_num + 1, lines.bad
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield BadRecord(str(line), f"not a readable CSV row ({exc}); skipped")
            line, bad = reader.line_num + 1, lines.bad
            continue
        if row:
            yield _noted(_record(str(line), dict(zip(header, row, strict=False)), names), lines.bad > bad)
        line, bad = reader.line_num + 1, lines.bad


def _record(locator: str, value: Any, names: Fields) -> Record | BadRecord:
    if not isinstance(value, dict):
        return BadRecord(locator, f"a record is a JSON object of fields, not {_kind(value)}; skipped")
    text = value.get(names.text)
    if text is None or (isinstance(text, str) and not text.strip()):
        return BadRecord(locator, f"no article text (field {names.text!r}); skipped")
    if not isinstance(text, str):
        return BadRecord(locator, f"the {names.text!r} field holds {_kind(text)}, not article text; skipped")
    meta, trouble = _metadata(value, names)
    return Record(locator, text, meta, _field(value, names.id), (trouble,) if trouble else ())


def _metadata(value: Mapping[str, Any], names: Fields) -> tuple[Metadata, str | None]:
    published, trouble = None, None
    given = value.get(names.published)
    if given not in (None, ""):
        try:
            published = _date(given)
        except MetadataError as exc:
            trouble = f"{exc}; read without a publication date"
    meta = Metadata(
        title=_field(value, names.title),
        source=_field(value, names.source),
        url=_field(value, names.url),
        published=published,
        published_estimated=False if published else None,
        evidence=f"from the record's {names.published!r} field" if published else None,
    )
    return meta, trouble


def _date(value: Any) -> dt.date:
    """ISO dates and times (``2024-03-12``, ``2024-03-12T08:30:00Z``), and the RFC 2822 dates of
    feeds (``Tue, 12 Mar 2024 08:30:00 GMT``)."""
    try:
        return parse_date(value)
    except MetadataError:
        try:
            return email.utils.parsedate_to_datetime(str(value)).date()
        except (TypeError, ValueError, IndexError):
            raise MetadataError(f"invalid date {str(value)[:40]!r} (expected YYYY-MM-DD)") from None


def _field(value: Mapping[str, Any], name: str) -> str | None:
    item = value.get(name)
    if item is None or isinstance(item, (dict, list)):
        return None
    return str(item).strip() or None


def _kind(value: Any) -> str:
    return {dict: "an object", list: "a list", str: "text", bool: "true or false", type(None): "null"}.get(
        type(value), "a number"
    )


def _detail(exc: Exception) -> str:
    if isinstance(exc, json.JSONDecodeError):
        return (
            f"{exc.msg}: column {exc.colno}" if exc.lineno == 1 else f"{exc.msg}: line {exc.lineno} column {exc.colno}"
        )
    return "nested too deeply"
