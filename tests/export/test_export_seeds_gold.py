"""The seeds' gold events, dates and people (copied from the gold standard) in every format.

Each gold event is found in the JSON export by the places in the articles that report it
(document and offset of each dating expression); the same event is then checked, by id, in every
other format at exactly the precision the gold value has.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections import Counter

import pytest
from export_browser import parse
from export_samples import (
    SEED_EVENTS,
    SEED_NOT_PEOPLE,
    SEED_PEOPLE,
    SEED_PUBLISHED,
    GoldEvent,
)
from icalendar import Calendar

from timeline.export import render


@pytest.fixture(scope="module")
def gold_ids(seeds) -> dict[str, str]:
    """Gold event id -> exported event id, asserting that each gold event is one exported event."""
    exported = json.loads(render(seeds, "json"))["events"]
    out = {}
    for gold in SEED_EVENTS:
        holders = {
            e["id"]
            for e in exported
            for m in e["mentions"]
            for doc, text, start in gold.mentions
            if (m["document"], m["timex"]["start"], m["timex"]["text"]) == (doc, start, text)
        }
        assert len(holders) == 1, f"{gold.gold_id}: its mentions are in {sorted(holders) or 'no event'}"
        out[gold.gold_id] = holders.pop()
    assert len(set(out.values())) == len(SEED_EVENTS), "two gold events merged into one"
    return out


def _by_gold(gold_ids, items: dict[str, object]):
    return [(gold, items[gold_ids[gold.gold_id]]) for gold in SEED_EVENTS]


def test_json_gold_values_intervals_and_documents(seeds, gold_ids):
    data = json.loads(render(seeds, "json"))
    assert {d["id"]: d["published"] for d in data["documents"]} == SEED_PUBLISHED
    assert all(d["published_estimated"] for d in data["documents"])
    for gold, event in _by_gold(gold_ids, {e["id"]: e for e in data["events"]}):
        date = event["date"]
        assert (date["value"], date["start"], date["end"]) == (gold.value, gold.start.isoformat(), gold.end.isoformat())
        assert {m["document"] for m in event["mentions"]} >= {doc for doc, _, _ in gold.mentions}


def test_json_gold_people_with_every_name_the_articles_use(seeds):
    people = json.loads(render(seeds, "json"))["people"]
    assert sorted(p["name"] for p in people) == sorted(SEED_PEOPLE)
    for person in people:
        assert set(SEED_PEOPLE[person["name"]]) <= {person["name"], *person["aliases"]}
    names = {n for p in people for n in (p["name"], *p["aliases"])}
    assert not names & set(SEED_NOT_PEOPLE)


def test_csv_gold_dates(seeds, gold_ids):
    rows = {r["id"]: r for r in csv.DictReader(io.StringIO(render(seeds, "csv").decode("utf-8-sig"), newline=""))}
    for gold, row in _by_gold(gold_ids, rows):
        assert (row["value"], row["start"], row["end"], row["display_date"]) == (
            gold.value,
            gold.start.isoformat(),
            gold.end.isoformat(),
            gold.display.split(" (approximate")[0],
        )
        assert row["approximate"] == ("yes" if "approximate" in gold.display else "no")
        assert set(row["source_ids"].split("; ")) >= {doc for doc, _, _ in gold.mentions}
        assert row["date"] == (gold.start.isoformat() if gold.start == gold.end else "")
        assert int(row["mentions"]) >= len({(doc, start) for doc, _, start in gold.mentions})
    # November 2010's inspection report is in all three articles
    november = rows[gold_ids["E5"]]
    assert sorted(november["source"].split("\n")) == [
        "BBC News — Kent tackles 1,000 child cases without social worker",
        "Kent on Sunday — Senior KCC staff ‘allowing social workers to take the blame’ for child protection failings",
        "KentOnline — KCC is STILL failing our vulnerable children",
    ]


def _timelinejs_date(value: str, day: dt.date) -> dict[str, str]:
    """A TimelineJS date carries the units the TIMEX3 value has, and no more (no hour for "TEV")."""
    date = {"year": str(day.year)}
    if value[4:5] == "-":  # a month, a week or a day
        date["month"] = str(day.month)
    if len(value) >= 10 or "-W" in value:
        date["day"] = str(day.day)
    return date


def test_timelinejs_gold_dates_at_their_precision(seeds, gold_ids):
    slides = {s["unique_id"]: s for s in json.loads(render(seeds, "timelinejs"))["events"]}
    for gold, slide in _by_gold(gold_ids, slides):
        assert slide["start_date"] == _timelinejs_date(gold.value, gold.start), gold.gold_id
        last = _timelinejs_date(gold.value, gold.end)
        assert slide.get("end_date") == (None if last == slide["start_date"] else last), gold.gold_id
        assert slide["display_date"] == gold.display


def test_ics_gold_events_cover_exactly_their_days(seeds):
    calendar = Calendar.from_ical(render(seeds, "ics"))
    entries = Counter()
    for entry in calendar.walk("VEVENT"):
        start, end = entry["DTSTART"].dt, entry["DTEND"].dt
        assert type(start) is dt.date and type(end) is dt.date, "all-day entries, never a time of day"
        value = str(entry["DESCRIPTION"]).split("(TIMEX3 ", 1)[1].split(")", 1)[0].split(",")[0]
        entries[(value, start, end)] += 1
    expected = Counter((g.value, g.start, g.end + dt.timedelta(days=1)) for g in SEED_EVENTS)
    assert not expected - entries, f"missing from the calendar: {expected - entries}"


def _gold_datetime(gold: GoldEvent) -> str | None:
    """HTML ``datetime`` takes a year, month, week or day; a range or an "evening" has none."""
    return None if "T" in gold.value or "–" in gold.display else gold.value


def test_html_gold_dates(seeds, gold_ids):
    dom = parse(render(seeds, "html").decode("utf-8"))
    items = {li.attrs["id"]: li for li in dom.iter("li", "event")}
    for gold, li in _by_gold(gold_ids, items):
        time = li.find("time")
        assert time.attrs.get("datetime") == _gold_datetime(gold), gold.gold_id
        assert time.text == gold.display.split(" (approximate")[0]


def test_markdown_gold_dates_under_their_year(seeds):
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").parse(render(seeds, "md").decode("utf-8"))
    year, bullets = None, Counter()
    for i, token in enumerate(tokens):
        if token.type == "heading_open" and token.tag == "h2":
            year = tokens[i + 1].content
        elif token.type == "inline" and tokens[i - 2].type == "list_item_open":
            kinds = [c.type for c in token.children]
            if "strong_open" in kinds:  # the bold date that opens each bullet
                bullets[(year, token.children[kinds.index("strong_open") + 1].content)] += 1
    expected = Counter((str(g.start.year), g.display) for g in SEED_EVENTS)
    assert not expected - bullets, f"missing from the chronology: {expected - bullets}"
