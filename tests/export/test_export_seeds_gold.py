"""The seeds' gold dates and people, as far as the engines find them, survive every format."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

from export_browser import parse
from export_samples import SEED_EVENT_VALUES, SEED_PEOPLE
from icalendar import Calendar

from timeline.export import render
from timeline.export.dates import spans_several

# The shape of a TimelineJS date for a TIMEX3 value of each precision.
_SHAPES = {1: {"year"}, 2: {"year", "month"}, 3: {"year", "month", "day"}}


def _gold_events(seeds):
    found = [e for e in seeds.events if e.date.value in SEED_EVENT_VALUES]
    # the absolute dates of the seeds are found whatever the engines' state
    assert {"2007", "2008", "2009-02"} <= {e.date.value for e in found}
    return found


def test_gold_dates_in_json_csv_and_html(seeds):
    found = _gold_events(seeds)
    events = {e["id"]: e for e in json.loads(render(seeds, "json"))["events"]}
    rows = {r["id"]: r for r in csv.DictReader(io.StringIO(render(seeds, "csv").decode("utf-8-sig"), newline=""))}
    dom = parse(render(seeds, "html").decode("utf-8"))
    times = {li.attrs["id"]: li.find("time") for li in dom.iter("li", "event")}
    for event in found:
        assert events[event.id]["date"]["value"] == event.date.value
        assert rows[event.id]["date"] == event.date.value
        if "T" not in event.date.value:  # a machine-readable date, unless the event spans several
            expected = None if spans_several(event.date) else event.date.value
            assert times[event.id].attrs.get("datetime") == expected


def test_gold_dates_in_timelinejs_and_ics_at_their_precision(seeds):
    found = _gold_events(seeds)
    slides = {s["unique_id"]: s for s in json.loads(render(seeds, "timelinejs"))["events"]}
    calendar = Calendar.from_ical(render(seeds, "ics"))
    starts = [entry["DTSTART"].dt for entry in calendar.walk("VEVENT")]
    for event in found:
        value = event.date.value
        if "W" not in value and "T" not in value:
            assert set(slides[event.id]["start_date"]) == _SHAPES[len(value.split("-"))], value
        year = int(value[:4])
        assert any(type(d) is dt.date and d.year == year for d in starts)


def test_gold_people_found_by_the_engines_are_exported(seeds):
    people = json.loads(render(seeds, "json"))["people"]
    exported = {name.split()[-1] for p in people for name in [p["name"], *p["aliases"]]}
    found = {p.split()[-1] for p in SEED_PEOPLE} & {n.split()[-1] for p in seeds.people for n in p.names}
    assert found, "the seeds name gold people"
    assert found <= exported
