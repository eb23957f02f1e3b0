"""CSV: one row per event, for spreadsheets.

Written as UTF-8 with a byte-order mark: Excel reads a CSV without one in the machine's legacy
code page, which turns “curly quotes”, £ and accents into mojibake; LibreOffice, Google Sheets,
Numbers and Python's ``utf-8-sig`` all accept the mark. Rows end in CRLF and fields are quoted
as RFC 4180 says, so excerpts with quotes and line breaks stay in one cell.

Article text is untrusted: a cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
return would be run as a formula by a spreadsheet, so such cells get a leading apostrophe (the
OWASP advice), which spreadsheets show as text.

Every source is in the row: ``sources`` names each article that reports the event as
"outlet — headline", one per line inside the cell (headlines are full of commas and semicolons,
so a line break is the only separator that cannot be confused with their text, and spreadsheets
show it as a wrapped cell); ``source_ids`` gives their document ids, ``; ``-separated, to join
with the JSON export or the source filter; ``excerpts`` counts the excerpts, of which
``excerpt`` holds the first (the JSON export has them all).

The date is never given more precision than it has: ``date`` is the TIMEX3 value ("2009",
"2009-02"), ``granularity`` says what it is, and ``start``/``end`` are the first and last days it
covers, in separate columns, for sorting and filtering.
"""

from __future__ import annotations

import csv
import io

from ..model import Document, Timeline
from .common import lookup
from .dates import display, is_approximate
from .registry import Format, register

COLUMNS = (
    "id",
    "date",
    "display_date",
    "granularity",
    "mod",
    "approximate",
    "start",
    "end",
    "summary",
    "people",
    "sources",
    "source_ids",
    "excerpts",
    "excerpt",
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


def rows(timeline: Timeline) -> list[dict[str, str]]:
    """One dict per event, keyed by ``COLUMNS``, before neutralisation."""
    index = lookup(timeline)
    out = []
    for event in timeline.events:
        date = event.date
        out.append(
            {
                "id": event.id,
                "date": date.value,
                "display_date": display(date),
                "granularity": date.granularity.value if date.granularity else "",
                "mod": date.mod or "",
                "approximate": "yes" if is_approximate(event, index.estimated) else "no",
                "start": date.interval.start.isoformat() if date.interval else "",
                "end": date.interval.end.isoformat() if date.interval else "",
                "summary": event.text,
                "people": "; ".join(index.people(event.people)),
                "sources": "\n".join(source_line(index.documents.get(s), s) for s in event.sources),
                "source_ids": "; ".join(event.sources),
                "excerpts": str(len(event.mentions)),
                "excerpt": event.mentions[0].excerpt if event.mentions else "",
            }
        )
    return out


def render(timeline: Timeline) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writeheader()
    for row in rows(timeline):
        writer.writerow({k: neutralise(v) for k, v in row.items()})
    return buffer.getvalue().encode("utf-8-sig")


register(Format("csv", ".csv", "one row per event, for spreadsheets (UTF-8 with BOM)", render))
