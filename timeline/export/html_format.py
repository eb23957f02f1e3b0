"""HTML: one self-contained page with the timeline, its excerpts and a person filter.

Nothing is fetched: the style sheet and the small filter script are inline, and the page's
Content-Security-Policy forbids any other source. It reads without the script (every event is
shown), prints cleanly (print style sheet: no controls, no events split across pages), and the
filter state lives in the URL fragment (``#person=p3``) so a filtered view can be bookmarked.

Article text is untrusted: every piece of it goes through ``html.escape``, so an article that
contains ``<script>`` or ``<img onerror=...>`` shows those characters as text.

Sources travel with the page: each excerpt's citation links to its article (its ``url``, else its
file, for a reader on the same machine), and so does the list of sources at the end. Only
``http(s)`` addresses are linked (``common.web_address``): a ``javascript:`` URL in front matter
would run when clicked. Links carry ``rel="noreferrer"`` so the outlet is not told where its
reader came from.
"""

from __future__ import annotations

import re
from html import escape

from ..model import Event, Timeline
from ..timex.dates import ESTIMATE_NOTE, display, rests_on_estimate, spans_several
from .common import Lookup, distinct_mentions, lookup, title_of
from .html_assets import CONTENT_SECURITY_POLICY, SCRIPT, STYLE
from .registry import Format, Options, register

# Values the HTML <time datetime> attribute accepts as they are: year, month, date, week.
_MACHINE_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?|-W\d{2})?")


def _time(event: Event) -> str:
    label = escape(display(event.date))
    value = event.date.value
    if _MACHINE_DATE.fullmatch(value) and not spans_several(event.date):
        return f'<time datetime="{escape(value)}">{label}</time>'
    return f"<time>{label}</time>"


def _event(event: Event, index: Lookup) -> str:
    people = index.people(event.people)
    parts = [
        f'<li class="event" id="{escape(event.id)}" data-people="{escape(" ".join(event.people))}">',
        f'<div class="date">{_time(event)}',
    ]
    if rests_on_estimate(event, index.estimated):
        parts.append(f' <span class="approximate">({escape(ESTIMATE_NOTE)})</span>')
    parts.append("</div>")
    parts.append(f'<h3 class="summary">{escape(event.text)}</h3>')
    if people:
        parts.append(f'<p class="people">{escape(", ".join(people))}</p>')
    for mention in distinct_mentions(event):
        parts.append(f'<blockquote class="excerpt">{escape(mention.excerpt.strip())}</blockquote>')
        parts.append(f'<p class="source">— {_cited(mention.document, index)}</p>')
    parts.append("</li>")
    return "".join(parts)


def _cited(doc_id: str, index: Lookup) -> str:
    """The citation of ``doc_id``, linked to the article (or its file) when there is one."""
    text = escape(index.cite(doc_id))
    href = index.link(doc_id)
    return f'<a href="{escape(href)}" rel="noreferrer">{text}</a>' if href else text


def _filter(timeline: Timeline, index: Lookup) -> str:
    counts: dict[str, int] = {}
    for event in timeline.events:
        for pid in event.people:
            counts[pid] = counts.get(pid, 0) + 1
    names = dict(zip(counts, index.people(tuple(counts)), strict=True))
    options = ['<option value="">Everyone</option>']
    for pid in sorted(counts, key=lambda p: names[p].casefold()):
        options.append(f'<option value="{escape(pid)}">{escape(names[pid])} ({counts[pid]})</option>')
    return (
        '<form id="filter" hidden><label for="person">Show events involving</label>'
        f'<select id="person">{"".join(options)}</select>'
        '<span class="count" id="count" aria-live="polite"></span></form>'
    )


def render(timeline: Timeline, options: Options) -> bytes:
    index = lookup(timeline)
    title = escape(title_of(timeline, options.title))
    sections: list[str] = []
    current: object = object()
    for event in sorted(timeline.events, key=lambda e: e.date.interval is None):
        year = event.date.interval.start.year if event.date.interval else None
        if year != current:
            if sections:
                sections.append("</ol></section>")
            heading = str(year) if year is not None else "Undated"
            sections.append(f'<section class="year"><h2>{heading}</h2><ol class="events">')
            current = year
        sections.append(_event(event, index))
    if sections:
        sections.append("</ol></section>")
    sources = "".join(f'<li id="source-{escape(d.id)}">{_cited(d.id, index)}</li>' for d in timeline.documents)
    lede = f"{len(timeline.events)} events from {len(timeline.documents)} articles"
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{escape(CONTENT_SECURITY_POLICY)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>{STYLE}</style>
</head>
<body data-person="">
<header><h1>{title}</h1><p class="lede">{escape(lede)}</p>{_filter(timeline, index)}</header>
<main>
{"".join(sections) or "<p>No events.</p>"}
</main>
<footer><h2>Sources</h2><ol class="sources">{sources}</ol></footer>
<script>{SCRIPT}</script>
</body>
</html>
"""
    return page.encode("utf-8")


register(Format("html", ".html", "a self-contained web page with a person filter, printable", render, titled=True))
