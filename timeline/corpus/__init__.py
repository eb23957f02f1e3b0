"""Reading articles from disk into ``Document`` values, with their metadata and boilerplate.

Four kinds of input: text files (``.txt``, ``.md``, with YAML front matter), web pages saved
from news sites (``pages``), and archives of one article per record (``records``: JSON lines,
JSON, CSV). Nothing here raises for bad input: every file or record that cannot be used becomes
a ``Problem`` that names it, and everything else still loads.
"""

from __future__ import annotations

import codecs
import datetime as dt
import functools
import hashlib
import os
from collections.abc import Iterable, Mapping
from pathlib import Path

from attrs import evolve, frozen

from ..files import displayable
from ..guard import failure
from ..model import Document, Problem, Span
from .boilerplate import find_boilerplate
from .headline import first_headline
from .metadata import MANIFEST_NAME, Metadata, front_matter, override_for, read_manifest, with_override
from .pages import PAGE_SUFFIXES, read_page
from .records import RECORD_SUFFIXES, BadRecord, Fields, read_records
from .walk import ARTICLE_SUFFIXES, expand, summarised

__all__ = ["ARTICLE_SUFFIXES", "Corpus", "Fields", "decode", "document_from_text", "expand", "load", "seeds_dir"]

_Override = tuple[dt.date, str] | None  # a date given for a file, and by whom


@frozen
class Corpus:
    """What loading produced: the documents, and a problem line for everything that went wrong.

    ``read_as``: (document id, ``read_key``) for each document read from a text file without a
    problem, so that a later load can take it from ``known`` rather than parse the file again."""

    documents: tuple[Document, ...] = ()
    problems: tuple[Problem, ...] = ()
    read_as: tuple[tuple[str, str], ...] = ()


def seeds_dir() -> Path:
    """The bundled seed corpus: packaged inside ``timeline`` by a wheel, beside it in a checkout."""
    here = Path(__file__).resolve().parent.parent
    for candidate in (here / "_seeds", here.parent / "seeds"):
        if (candidate / MANIFEST_NAME).is_file():
            return candidate
    raise FileNotFoundError("the bundled seed corpus is missing from this installation")


def load(
    paths: Iterable[str | Path],
    published: Mapping[str, dt.date] | None = None,
    corrected: Mapping[str, dt.date] | None = None,
    names: Fields | None = None,
    known: Mapping[str, Document] | None = None,
) -> Corpus:
    """Load files and directories (recursively: ``ARTICLE_SUFFIXES``) as documents.

    ``published``: dates given on the command line (by file name or path; a record as
    ``archive.jsonl#17``); ``corrected``: dates the user set in the app earlier
    (``timeline.corrections``, by resolved path, a record's with its ``#N``), which yield to the
    command line; ``names``: the fields archives hold each part of an article in.

    ``known``: documents loaded before, by ``read_key``, without their text. A text file whose
    key is there (the same bytes, read under the same name, manifest entry, date given and id)
    is not parsed again: its front matter, boilerplate and headline are those found then, and
    its text is decoded from the bytes read now. Nothing is trusted on a file's size or time."""
    overrides = dict(published or {})
    known = known or {}
    read_as: list[tuple[str, str]] = []
    corrected = corrected or {}
    files, problems = expand(paths)
    manifests: dict[str, dict[str, Metadata]] = {}  # by folder (strings: a folder of 100,000 files)
    documents: list[Document] = []
    seen: set[str] = set()
    ids: set[str] = set()
    for path in files:
        key = _resolved(path)
        if key in seen:
            continue
        seen.add(key)
        folder = os.path.dirname(str(path))
        if folder not in manifests:
            entries, manifest_problems = read_manifest(path.parent)
            manifests[folder] = entries
            problems.extend(Problem(str(path.parent / MANIFEST_NAME), m.split(": ", 1)[-1]) for m in manifest_problems)
        meta = manifests[folder].get(path.name, Metadata())
        suffix = path.suffix.lower()
        try:
            if suffix in RECORD_SUFFIXES:
                found, doc_problems = _load_archive(path, meta, overrides, corrected, ids, names or Fields())
            else:
                override = _override(path, key, overrides, corrected)
                if suffix in PAGE_SUFFIXES:
                    doc, doc_problems = _load_page(path, meta, override, ids)
                else:
                    doc, doc_problems, read_key = _load_file(path, meta, override, ids, known)
                    if doc is not None and not doc_problems:
                        read_as.append((doc.id, read_key))
                found = [doc] if doc is not None else []
        except Exception as exc:  # the guard: a bug met reading one file
            found, doc_problems = [], [failure(displayable(str(path)), "read", exc)]
        problems.extend(doc_problems)
        for doc in found:
            ids.add(doc.id)
            documents.append(doc)
    return Corpus(tuple(documents), summarised(problems), tuple(read_as))


def _override(path: Path, key: str, overrides: Mapping[str, dt.date], corrected: Mapping[str, dt.date]) -> _Override:
    """The date given for ``path`` on the command line, else the one set in the app (by ``key``)."""
    given = override_for(path, overrides)
    if given is not None:
        return (given, "set with --published")
    if key in corrected:
        return (corrected[key], "set by the user in the app")
    return None


def document_from_text(text: str, doc_id: str = "text", path: str = "<text>", meta: Metadata | None = None) -> Document:
    """A document from text in memory (front matter and boilerplate handled as for files)."""
    fm_span, fm_meta, _ = front_matter(text)
    return _document(text, doc_id, path, fm_meta.over(meta or Metadata()), fm_span, ())


def _load_page(
    path: Path, manifest: Metadata, override: _Override, ids: set[str]
) -> tuple[Document | None, list[Problem]]:
    """A saved web page: its extracted article, with the page's metadata over the manifest's."""
    name = displayable(str(path))
    raw, problem = _read(path, name)
    if raw is None:
        return None, [problem] if problem else []
    if not raw.strip():
        return None, [Problem(name, "empty file; skipped")]
    if decode(raw)[0] is None:
        return None, [Problem(name, "looks like a binary file, not a web page; skipped")]
    page = read_page(raw)
    if page.skipped is not None:
        return None, [Problem(name, page.skipped)]
    meta = page.meta.over(manifest)
    if override is not None:
        meta = with_override(meta, *override)
    doc = _document(page.text, _unique_id(displayable(path.stem), ids), name, meta, None, ())
    if not doc.content.strip():
        return None, [Problem(name, "no article found in the page (only boilerplate); skipped")]
    return doc, []


def _load_archive(
    path: Path,
    manifest: Metadata,
    overrides: Mapping[str, dt.date],
    corrected: Mapping[str, dt.date],
    ids: set[str],
    names: Fields,
) -> tuple[list[Document], list[Problem]]:
    """The articles of an archive, one per record; each record that cannot be used is a problem
    naming the file and the record (``archive.jsonl#17``), and the others are still read."""
    name = displayable(str(path))
    key = _resolved(path)
    documents: list[Document] = []
    problems: list[Problem] = []
    try:
        for record in read_records(path, names):
            where = name if record.locator is None else f"{name}#{record.locator}"
            if isinstance(record, BadRecord):
                problems.append(Problem(where, record.reason))
                continue
            try:
                located = Path(f"{path}#{record.locator}")
                override = _override(located, f"{key}#{record.locator}", overrides, corrected)
                if override is None:
                    override = _override(path, "", overrides, {})
                meta = record.meta.over(manifest)
                if override is not None:
                    meta = with_override(meta, *override)
                stem = f"{displayable(path.name)}#{displayable(record.record_id or record.locator)}"
                doc = _document(record.text, _unique_id(stem, ids), where, meta, None, ())
            except Exception as exc:  # the guard: a bug met reading one record
                problems.append(failure(where, "read", exc))
                continue
            problems.extend(Problem(where, trouble) for trouble in record.troubles)
            if not doc.content.strip():
                problems.append(Problem(where, "no article text (only boilerplate); skipped"))
                continue
            ids.add(doc.id)
            documents.append(doc)
    except PermissionError:
        problems.append(Problem(name, "permission denied"))
    except OSError as exc:
        problems.append(Problem(name, f"cannot read: {exc.strerror or exc}"))
    if not documents and not problems:
        problems.append(Problem(name, "holds no records; skipped"))
    return documents, problems


def _read(path: Path, name: str) -> tuple[bytes | None, Problem | None]:
    try:
        return path.read_bytes(), None
    except PermissionError:
        return None, Problem(name, "permission denied")
    except OSError as exc:
        return None, Problem(name, f"cannot read: {exc.strerror or exc}")


def read_key(raw: bytes, name: str, manifest: Metadata, override: _Override, doc_id: str) -> str:
    """What a text file's document is made of: its bytes, and how it was read."""
    digest = hashlib.blake2b(raw, digest_size=20)
    digest.update(repr((name, manifest, override, doc_id)).encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def _load_file(
    path: Path, manifest: Metadata, override: _Override, ids: set[str], known: Mapping[str, Document]
) -> tuple[Document | None, list[Problem], str]:
    """The document of a text file, its problems, and its ``read_key``."""
    name = displayable(str(path))
    raw, problem = _read(path, name)
    if raw is None:
        return None, [problem] if problem else [], ""
    doc_id = _unique_id(displayable(path.stem), ids)
    key = read_key(raw, name, manifest, override, doc_id)
    text, note = decode(raw)
    if text is None:
        return None, [Problem(name, "looks like a binary file, not an article; skipped")], key
    before = known.get(key)
    if before is not None and note is None and name == str(path):
        return evolve(before, text=text), [], key
    doc, problems = _parse_file(text, note, name, path, manifest, override, doc_id)
    return doc, problems, key


def _parse_file(
    text: str, note: str | None, name: str, path: Path, manifest: Metadata, override: _Override, doc_id: str
) -> tuple[Document | None, list[Problem]]:
    problems: list[Problem] = []
    notes: list[str] = []
    if name != str(path):
        problems.append(Problem(name, "file name is not valid UTF-8; shown with \\x escapes for its bytes"))
    if note is not None:
        notes.append(note)
        problems.append(Problem(name, note))
    if not text.strip("\ufeff \t\r\n"):
        return None, [Problem(name, "empty file; skipped")]
    fm_span, fm_meta, fm_problem = front_matter(text)
    if fm_problem:
        problems.append(Problem(name, fm_problem))
        notes.append(fm_problem)
    meta = fm_meta.over(manifest)
    if override is not None:  # (date, why)
        meta = with_override(meta, *override)
    doc = _document(text, doc_id, name, meta, fm_span, tuple(notes))
    if not doc.content.strip():
        return None, [*problems, Problem(name, "no article text (only front matter or boilerplate); skipped")]
    return doc, problems


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROL = frozenset(range(32)) - {9, 10, 12, 13, 27}
_CONTROL_BYTES = bytes(sorted(_CONTROL))  # deleted by ``bytes.translate``: counted in C
BINARY_SHARE = 0.10  # of the first 4 KiB: NUL and other control bytes


def decode(raw: bytes) -> tuple[str | None, str | None]:
    """An article file's text (None if it looks like a binary file) and a note on how it was
    decoded when not as clean UTF-8. UTF-16 and UTF-32 are recognised by their byte-order mark;
    a file is binary when a high share of its first 4 KiB are NUL or other control bytes (a
    stray NUL in an article does not make it binary)."""
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                return raw.decode(encoding), None
            except UnicodeDecodeError as exc:
                text = raw.decode(encoding, errors="replace")
                return text, f"not valid {encoding.upper()} (bad data at byte {exc.start}); replaced with U+FFFD"
    head = raw[:4096]
    if head and len(head) - len(head.translate(None, _CONTROL_BYTES)) > BINARY_SHARE * len(head):
        return None, None
    try:
        return raw.decode("utf-8"), None
    except UnicodeDecodeError as exc:
        text = raw.decode("utf-8", errors="replace")
        return text, f"not valid UTF-8 (first bad byte at offset {exc.start}); undecodable bytes replaced with U+FFFD"


def _document(
    text: str, doc_id: str, path: str, meta: Metadata, fm_span: Span | None, notes: tuple[str, ...]
) -> Document:
    body_start = fm_span.end if fm_span else 0
    boiler = find_boilerplate(text, body_start)
    excluded = ((fm_span,) if fm_span else ()) + tuple(span for span, _ in boiler)
    title = meta.title or first_headline(text, body_start, excluded)
    if meta.published is None:
        estimated, evidence = False, None
    else:
        estimated = bool(meta.published_estimated)
        evidence = meta.evidence
    return Document(
        id=doc_id,
        path=path,
        text=text,
        title=title,
        source=meta.source,
        url=meta.url,
        published=meta.published,
        published_estimated=estimated,
        published_evidence=evidence,
        excluded=excluded,
        notes=notes,
    )


def _unique_id(stem: str, taken: set[str]) -> str:
    candidate, n = stem, 2
    while candidate in taken:
        candidate, n = f"{stem}-{n}", n + 1
    return candidate


def _resolved(path: Path) -> str:
    """The file's real path: its folder's (resolved once per folder) and its name, unless the
    file is itself a link (a folder of a hundred thousand files would otherwise cost seconds)."""
    name = str(path)
    try:
        if os.path.islink(name):
            return os.path.realpath(name)
        return os.path.join(_real_directory(os.path.dirname(os.path.abspath(name))), os.path.basename(name))
    except OSError:
        return name


@functools.lru_cache(maxsize=1024)
def _real_directory(directory: str) -> str:
    return os.path.realpath(directory)
