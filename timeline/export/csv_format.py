"""CSV: one row per event, for spreadsheets.

Written as UTF-8 with a byte-order mark: Excel reads a CSV without one in the machine's legacy
code page, which turns “curly quotes”, £ and accents into mojibake; LibreOffice, Google Sheets,
Numbers and Python's ``utf-8-sig`` all accept the mark. Rows end in CRLF and fields are quoted
as RFC 4180 says, so excerpts with quotes and line breaks stay in one cell.

Article text is untrusted: a cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
return would be run as a formula by a spreadsheet, so such cells get a leading apostrophe (the
OWASP advice), which spreadsheets show as text.

Every source and every excerpt is in the row. ``source`` names each article that reports the
event as "outlet — headline", one per line inside the cell (headlines are full of commas and
semicolons, so a line break is the only separator that cannot be confused with their text, and
spreadsheets show it as a wrapped cell); ``url`` gives each one's web address on the same line
(blank for an article without one); ``source_ids`` their document ids, ``; ``-separated, to join
with the JSON export or the source filter. ``excerpts`` holds every excerpt, one per line (an
excerpt's own line breaks become spaces; an excerpt quoted twice for one event is given once),
each opened by the number of its source's line
("[2] ...") when the event has several sources; ``mentions`` counts them.

The date is never given more precision than it has: ``date`` is the day, as ISO YYYY-MM-DD (which
every spreadsheet reads as a date), only when the event is one day; otherwise it is blank and
``precision`` says what the date is ("month", "year", "week"). ``value`` is the TIMEX3 value
("2009", "2009-02"), and ``start``/``end`` are the first and last days it covers, in separate
columns, for sorting and filtering.
"""

from __future__ import annotations

import csv
import io

from ..model import Document, Event, EventDate, Granularity, Timeline
from ..timex.dates import display, is_approximate
from .common import Lookup, distinct_mentions, lookup
from .registry import Format, Options, register

COLUMNS = (
    "id",
    "date",
    "precision",
    "value",
    "display_date",
    "mod",
    "approximate",
    "start",
    "end",
    "summary",
    "people",
    "source",
    "url",
    "source_ids",
    "mentions",
    "excerpts",
)

_FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell: str) -> str:
    """``cell`` made safe to open in a spreadsheet (a leading apostrophe before a formula)."""
    return "'" + cell if cell.startswith(_FORMULA_TRIGGERS) else cell


def source_line(doc: Document | None, doc_id: str) -> str:
    """ "Outlet — headline" on one line (the file name when there is no title)."""
    if doc is None:
        return doc_id
    headline = " ".join(doc.label.split())
    return f"{' '.join(doc.source.split())} — {headline}" if doc.source else headline


def day(date: EventDate) -> str:
    """The ISO day of a date that is one day (or a time on one day); blank for anything wider."""
    interval, granularity = date.interval, date.granularity
    if interval is None or granularity is None or granularity.rank < Granularity.DAY.rank:
        return ""
    return interval.start.isoformat() if interval.start == interval.end else ""


def excerpts(event: Event) -> str:
    """Every excerpt on its own line; with several sources, each opened by its source's number."""
    numbers = {doc: n for n, doc in enumerate(event.sources, 1)}
    several = len(numbers) > 1
    return "\n".join(
        (f"[{numbers[m.document]}] " if several else "") + " ".join(m.excerpt.split()) for m in distinct_mentions(event)
    )


def _row(event: Event, index: Lookup) -> dict[str, str]:
    date = event.date
    urls = [index.url(s) or "" for s in event.sources]
    return {
        "id": event.id,
        "date": day(date),
        "precision": date.granularity.value if date.granularity else "",
        "value": date.value,
        "display_date": display(date),
        "mod": date.mod or "",
        "approximate": "yes" if is_approximate(event, index.estimated) else "no",
        "start": date.interval.start.isoformat() if date.interval else "",
        "end": date.interval.end.isoformat() if date.interval else "",
        "summary": event.text,
        "people": "; ".join(index.people(event.people)),
        "source": "\n".join(source_line(index.documents.get(s), s) for s in event.sources),
        "url": "\n".join(urls) if any(urls) else "",
        "source_ids": "; ".join(event.sources),
        "mentions": str(len(event.mentions)),
        "excerpts": excerpts(event),
    }


def rows(timeline: Timeline) -> list[dict[str, str]]:
    """One dict per event, keyed by ``COLUMNS``, before neutralisation."""
    index = lookup(timeline)
    return [_row(event, index) for event in timeline.events]


def render(timeline: Timeline, _options: Options) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writeheader()
    for row in rows(timeline):
        writer.writerow({k: neutralise(v) for k, v in row.items()})
    return buffer.getvalue().encode("utf-8-sig")


register(Format("csv", ".csv", "one row per event, for spreadsheets (UTF-8 with BOM)", render))
