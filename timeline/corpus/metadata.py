"""Where a document's title, outlet and publication date come from.

In order of precedence: a ``--published FILE=DATE`` override, YAML front matter at the top of
the file, a ``manifest.toml`` beside it, nothing. Each source yields a partial ``Metadata``;
``merge`` lays them over each other.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml
from attrs import evolve, fields, frozen

from ..model import Span

MANIFEST_NAME = "manifest.toml"
_FRONT_MATTER = re.compile(r"\A(?:\ufeff)?---[ \t]*\r?\n(.*?)^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S | re.M)


@frozen
class Metadata:
    """Partial metadata: None means "this source does not say"."""

    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: dt.date | None = None
    published_estimated: bool | None = None
    evidence: str | None = None

    def over(self, other: Metadata) -> Metadata:
        """These values where given, ``other``'s elsewhere."""
        return Metadata(
            **{
                f.name: getattr(self, f.name) if getattr(self, f.name) is not None else getattr(other, f.name)
                for f in fields(Metadata)
            }
        )


class MetadataError(ValueError):
    """Metadata that is present but cannot be read; the message is meant for the user."""


class _BadTimestamp(str):
    """A YAML timestamp that names no real date or time (``2011-02-30``, ``T25:99``)."""


class _AliasRefused(Exception):
    pass


class _Loader(yaml.SafeLoader):
    """The safe loader, keeping a timestamp it cannot construct as text to be reported, and
    refusing aliases (``*name``): nested ones expand exponentially, and metadata needs none."""

    def compose_node(self, parent: yaml.Node | None, index: object) -> yaml.Node | None:
        if self.check_event(yaml.AliasEvent):
            raise _AliasRefused
        return super().compose_node(parent, index)  # type: ignore[arg-type]

    def construct_yaml_timestamp(self, node: yaml.ScalarNode) -> Any:
        try:
            return super().construct_yaml_timestamp(node)
        except (ValueError, OverflowError):
            return _BadTimestamp(self.construct_scalar(node))


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _Loader.construct_yaml_timestamp)

# Most front matter is a few plain ``key: value`` lines (a title, an outlet, a date). PyYAML's
# pure-Python scanner and parser take half a millisecond for such a block, a sizeable part of
# loading a large corpus; libyaml's take a tenth of that, and the values are still built by the
# safe constructor and resolver above. Anything else (quotes, lists, aliases, comments, tags, a
# value that starts with punctuation), and any block libyaml cannot read, goes through
# ``_Loader``, so errors and refusals read as they always have.
_PLAIN_LINE = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*:(?: +\w[\w .,:/()'’–-]*)? *")
_CSafeLoader: Any = getattr(yaml, "CSafeLoader", None)
if _CSafeLoader is not None:

    class _FastLoader(_CSafeLoader):  # type: ignore[misc]
        """libyaml's parser with ``_Loader``'s timestamps (for blocks of plain lines only)."""

        def construct_yaml_timestamp(self, node: yaml.ScalarNode) -> Any:
            try:
                return yaml.constructor.SafeConstructor.construct_yaml_timestamp(self, node)
            except (ValueError, OverflowError):
                return _BadTimestamp(self.construct_scalar(node))

    _FastLoader.add_constructor("tag:yaml.org,2002:timestamp", _FastLoader.construct_yaml_timestamp)


def _load_yaml(block: str) -> Any:
    """``block`` read by the safe loader (``_Loader``); plain lines through libyaml."""
    if _CSafeLoader is not None and all(_PLAIN_LINE.fullmatch(line) for line in block.splitlines()):
        try:
            return yaml.load(block, Loader=_FastLoader)
        except Exception:  # read again below, to fail as the safe loader fails
            pass
    return yaml.load(block, Loader=_Loader)  # a SafeLoader


def parse_date(value: Any) -> dt.date:
    """A publication date from YYYY-MM-DD text or a YAML/TOML date."""
    if isinstance(value, _BadTimestamp):
        raise MetadataError(f"invalid date {str(value)!r} (no such day or time)")
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text[:10]) if re.fullmatch(r"\d{4}-\d{2}-\d{2}([T ].*)?", text) else _raise(text)
    except ValueError:
        raise MetadataError(f"invalid date {text!r} (expected YYYY-MM-DD)") from None


def _raise(text: str) -> dt.date:
    raise ValueError(text)


def front_matter(text: str) -> tuple[Span | None, Metadata, str | None]:
    """The front-matter block's span, its metadata, and a problem message if it is malformed."""
    match = _FRONT_MATTER.match(text)
    if not match:
        if text.lstrip("\ufeff").startswith("---\n") or text.lstrip("\ufeff").startswith("---\r\n"):
            return None, Metadata(), "front matter is not closed by a '---' line; read as article text"
        return None, Metadata(), None
    span = Span(0, match.end())
    try:
        data = _load_yaml(match.group(1))
    except _AliasRefused:
        return span, Metadata(), "front matter uses YAML aliases (*name), which are not read; metadata ignored"
    except RecursionError:
        return span, Metadata(), "front matter is nested too deeply; metadata ignored"
    except (ValueError, OverflowError, TypeError) as exc:  # a value no constructor can build
        return span, Metadata(), f"front matter: invalid value ({exc}); metadata ignored"
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 2})" if mark is not None else ""
        plain = _plain_lines(match.group(1))
        if plain is None:
            return span, Metadata(), f"malformed front matter{where}; metadata ignored"
        data = plain  # what the lines say, as their writer meant them: nothing to report
    if data is None:
        return span, Metadata(), None
    if not isinstance(data, dict):
        return span, Metadata(), "front matter is not a mapping of keys to values; metadata ignored"
    try:
        return span, _from_mapping(data), None
    except MetadataError as exc:
        return span, _from_mapping({k: v for k, v in data.items() if k != "published"}), f"front matter: {exc}"


_LITERAL_LINE = re.compile(r"([A-Za-z_][\w-]*):(?:[ \t]+(.*?))?[ \t]*")


def _plain_lines(block: str) -> dict[str, str] | None:
    """``block`` as lines of ``key: value`` taken literally, when every line is one: what people
    mean by "title: Maternity report published: 'a culture of silence'", which YAML refuses (a
    second colon), as a headline with a colon often has. A value in matching quotes loses them.
    None for anything else (nesting, lists, a line without a key), which stays malformed."""
    found: dict[str, str] = {}
    for line in block.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        match = _LITERAL_LINE.fullmatch(line)
        if match is None:
            return None
        value = match.group(2) or ""
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        found[match.group(1)] = value
    return found or None


def _from_mapping(data: dict[str, Any]) -> Metadata:
    published = data.get("published", data.get("date"))
    estimated = data.get("published_estimated")
    return Metadata(
        title=_text(data.get("title")),
        source=_text(data.get("source", data.get("outlet"))),
        url=_text(data.get("url")),
        published=parse_date(published) if published not in (None, "") else None,
        published_estimated=bool(estimated) if estimated is not None else None,
        evidence=_text(data.get("evidence")),
    )


# The longest a metadata value is kept (a title, a source, a URL): front matter of any size
# costs no more than this in every export and screen that shows it.
LONGEST_VALUE = 2000


def _text(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    if len(text) > LONGEST_VALUE:
        text = text[: LONGEST_VALUE - 1].rstrip() + "\u2026"
    return text or None


def read_manifest(directory: Path) -> tuple[dict[str, Metadata], list[str]]:
    """Per-file metadata from ``directory/manifest.toml``, and problems reading it."""
    path = directory / MANIFEST_NAME
    if not path.is_file():
        return {}, []
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        return {}, [f"{path}: cannot read manifest: {exc}"]
    entries: dict[str, Metadata] = {}
    problems = []
    for name, entry in data.items():
        if not isinstance(entry, dict):
            problems.append(f"{path}: entry {name!r} is not a table; ignored")
            continue
        try:
            entries[name] = _from_mapping(entry)
        except MetadataError as exc:
            problems.append(f"{path}: {name}: {exc}")
            entries[name] = _from_mapping({k: v for k, v in entry.items() if k != "published"})
    return entries, problems


def override_for(path: Path, overrides: Mapping[str, dt.date]) -> dt.date | None:
    """The override that names this file (by path as given, resolved path, or file name)."""
    for key, date in overrides.items():
        candidate = Path(key)
        if candidate.name == path.name and (len(candidate.parts) == 1 or _same(candidate, path)):
            return date
    return None


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


def with_override(meta: Metadata, date: dt.date | None, evidence: str = "set with --published") -> Metadata:
    if date is None:
        return meta
    return evolve(meta, published=date, published_estimated=False, evidence=evidence)
