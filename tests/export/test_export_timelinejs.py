"""TimelineJS 3 JSON: the structure TimelineJS reads, dates at their own granularity."""

from __future__ import annotations

import json

from attrs import evolve
from export_samples import BBC_URL, SCRIPT

from timeline.export import Options, render
from timeline.export.timelinejs import headline

DATE_KEYS = {"year", "month", "day", "hour", "minute"}


def _data(timeline, options=None):
    return json.loads(render(timeline, "timelinejs", options))


def _check_structure(data):
    assert set(data) == {"title", "events"}
    assert set(data["title"]["text"]) == {"headline", "text"}
    for slide in data["events"]:
        assert {"start_date", "text", "display_date"} <= set(slide)
        assert set(slide["text"]) == {"headline", "text"}
        for key in ("start_date", "end_date"):
            if key in slide:
                assert set(slide[key]) <= DATE_KEYS and "year" in slide[key]
                assert all(isinstance(v, str) and v.isdigit() for v in slide[key].values())


def test_structure_and_one_slide_per_dated_event(hand):
    data = _data(hand)
    _check_structure(data)
    assert data["title"]["text"]["headline"] == "Timeline of 2 articles, April–June 2011"
    assert [s["unique_id"] for s in data["events"]] == ["e1", "e2", "e3", "e4", "e5", "e6"]  # e7 has no date


def test_dates_keep_their_granularity(hand):
    slides = {s["unique_id"]: s for s in _data(hand)["events"]}
    assert slides["e1"]["start_date"] == {"year": "2009"} and "end_date" not in slides["e1"]
    assert slides["e2"]["start_date"] == {"year": "2009", "month": "2"} and "end_date" not in slides["e2"]
    assert slides["e4"]["start_date"] == {"year": "2011", "month": "4", "day": "1"}
    assert slides["e6"]["start_date"] == {"year": "2011", "month": "5", "day": "30"}
    assert slides["e6"]["end_date"] == {"year": "2011", "month": "6", "day": "5"}
    assert slides["e6"]["display_date"] == "week of 30 May 2011"
    assert slides["e1"]["display_date"] == "2009"
    assert slides["e2"]["display_date"] == "February 2009"


def test_approximate_dates_say_so(hand):
    slides = {s["unique_id"]: s for s in _data(hand)["events"]}
    assert slides["e3"]["display_date"] == "late 2010"
    assert slides["e4"]["display_date"] == "1 April 2011 (approximate: the article's own date is estimated)"
    assert slides["e5"]["display_date"] == "19 May 2011"


def test_text_is_escaped_html_with_excerpts_sources_and_people(hand):
    slides = {s["unique_id"]: s for s in _data(hand)["events"]}
    assert (
        slides["e5"]["text"]["headline"]
        == "Council meeting &lt;script&gt;document.title=&#x27;pwned&#x27;&lt;/script&gt;"
    )
    assert SCRIPT not in json.dumps(_data(hand), ensure_ascii=False)
    body = slides["e4"]["text"]["text"]
    assert "Kent’s “review” cost £2m, said Zoë Müller on 1 April." in body
    assert "BBC News, “Kent’s “cases” — £2m”, 10 April 2011 (estimated)" in body
    assert "People: Zoë Müller" in body
    assert f'<a href="{BBC_URL}" target="_blank" rel="noreferrer">BBC News, “Kent’s “cases” — £2m”' in body


def test_seeds_every_dated_event_at_its_granularity(seeds):
    data = _data(seeds)
    _check_structure(data)
    dated = [e for e in seeds.events if e.date.interval is not None]
    assert [s["unique_id"] for s in data["events"]] == [e.id for e in dated]
    for slide, event in zip(data["events"], dated, strict=True):
        granularity = event.date.granularity
        start = slide["start_date"]
        assert start["year"] == str(event.date.interval.start.year)
        if granularity.value in ("year", "decade", "century", "millennium"):
            assert set(start) == {"year"}
        if granularity.value == "month":
            assert set(start) == {"year", "month"}
        if granularity.value == "day":
            assert set(start) == {"year", "month", "day"}


def test_a_date_without_granularity_gains_no_precision(hand):
    import datetime as dt

    from attrs import evolve

    from timeline.export.timelinejs import dates
    from timeline.model import EventDate, Interval

    def undetermined(start, end):
        return evolve(hand.events[0], date=EventDate("X", interval=Interval(start, end)))

    assert dates(undetermined(dt.date(2009, 1, 1), dt.date(2010, 12, 31))) == {
        "start_date": {"year": "2009"},
        "end_date": {"year": "2010"},
    }
    assert dates(undetermined(dt.date(2009, 2, 1), dt.date(2009, 2, 28))) == {
        "start_date": {"year": "2009", "month": "2"}
    }
    assert dates(undetermined(dt.date(2009, 2, 3), dt.date(2009, 2, 3))) == {
        "start_date": {"year": "2009", "month": "2", "day": "3"}
    }


def test_names_and_corrected_dates_are_escaped_html(hand):
    from attrs import evolve

    from timeline.model import EventDate

    hostile = evolve(
        hand,
        people=(evolve(hand.people[0], name=f"Peter {SCRIPT}"), *hand.people[1:]),
        events=tuple(evolve(e, date=EventDate(f"<b>{e.id}</b>")) if e.id == "e1" else e for e in hand.events),
    )
    slides = {s["unique_id"]: s for s in _data(hostile, Options(group_by="person"))["events"]}
    assert slides["e6"]["group"] == "Peter &lt;script&gt;document.title='pwned'&lt;/script&gt;"
    slides = {s["unique_id"]: s for s in _data(hostile)["events"]}
    assert slides["e6"]["group"] == "Evil &lt;b&gt;Outlet&lt;/b&gt;"
    assert "e1" not in slides, "a corrected date with no interval is not drawn"
    corrected = evolve(
        hostile,
        events=tuple(
            evolve(e, date=evolve(e.date, value="<img src=x>")) if e.id == "e2" else e for e in hostile.events
        ),
    )
    slides = {s["unique_id"]: s for s in _data(corrected)["events"]}
    assert "<" not in slides["e2"]["display_date"]


def test_groups_by_source_by_person_or_none(hand):
    def groups(group_by):
        return {s["unique_id"]: s.get("group") for s in _data(hand, Options(group_by=group_by))["events"]}

    bbc, evil = "BBC News", "Evil &lt;b&gt;Outlet&lt;/b&gt;"
    assert groups("source") == {"e1": bbc, "e2": bbc, "e3": bbc, "e4": bbc, "e5": evil, "e6": evil}
    assert groups("person") == {
        "e1": None,
        "e2": "Peter Gilroy",
        "e3": "Peter Gilroy",
        "e4": "Zoë Müller",
        "e5": None,
        "e6": "Peter Gilroy",
    }
    assert set(groups("none").values()) == {None}


def test_media_links_the_article_with_its_credit(hand):
    slides = {s["unique_id"]: s for s in _data(hand)["events"]}
    assert slides["e4"]["media"] == {
        "url": BBC_URL,
        "link": BBC_URL,
        "caption": "BBC News, “Kent’s “cases” — £2m”, 10 April 2011 (estimated)",
        "credit": "BBC News",
    }
    assert "media" not in slides["e5"], "an article without a web address has no media"


def test_headlines_are_a_few_words_and_the_summary_opens_the_text(hand):
    assert (
        headline("Redeployed staff start on the cases; cost “£2m”") == "Redeployed staff start on the cases; cost “£2m”"
    )
    assert (
        headline("As we fix things today, what will come out are things that went wrong") == "As we fix things today…"
    )
    assert (
        headline("“This was also true of the two Ofsted reports in 2008.”") == "This was also true of the two Ofsted…"
    )
    assert (
        headline("… reducing the number from 2,200 last February to 1,000")
        == "reducing the number from 2,200 last February to…"
    )
    long = "The council met in the hall of the town to decide on the budget"
    hand2 = evolve(hand, events=(evolve(hand.events[3], text=long),))
    slide = _data(hand2)["events"][0]
    assert slide["text"]["headline"] == "The council met in the hall of the…"
    assert slide["text"]["text"].startswith(f"<p>{long}</p><blockquote>")
    assert not _data(hand)["events"][3]["text"]["text"].startswith("<p>"), "a short summary is only the headline"


def test_title_given(hand):
    assert _data(hand, Options(title="Kent & children"))["title"]["text"]["headline"] == "Kent &amp; children"
