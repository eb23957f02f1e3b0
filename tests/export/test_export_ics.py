"""iCalendar: parsed back with icalendar; all-day entries covering each interval, stable UIDs."""

from __future__ import annotations

import datetime as dt

from attrs import evolve
from export_samples import BBC_URL
from hypothesis import example, given
from hypothesis import strategies as st
from icalendar import Calendar

from timeline.export import Options, render


def _events(timeline):
    calendar = Calendar.from_ical(render(timeline, "ics"))
    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["PRODID"]).startswith("-//Timeline Explorer//")
    return calendar.walk("VEVENT")


def _dates(entry):
    start, end = entry["DTSTART"].dt, entry["DTEND"].dt
    assert type(start) is dt.date and type(end) is dt.date, "all-day entries, never a time of day"
    return start, end


def test_one_all_day_entry_per_dated_event_covering_its_interval(hand):
    entries = _events(hand)
    assert len(entries) == 6  # e7 has no date to place in a calendar
    spans = [_dates(e) for e in entries]
    assert spans == [
        (dt.date(2009, 1, 1), dt.date(2010, 1, 1)),
        (dt.date(2009, 2, 1), dt.date(2009, 3, 1)),
        (dt.date(2010, 9, 1), dt.date(2011, 1, 1)),
        (dt.date(2011, 4, 1), dt.date(2011, 4, 2)),
        (dt.date(2011, 5, 19), dt.date(2011, 5, 20)),
        (dt.date(2011, 5, 30), dt.date(2011, 6, 6)),
    ]


def test_description_states_the_real_precision_excerpts_and_sources(hand):
    entries = _events(hand)
    year = str(entries[0]["DESCRIPTION"])
    assert year.startswith("Date: 2009 (TIMEX3 2009)\n")
    assert "The sources give this date only as “2009”; the calendar entry spans the whole period" in year
    assert "not a known day" in year
    assert "The café scheme was planned in 2009." in year
    day = str(entries[3]["DESCRIPTION"])
    assert "whole period" not in day
    assert "The date is approximate: the article's own date is estimated." in day
    assert "Kent’s “review” cost £2m, said Zoë Müller on 1 April." in day
    assert "— BBC News, “Kent’s “cases” — £2m”, 10 April 2011 (estimated)" in day
    assert "People: Zoë Müller" in day
    merged = str(entries[4]["DESCRIPTION"])
    assert merged.count("— Evil <b>Outlet</b>") == 2
    assert 'was typed on 19 May 2011 by "Zoë", \nacross two lines.' in merged
    assert str(entries[3]["SUMMARY"]) == "Redeployed staff start on the cases; cost “£2m”"


def test_each_entry_links_its_article(hand):
    entries = {str(e["SUMMARY"]): e for e in _events(hand)}
    day = entries["Redeployed staff start on the cases; cost “£2m”"]
    assert str(day["URL"]) == BBC_URL
    assert str(day["DESCRIPTION"]).endswith(
        "Kent’s “review” cost £2m, said Zoë Müller on 1 April.\n"
        f"— BBC News, “Kent’s “cases” — £2m”, 10 April 2011 (estimated)\n{BBC_URL}"
    )
    hostile = [e for e in _events(hand) if "Evil <b>Outlet</b>" in str(e["DESCRIPTION"])]
    assert hostile and all("URL" not in e for e in hostile), "an article without a web address gives no URL"


def test_the_calendar_is_named_after_the_title(hand):
    calendar = Calendar.from_ical(render(hand, "ics"))
    assert str(calendar["X-WR-CALNAME"]) == "Timeline of 2 articles, April–June 2011"
    calendar = Calendar.from_ical(render(hand, "ics", Options(title="Kent; children, 2011")))
    assert str(calendar["X-WR-CALNAME"]) == "Kent; children, 2011"


def test_uids_are_stable_across_renumbering_and_corrections(hand):
    before = {str(e["SUMMARY"]): str(e["UID"]) for e in _events(hand)}
    assert len(set(before.values())) == 6
    assert all(uid.endswith("@timeline-explorer") for uid in before.values())
    # the same events under other ids, with a corrected date for one of them
    renumbered = evolve(
        hand,
        events=tuple(
            evolve(e, id=f"x{i}", date=evolve(e.date, value="2009-03") if e.id == "e2" else e.date)
            for i, e in enumerate(hand.events)
        ),
    )
    after = {str(e["SUMMARY"]): str(e["UID"]) for e in _events(renumbered)}
    assert after == before


def test_seeds_every_dated_event(seeds):
    entries = _events(seeds)
    dated = [e for e in seeds.events if e.date.interval is not None]
    assert len(entries) == len(dated)
    for entry, event in zip(entries, dated, strict=True):
        start, end = _dates(entry)
        assert start == event.date.interval.start
        assert end == event.date.interval.end + dt.timedelta(days=1)
        assert str(entry["DESCRIPTION"]).startswith("Date: ")
        assert f"TIMEX3 {event.date.value}" in str(entry["DESCRIPTION"])
    assert len({str(e["UID"]) for e in entries}) == len(entries)


def test_the_file_is_byte_for_byte_what_the_library_writes(hand, seeds):
    from timeline.export.ics_format import to_calendar

    awkward = "a\\b^c;d,e:f\n" * 9 + "é£“𝄞" * 30  # escapes and multi-byte characters at every fold
    odd = evolve(
        hand,
        documents=tuple(evolve(d, published=None) for d in hand.documents),
        events=tuple(evolve(e, text=awkward[i:] + e.text) for i, e in enumerate(hand.events)),
    )
    for timeline in (hand, seeds, odd):
        assert render(timeline, "ics") == to_calendar(timeline).to_ical()
    titled = Options(title="Kent; children, “2011”")
    assert render(hand, "ics", titled) == to_calendar(hand, titled).to_ical()


_LINES = (
    st.text(st.sampled_from("a\\^é£“𝄞"), min_size=60, max_size=400)
    | st.text(st.sampled_from("a\\^;,:é£“€𝄞 \t"), max_size=400)
    | st.text(max_size=300)
)
# lines where a fold falls on an escape or inside a character
_EDGES = [
    "a" * 73 + "\\n" + "b" * 80,
    "a" * 72 + "\\^" + "b" * 80,
    "a" * 73 + "£" + "b" * 80,
    "a" * 72 + "𝄞" + "b" * 80,
    "a" * 74,
    "a" * 75,
    "é" * 200,
]


def _examples(test):
    for line in _EDGES:
        test = example(line)(test)
    return test


@_examples
@given(_LINES)
def test_folding_keeps_lines_short_and_characters_whole(line):
    from timeline.export.ics_format import fold

    line = line.replace("\r", "").replace("\n", "")
    physical = fold(line.encode()).split(b"\r\n")
    assert all(len(p) <= 75 for p in physical)
    assert all(p.startswith(b" ") for p in physical[1:])
    lines = [p.decode("utf-8") for p in physical]  # no character split across lines
    assert "".join([lines[0], *(p[1:] for p in lines[1:])]) == line


@_examples
@given(_LINES)
def test_folding_is_the_librarys_own(line):
    from icalendar.parser import string as library

    from timeline.export.ics_format import fold

    line = line.replace("\r", "").replace("\n", "")
    assert fold(line.encode()) == library._foldline(line).encode("utf-8")
