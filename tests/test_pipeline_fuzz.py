"""Random small corpora through the whole pipeline (reading the files, analysis, unifying) and
every export format: no exception (the guard re-raises in a test run), and every export is a
file its readers accept. The articles mix dates of every kind, the calendar's edges, impossible
days, names, control characters and front matter good and bad; the file names include ones
that are not UTF-8."""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import icalendar
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline.export import FORMATS, render
from timeline.export.csv_format import COLUMNS
from timeline.opening import open_articles

_PIECES = st.sampled_from(
    [
        "The council met on 3 May 2010.",
        "Jane Holloway said",
        "Mr Holloway",
        "on Monday",
        "the day before",
        "the start of the day before Friday",
        "February 29, 2011",
        "32 January 2010",
        "10,000 years ago",
        "Feb. 29",
        "next year",
        "last month",
        "two days later",
        "Today",
        "in the 1990s",
        "on 31 December 9999",
        "on 1 January 0001",
        "the 2nd\n\nMay",
        "\x1b]52;c;aGk=\x07",
        "\x1b[2J",
        "\x0c",
        "\x00",
        "é",
        ",",
        ".",
        "\n\n",
        "police arrested a man",
        "the inquiry",
        "x" * 170,
    ]
)
_PUBLISHED = st.sampled_from(
    ["", "2011-04-10", "0001-01-01", "9999-12-31", "2011-02-30", "2011-03-04T25:99:00", "2012-02-29", "yesterday"]
)
_NAMES = st.sampled_from(["a.txt", "b.md", "c d.txt", "\udce9t\udcff.txt", "long" * 30 + ".txt"])


@st.composite
def _article(draw: st.DrawFn) -> tuple[str, str]:
    text = " ".join(draw(st.lists(_PIECES, min_size=1, max_size=25)))
    published = draw(_PUBLISHED)
    if published:
        text = f"---\ntitle: {draw(_PIECES)!r}\npublished: {published}\n---\n{text}"
    return draw(_NAMES), text


_SETTINGS = settings(
    max_examples=int(os.environ.get("FUZZ_EXAMPLES", "25")),
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


def _accepted(name: str, data: bytes) -> None:
    """The reader of each format takes the export as it is."""
    if name == "json":
        json.loads(data)
    elif name == "csv":
        header, *rows = csv.reader(io.StringIO(data.decode("utf-8-sig")))
        assert tuple(header) == COLUMNS  # every row as wide as the header: no cell broke out
        assert all(len(row) == len(COLUMNS) for row in rows)
    elif name == "ics":
        icalendar.Calendar.from_ical(data)
        assert all(ord(c) >= 0x20 or c in "\r\n\t" for c in data.decode("utf-8"))
    elif name == "timeml":
        for member in zipfile.ZipFile(io.BytesIO(data)).namelist() if data[:2] == b"PK" else ():
            ET.fromstring(zipfile.ZipFile(io.BytesIO(data)).read(member))
        if data[:2] != b"PK":
            ET.fromstring(data)
    elif name in ("html", "md"):
        assert "\x1b" not in data.decode("utf-8")
    elif name == "timelinejs":
        json.loads(data)


@_SETTINGS
@given(st.lists(_article(), min_size=1, max_size=4))
def test_random_corpora_through_the_pipeline_and_every_export(articles):
    with tempfile.TemporaryDirectory() as folder:
        for n, (name, text) in enumerate(articles):
            (Path(folder) / f"{n}{os.fsencode(name).decode('utf-8', 'surrogateescape')}").write_bytes(
                text.encode("utf-8", "surrogatepass")
            )
        opened = open_articles([folder], {}, use_cache=False)
        for name in FORMATS:
            _accepted(name, render(opened.timeline, name))
