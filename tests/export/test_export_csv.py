"""CSV: read back with the csv module, exact cells, formula injection neutralised."""

from __future__ import annotations

import csv
import io

from export_samples import BBC_URL, FORMULA, HOSTILE_SENTENCES

from timeline.export import render
from timeline.export.csv_format import COLUMNS, neutralise


def _rows(timeline) -> list[dict[str, str]]:
    data = render(timeline, "csv")
    assert data.startswith(b"\xef\xbb\xbf"), "UTF-8 with a byte-order mark, for Excel"
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_header_and_one_row_per_event(hand):
    data = render(hand, "csv").decode("utf-8-sig")
    assert data.splitlines()[0].split(",") == list(COLUMNS)
    assert [r["id"] for r in _rows(hand)] == [e.id for e in hand.events]


def test_dates_keep_their_precision(hand):
    rows = {r["id"]: r for r in _rows(hand)}

    def pick(r):
        return r["date"], r["precision"], r["value"], r["mod"], r["start"], r["end"], r["display_date"]

    assert pick(rows["e1"]) == ("", "year", "2009", "", "2009-01-01", "2009-12-31", "2009")
    assert pick(rows["e2"]) == ("", "month", "2009-02", "", "2009-02-01", "2009-02-28", "February 2009")
    assert pick(rows["e3"]) == ("", "year", "2010", "END", "2010-09-01", "2010-12-31", "late 2010")
    assert pick(rows["e4"]) == ("2011-04-01", "day", "2011-04-01", "", "2011-04-01", "2011-04-01", "1 April 2011")
    assert pick(rows["e6"]) == ("", "week", "2011-W22", "", "2011-05-30", "2011-06-05", "week of 30 May 2011")
    assert pick(rows["e7"]) == ("", "", "XXXX-XX-XX", "", "", "", "XXXX-XX-XX")
    assert [rows[i]["approximate"] for i in ("e1", "e3", "e4", "e5")] == ["no", "yes", "yes", "no"]


def test_people_sources_and_unicode(hand):
    rows = {r["id"]: r for r in _rows(hand)}
    assert rows["e6"]["people"] == "Peter Gilroy; Zoë Müller"
    assert rows["e4"]["summary"] == "Redeployed staff start on the cases; cost “£2m”"
    assert rows["e4"]["excerpts"] == "Kent’s “review” cost £2m, said Zoë Müller on 1 April."
    assert rows["e4"]["source"] == "BBC News — Kent’s “cases” — £2m"
    assert rows["e4"]["url"] == BBC_URL
    assert rows["e4"]["source_ids"] == "bbc"
    assert rows["e5"]["mentions"] == "2"
    assert rows["e5"]["source_ids"] == "hostile"
    assert rows["e5"]["url"] == ""  # the article has no web address


def test_every_source_of_an_event_one_per_line(hand):
    from attrs import evolve

    # e6 reported by both articles: the hostile one first, as the event lists it
    both = evolve(
        hand,
        events=tuple(
            evolve(e, mentions=(*e.mentions, hand.events[3].mentions[0])) if e.id == "e6" else e for e in hand.events
        ),
    )
    row = {r["id"]: r for r in _rows(both)}["e6"]
    assert (
        row["source"] == "Evil <b>Outlet</b> — <script>document.title='pwned'</script>\nBBC News — Kent’s “cases” — £2m"
    )
    assert row["url"] == "\n" + BBC_URL  # line by line with the sources: the first has none
    assert row["source_ids"] == "hostile; bbc"
    assert row["mentions"] == "2"
    assert row["excerpts"] == (
        f"[1] {HOSTILE_SENTENCES['img']}\n[2] Kent’s “review” cost £2m, said Zoë Müller on 1 April."
    )


def test_quotes_and_line_breaks_stay_in_one_cell(hand):
    rows = list(csv.reader(io.StringIO(render(hand, "csv").decode("utf-8-sig"), newline="")))
    assert all(len(row) == len(COLUMNS) for row in rows)
    merged = {r["id"]: r for r in _rows(hand)}["e5"]
    # the first excerpt has double quotes, a line break and starts with a formula; each excerpt
    # is one line of the cell, so the excerpt's own line break is a space
    assert merged["excerpts"] == (
        "'" + " ".join(HOSTILE_SENTENCES["formula"].split()) + "\n" + HOSTILE_SENTENCES["script"]
    )
    assert '"Zoë", across two lines.' in merged["excerpts"]


def test_an_excerpt_quoted_twice_for_an_event_is_given_once(hand):
    from attrs import evolve

    e4 = hand.events[3]
    twice = evolve(hand, events=(evolve(e4, mentions=(e4.mentions[0], e4.mentions[0])),))
    row = _rows(twice)[0]
    assert (row["mentions"], row["excerpts"]) == ("2", "Kent’s “review” cost £2m, said Zoë Müller on 1 April.")


def test_the_header_names_every_column():
    assert COLUMNS == (
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


def test_formula_cells_are_neutralised(hand):
    rows = {r["id"]: r for r in _rows(hand)}
    assert rows["e7"]["summary"].startswith("'=HYPERLINK(")
    assert rows["e7"]["summary"] == "'" + hand.events[6].text
    cells = [
        cell for row in csv.reader(io.StringIO(render(hand, "csv").decode("utf-8-sig"), newline="")) for cell in row
    ]
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")]


def test_neutralise_each_trigger():
    for trigger in ("=", "+", "-", "@", "\t", "\r"):
        assert neutralise(f"{trigger}1+1") == f"'{trigger}1+1"
    assert neutralise("2009") == "2009"
    assert neutralise("") == ""
    assert neutralise(FORMULA) == "'" + FORMULA


def test_seeds_every_event_with_its_interval(seeds):
    rows = _rows(seeds)
    assert [r["id"] for r in rows] == [e.id for e in seeds.events]
    for row, event in zip(rows, seeds.events, strict=True):
        assert row["value"] == event.date.value
        # a day, or a time of day ("the evening before"): the day it falls on
        finer = row["precision"] in ("day", "part-of-day", "hour", "minute", "second")
        one_day = finer and row["start"] == row["end"]
        assert row["date"] == (row["start"] if one_day else "")
        assert row["start"] == (event.date.interval.start.isoformat() if event.date.interval else "")
        assert row["end"] == (event.date.interval.end.isoformat() if event.date.interval else "")
        assert row["excerpts"].split("\n")[0].endswith(" ".join(event.mentions[0].excerpt.split()))
