"""Reading articles from disk into ``Document`` values, with their metadata and boilerplate.

Nothing here raises for bad input: every file that cannot be used becomes a ``Problem`` that
names it, and every other file still loads.
"""

from __future__ import annotations

import codecs
import datetime as dt
import os
from collections.abc import Iterable, Mapping
from pathlib import Path

from attrs import frozen

from ..files import displayable
from ..guard import failure
from ..model import Document, Problem, Span
from .boilerplate import find_boilerplate
from .metadata import MANIFEST_NAME, Metadata, front_matter, override_for, read_manifest, with_override

ARTICLE_SUFFIXES = (".txt", ".md")
_MAX_TITLE = 200


@frozen
class Corpus:
    """What loading produced: the documents, and a problem line for everything that went wrong."""

    documents: tuple[Document, ...] = ()
    problems: tuple[Problem, ...] = ()


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
) -> Corpus:
    """Load files and directories (recursively: ``.txt`` and ``.md``) as documents.

    ``published``: dates given on the command line (by file name or path); ``corrected``: dates
    the user set in the app earlier (``timeline.corrections``, by resolved path), which yield to
    the command line."""
    overrides = dict(published or {})
    corrected = corrected or {}
    files, problems = expand(paths)
    manifests: dict[Path, dict[str, Metadata]] = {}
    documents: list[Document] = []
    seen: set[Path] = set()
    ids: set[str] = set()
    for path in files:
        key = _resolved(path)
        if key in seen:
            continue
        seen.add(key)
        if path.parent not in manifests:
            entries, manifest_problems = read_manifest(path.parent)
            manifests[path.parent] = entries
            problems.extend(Problem(str(path.parent / MANIFEST_NAME), m.split(": ", 1)[-1]) for m in manifest_problems)
        meta = manifests[path.parent].get(path.name, Metadata())
        given = override_for(path, overrides)
        override: tuple[dt.date, str] | None = None
        if given is not None:
            override = (given, "set with --published")
        elif str(key) in corrected:
            override = (corrected[str(key)], "set by the user in the app")
        try:
            doc, doc_problems = _load_file(path, meta, override, ids)
        except Exception as exc:  # the guard: a bug met reading one file
            doc, doc_problems = None, [failure(displayable(str(path)), "read", exc)]
        problems.extend(doc_problems)
        if doc is not None:
            ids.add(doc.id)
            documents.append(doc)
    return Corpus(tuple(documents), tuple(problems))


def expand(paths: Iterable[str | Path]) -> tuple[list[Path], list[Problem]]:
    """The article files that ``paths`` name, in reading order (directories recursively:
    ``.txt`` and ``.md``), and a problem for each path that names none."""
    problems: list[Problem] = []
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found, broken = _articles_under(path)
            if broken:
                links = f"{broken} symbolic link{'s' if broken != 1 else ''}"
                problems.append(
                    Problem(displayable(str(path)), f"{links} to articles lead nowhere (dangling or a loop); skipped")
                )
            if not found:
                problems.append(Problem(displayable(str(path)), "directory holds no .txt or .md articles"))
            files.extend(found)
        elif path.is_file():
            files.append(path)
        elif path.exists():
            problems.append(Problem(displayable(str(path)), "not a regular file or directory"))
        elif path.is_symlink():
            problems.append(Problem(displayable(str(path)), "symbolic link that leads nowhere (dangling or a loop)"))
        else:
            problems.append(Problem(displayable(str(path)), "no such file or directory"))
    return files, problems


def _articles_under(root: Path) -> tuple[list[Path], int]:
    """The article files below ``root`` in path order, walked without recursion (any depth),
    not following links to directories; and the number of links to articles that lead nowhere."""
    found: list[Path] = []
    broken = 0
    pending = [root]
    while pending:
        directory = pending.pop()
        try:
            entries = list(os.scandir(directory))
        except OSError:
            continue
        for entry in entries:
            try:
                if entry.is_dir(follow_symlinks=False):
                    pending.append(Path(entry.path))
                elif Path(entry.name).suffix.lower() in ARTICLE_SUFFIXES:
                    if entry.is_file():
                        found.append(Path(entry.path))
                    elif entry.is_symlink() and not os.path.exists(entry.path):
                        broken += 1
            except OSError:
                broken += entry.is_symlink()
    return sorted(found), broken


def document_from_text(text: str, doc_id: str = "text", path: str = "<text>", meta: Metadata | None = None) -> Document:
    """A document from text in memory (front matter and boilerplate handled as for files)."""
    fm_span, fm_meta, _ = front_matter(text)
    return _document(text, doc_id, path, fm_meta.over(meta or Metadata()), fm_span, ())


def _load_file(
    path: Path, manifest: Metadata, override: tuple[dt.date, str] | None, ids: set[str]
) -> tuple[Document | None, list[Problem]]:
    name = displayable(str(path))
    try:
        raw = path.read_bytes()
    except PermissionError:
        return None, [Problem(name, "permission denied")]
    except OSError as exc:
        return None, [Problem(name, f"cannot read: {exc.strerror or exc}")]
    text, note = decode(raw)
    if text is None:
        return None, [Problem(name, "looks like a binary file, not an article; skipped")]
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
    doc_id = _unique_id(displayable(path.stem), ids)
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
    if head and sum(byte in _CONTROL for byte in head) > BINARY_SHARE * len(head):
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
    title = meta.title or _first_line(text, body_start, excluded)
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


def _first_line(text: str, start: int, excluded: tuple[Span, ...]) -> str | None:
    """The first content line, taken as the headline when no metadata gives a title."""
    pos = start
    for line in text[start:].splitlines(keepends=True):
        span = Span(pos, pos + len(line))
        pos += len(line)
        stripped = line.strip().lstrip("\ufeff").strip().lstrip("#").strip()
        if stripped and not any(e.overlaps(span) for e in excluded):
            return stripped if len(stripped) <= _MAX_TITLE else None
    return None


def _unique_id(stem: str, taken: set[str]) -> str:
    candidate, n = stem, 2
    while candidate in taken:
        candidate, n = f"{stem}-{n}", n + 1
    return candidate


def _resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except OSError:
        return path
