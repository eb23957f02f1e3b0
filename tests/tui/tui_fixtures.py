"""A small hand-built timeline with what the seeds do not (yet) give: people on events,
approximate and coarse dates, a week, two sources that disagree. Built directly from model
values so these tests do not depend on the engines' exact output.
"""

from __future__ import annotations

import datetime as dt

from timeline.model import (
    Anchoring,
    Disagreement,
    Document,
    Event,
    EventDate,
    EventMention,
    Granularity,
    Interval,
    Person,
    PersonMention,
    Span,
    TemporalExpression,
    Timeline,
    TimexType,
)
from tui.app import TimelineApp

KENT = """Council leader under fire

Cllr Paul Carter said last November the council agreed the budget.
In February 2009 Alex Gilroy resigned after the Ofsted report.
The inquiry began about 2007, Mr Gilroy said.
Paul Carter and Alex Gilroy met on 1 April 2011 to agree the cuts.
"""

BBC = """Budget row at County Hall

Mr Carter said in December 2010 the council agreed the budget.
Schools closed in 2008 across the county.
Talks resume the week of 30 May 2011, officials said.
"""


def _span(text: str, part: str, after: int = 0) -> Span:
    start = text.index(part, after)
    return Span(start, start + len(part))


def _sentence(text: str, part: str) -> Span:
    at = text.index(part)
    start = text.rfind("\n", 0, at) + 1
    end = text.index("\n", at)
    return Span(start, end)


def _mention(
    doc: Document,
    timex_text: str,
    value: str,
    granularity: Granularity,
    interval: Interval,
    people: tuple[str, ...] = (),
    mod: str | None = None,
    anchoring=Anchoring.ABSOLUTE,
    explanation: str = "",
) -> EventMention:
    sentence = _sentence(doc.text, timex_text)
    timex = TemporalExpression(
        timex_text,
        _span(doc.text, timex_text),
        TimexType.DATE,
        value,
        mod,
        granularity,
        interval,
        anchoring,
        explanation or f"{timex_text}: written in full",
    )
    return EventMention(doc.id, sentence, doc.text[sentence.start : sentence.end], timex, people)


def _date(m: EventMention) -> EventDate:
    t = m.timex
    return EventDate(t.value, t.type, t.mod, t.granularity, t.interval)


def month(year: int, m: int) -> Interval:
    nxt = dt.date(year + (m == 12), m % 12 + 1, 1)
    return Interval(dt.date(year, m, 1), nxt - dt.timedelta(days=1))


def year(y: int) -> Interval:
    return Interval(dt.date(y, 1, 1), dt.date(y, 12, 31))


def build_rich_timeline() -> Timeline:
    kent = Document(
        "kent",
        "corpus/kent.txt",
        KENT,
        title="Council leader under fire",
        source="Kent Online",
        published=dt.date(2011, 4, 10),
    )
    bbc = Document(
        "bbc",
        "corpus/bbc.txt",
        BBC,
        title="Budget row at County Hall",
        source="BBC News",
        published=dt.date(2011, 5, 2),
        published_estimated=True,
    )
    carter = Person(
        "carter",
        "Paul Carter",
        ("Cllr Paul Carter", "Mr Carter"),
        mentions=(
            PersonMention("kent", _span(KENT, "Cllr Paul Carter"), "Cllr Paul Carter"),
            PersonMention("kent", _span(KENT, "Paul Carter", KENT.index("1 April") - 60), "Paul Carter"),
            PersonMention("bbc", _span(BBC, "Mr Carter"), "Mr Carter"),
        ),
    )
    gilroy = Person(
        "gilroy",
        "Alex Gilroy",
        ("Mr Gilroy",),
        mentions=(
            PersonMention("kent", _span(KENT, "Alex Gilroy"), "Alex Gilroy"),
            PersonMention("kent", _span(KENT, "Mr Gilroy"), "Mr Gilroy"),
        ),
    )
    nov = _mention(
        kent,
        "last November",
        "2010-11",
        Granularity.MONTH,
        month(2010, 11),
        ("carter",),
        anchoring=Anchoring.PUBLICATION,
        explanation="last November → Nov 2010, relative to publication 10 Apr 2011",
    )
    dec = _mention(bbc, "December 2010", "2010-12", Granularity.MONTH, month(2010, 12), ("carter",))
    feb = _mention(kent, "February 2009", "2009-02", Granularity.MONTH, month(2009, 2), ("gilroy",))
    about = _mention(kent, "about 2007", "2007", Granularity.YEAR, year(2007), ("gilroy",), mod="APPROX")
    y2008 = _mention(bbc, "2008", "2008", Granularity.YEAR, year(2008))
    apr = _mention(
        kent,
        "1 April 2011",
        "2011-04-01",
        Granularity.DAY,
        Interval(dt.date(2011, 4, 1), dt.date(2011, 4, 1)),
        ("carter", "gilroy"),
    )
    week = _mention(
        bbc,
        "the week of 30 May 2011",
        "2011-W22",
        Granularity.WEEK,
        Interval(dt.date(2011, 5, 30), dt.date(2011, 6, 5)),
    )
    events = (
        Event("e1", _date(about), "The inquiry began about 2007.", ("gilroy",), (about,)),
        Event("e2", _date(y2008), "Schools closed in 2008 across the county.", (), (y2008,)),
        Event("e3", _date(feb), "Alex Gilroy resigned after the Ofsted report.", ("gilroy",), (feb,)),
        Event(
            "e4",
            _date(nov),
            "The council agreed the budget.",
            ("carter",),
            (nov, dec),
            (Disagreement("date", "Kent Online says November 2010; BBC News says December 2010", ("kent", "bbc")),),
        ),
        Event("e5", _date(apr), "Paul Carter and Alex Gilroy met to agree the cuts.", ("carter", "gilroy"), (apr,)),
        Event("e6", _date(week), "Talks resume.", (), (week,)),
    )
    return Timeline(documents=(kent, bbc), people=(carter, gilroy), events=events)


def shown_summaries(app: TimelineApp) -> list[str]:
    return [app.timeline.events[p].text for p in app.main_screen.positions]


async def settle(app: TimelineApp, pilot) -> None:
    await app.workers.wait_for_complete()
    await pilot.pause()


def header(app: TimelineApp) -> str:
    """The title bar: the app's name and the filters in force."""
    return str(app.query_one("#title").content)
