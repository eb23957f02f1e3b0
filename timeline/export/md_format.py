"""Markdown: a chronology a reporter can paste into a draft.

A heading per year (the year an event starts in; undated events last), one bullet per event:
the date in bold as the sources give it, the summary, the people, and the sources cited by
number, with the numbered source list at the end. Article text is escaped so that nothing in it
becomes a link, an image, inline HTML, emphasis or a new block: every Markdown punctuation
character gets a backslash, line breaks become spaces, and ``://`` is broken up so renderers
that auto-link bare URLs (GitHub's) leave them as text.

The only links are the ones the export makes: an event's source numbers link to the articles
that have a web address, and so do the citations in the source list. The address goes in angle
brackets with every character that could end it percent-encoded, so a URL from front matter can
add nothing to the page but its link.
"""

from __future__ import annotations

import re
from urllib.parse import quote

from ..model import Timeline
from ..timex.dates import labelled
from .common import Lookup, lookup, title_of, without_controls
from .registry import Format, Options, register

# CommonMark lets any ASCII punctuation be backslash-escaped; these are the ones that can start
# markup inline once the text is on one line: emphasis, code, links and images (whose brackets
# are escaped, so "(" and "!" are harmless), autolinks and HTML, entities, tables, strikethrough.
_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&])")
_URL_SCHEME = re.compile(r"(?i)\b(https?|ftp|mailto|javascript|data|file)(:)")


def escape(text: str) -> str:
    """``text`` as literal Markdown inline text, on one line."""
    flat = " ".join(without_controls(text).split())
    escaped = _SPECIAL.sub(r"\\\1", flat)
    escaped = _URL_SCHEME.sub(r"\1&#58;", escaped)  # "http&#58;//" renders as "http://" unlinked
    return re.sub(r"(?i)\bwww\.", "www&#46;", escaped)


def destination(url: str) -> str:
    """``url`` as a CommonMark link destination that nothing in it can end early."""
    return "<" + quote(url, safe="/:?#@!$&'*+,;=%~-._[]") + ">"


def _linked(text: str, doc_id: str, index: Lookup) -> str:
    """Markdown ``text`` (already escaped) linked to the article's web address, if it has one."""
    url = index.url(doc_id)
    return f"[{text}]({destination(url)})" if url else text


def render(timeline: Timeline, options: Options) -> bytes:
    index = lookup(timeline)
    cited: dict[str, int] = {}
    lines = [f"# {escape(title_of(timeline, options.title))}", ""]
    dated = [e for e in timeline.events if e.date.interval is not None]
    undated = [e for e in timeline.events if e.date.interval is None]
    current: object = object()
    for event in [*dated, *undated]:
        year = event.date.interval.start.year if event.date.interval else None
        if year != current:
            lines += [f"## {year}" if year is not None else "## Undated", ""]
            current = year
        refs = [_linked(f"\\[{cited.setdefault(source, len(cited) + 1)}\\]", source, index) for source in event.sources]
        bullet = f"- **{escape(labelled(event, index.estimated))}** — {escape(event.text)}"
        people = index.people(event.people)
        if people:
            bullet += f" — *{escape(', '.join(people))}*"
        if refs:
            bullet += " " + " ".join(refs)
        lines.append(bullet)
    if cited:
        lines += ["", "## Sources", ""]
        for source, number in cited.items():
            lines.append(f"{number}. {_linked(escape(index.cite(source)), source, index)}")
    text = "\n".join(_blank_after_lists(lines)) + "\n"
    return text.encode("utf-8")


def _blank_after_lists(lines: list[str]) -> list[str]:
    """A blank line between the last bullet of a year and the next heading."""
    out: list[str] = []
    for line in lines:
        if line.startswith("## ") and out and out[-1].startswith("- "):
            out.append("")
        out.append(line)
    return out


register(Format("md", ".md", "Markdown chronology, headed by year, with linked source citations", render, titled=True))
