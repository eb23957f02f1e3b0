"""A timeline built by hand with exact values, and gold facts about the seeds, for the export tests.

The hand-built timeline has what real coverage has and exports must survive: dates at every
granularity (year, month, week, day, a mod, an undated one), an event reported by two articles,
a date that rests on an estimated publication date, Unicode (curly quotes, £, accents), and an
article full of hostile text (HTML/JS injection, a spreadsheet formula, Markdown links).
"""

from __future__ import annotations

import datetime as dt

from attrs import frozen

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
from timeline.temporal import tag

BBC_TEXT = (
    "Kent’s “review” cost £2m, said Zoë Müller on 1 April.\n"
    "In February 2009 Peter Gilroy wrote a report.\n"
    "Mr Gilroy left at the end of 2010.\n"
    "The café scheme was planned in 2009.\n"
)

BBC_URL = "https://www.bbc.co.uk/news/uk-england-kent-13033446"
SCRIPT = "<script>document.title='pwned'</script>"
IMG = "<img src=x onerror=\"document.body.setAttribute('data-pwned','1')\">"
FORMULA = '=HYPERLINK("http://evil.example/","click")'
MD_LINK = "[click](javascript:alert(1))"

HOSTILE_TEXT = (
    f"Council {SCRIPT} met on 19 May 2011.\n"
    f"An {IMG} appeared in the week of 30 May 2011, Peter Gilroy said.\n"
    f'{FORMULA} was typed on 19 May 2011 by "Zoë", \nacross two lines.\n'
    f'See {MD_LINK} and <a href="http://evil.example/">this</a> some time.\n'
)

# The sentences each event is reported in (excerpts), and the expression that dates it.
HOSTILE_SENTENCES = {
    "script": f"Council {SCRIPT} met on 19 May 2011.",
    "img": f"An {IMG} appeared in the week of 30 May 2011, Peter Gilroy said.",
    "formula": f'{FORMULA} was typed on 19 May 2011 by "Zoë", \nacross two lines.',
    "link": f'See {MD_LINK} and <a href="http://evil.example/">this</a> some time.',
}


def _span(text: str, sub: str, after: int = 0) -> Span:
    start = text.index(sub, after)
    return Span(start, start + len(sub))


def _mention(
    doc: Document,
    sentence: str,
    timex_text: str,
    value: str,
    granularity: Granularity | None,
    interval: Interval | None,
    *,
    mod: str | None = None,
    anchoring: Anchoring = Anchoring.ABSOLUTE,
    people: tuple[str, ...] = (),
) -> EventMention:
    sentence_span = _span(doc.text, sentence)
    timex_span = _span(doc.text, timex_text, sentence_span.start)
    timex = TemporalExpression(
        text=timex_text,
        span=timex_span,
        type=TimexType.DATE,
        value=value,
        mod=mod,
        granularity=granularity,
        interval=interval,
        anchoring=anchoring,
        explanation="written by hand for the export tests",
        rule="test",
    )
    return EventMention(doc.id, sentence_span, sentence, timex, people)


def _date(mention: EventMention) -> EventDate:
    t = mention.timex
    return EventDate(t.value, t.type, t.mod, t.granularity, t.interval)


def _year(y: int) -> Interval:
    return Interval(dt.date(y, 1, 1), dt.date(y, 12, 31))


def _day(y: int, m: int, d: int) -> Interval:
    return Interval(dt.date(y, m, d), dt.date(y, m, d))


def make_hand_timeline() -> Timeline:
    bbc = Document(
        id="bbc",
        path="/articles/bbc.txt",
        text=BBC_TEXT,
        title="Kent’s “cases” — £2m",
        source="BBC News",
        url=BBC_URL,
        published=dt.date(2011, 4, 10),
        published_estimated=True,
        published_evidence="The article says the team starts “from Monday”, 11 April 2011.",
    )
    hostile = Document(
        id="hostile",
        path="/articles/hostile.txt",
        text=HOSTILE_TEXT,
        title=SCRIPT,
        source="Evil <b>Outlet</b>",
        published=dt.date(2011, 6, 5),
        published_estimated=False,
    )
    lines = BBC_TEXT.splitlines()
    gilroy = Person(
        "p1",
        "Peter Gilroy",
        aliases=("Mr Gilroy",),
        roles=("chief executive",),
        mentions=(
            PersonMention("bbc", _span(BBC_TEXT, "Peter Gilroy"), "Peter Gilroy"),
            PersonMention("bbc", _span(BBC_TEXT, "Mr Gilroy"), "Mr Gilroy"),
            PersonMention("hostile", _span(HOSTILE_TEXT, "Peter Gilroy"), "Peter Gilroy"),
        ),
    )
    zoe = Person("p2", "Zoë Müller", mentions=(PersonMention("bbc", _span(BBC_TEXT, "Zoë Müller"), "Zoë Müller"),))

    m_2009 = _mention(bbc, lines[3], "2009", "2009", Granularity.YEAR, _year(2009))
    m_feb = _mention(
        bbc,
        lines[1],
        "February 2009",
        "2009-02",
        Granularity.MONTH,
        Interval(dt.date(2009, 2, 1), dt.date(2009, 2, 28)),
        people=("p1",),
    )
    m_late = _mention(
        bbc,
        lines[2],
        "the end of 2010",
        "2010",
        Granularity.YEAR,
        Interval(dt.date(2010, 9, 1), dt.date(2010, 12, 31)),
        mod="END",
        people=("p1",),
    )
    m_april = _mention(
        bbc,
        lines[0],
        "1 April",
        "2011-04-01",
        Granularity.DAY,
        _day(2011, 4, 1),
        anchoring=Anchoring.PUBLICATION,
        people=("p2",),
    )
    m_script = _mention(
        hostile, HOSTILE_SENTENCES["script"], "19 May 2011", "2011-05-19", Granularity.DAY, _day(2011, 5, 19)
    )
    m_formula = _mention(
        hostile, HOSTILE_SENTENCES["formula"], "19 May 2011", "2011-05-19", Granularity.DAY, _day(2011, 5, 19)
    )
    m_week = _mention(
        hostile,
        HOSTILE_SENTENCES["img"],
        "the week of 30 May 2011",
        "2011-W22",
        Granularity.WEEK,
        Interval(dt.date(2011, 5, 30), dt.date(2011, 6, 5)),
        people=("p1",),
    )
    m_undated = _mention(
        hostile, HOSTILE_SENTENCES["link"], "some time", "XXXX-XX-XX", None, None, anchoring=Anchoring.UNRESOLVED
    )

    events = (
        Event("e1", _date(m_2009), "The café scheme was planned", (), (m_2009,)),
        Event("e2", _date(m_feb), "Peter Gilroy’s report raised concerns", ("p1",), (m_feb,)),
        Event("e3", _date(m_late), "Mr Gilroy left", ("p1",), (m_late,)),
        Event("e4", _date(m_april), "Redeployed staff start on the cases; cost “£2m”", ("p2",), (m_april,)),
        Event(
            "e5",
            _date(m_script),
            f"Council meeting {SCRIPT}",
            (),
            (m_formula, m_script),
            (Disagreement("wording", "the two reports differ", ("hostile",)),),
        ),
        Event("e6", _date(m_week), f"Image {IMG} appeared", ("p1", "p2"), (m_week,)),
        Event("e7", _date(m_undated), f"{FORMULA} {MD_LINK}", (), (m_undated,)),
    )
    # Every expression of each article, as the analysis keeps them for the TimeML export.
    expressions = tuple(tag(doc.content, doc.published) for doc in (bbc, hostile))
    return Timeline(documents=(bbc, hostile), people=(gilroy, zoe), events=events, expressions=expressions)


# Gold facts about the seeds, copied from the hand-made gold standard (seeds.json): the articles
# with their estimated publication dates, the people with the forms each article names them by,
# and the story's events. Each event is given by the expressions that date it (document, text,
# offset), its TIMEX3 value, and the days that value covers.
SEED_PUBLISHED = {
    "000_28d84fdc4e1b1798": "2011-06-05",
    "001_cc1026ba4d01a77c": "2011-05-19",
    "002_6cc214aa8ed720d4": "2011-04-10",
}

SEED_PEOPLE = {
    "Trudy Dean": ("Cllr Trudy Dean", "Cllr Dean"),
    "Paul Carter": ("Paul Carter",),
    "Jenny Whittle": ("Cllr Jenny Whittle", "Jenny Whittle"),
    "Chris Wells": ("Cllr Chris Wells", "Cllr Wells"),
    "Sharon Shoesmith": ("Sharon Shoesmith", "Ms Shoesmith"),
    "Ed Balls": ("Ed Balls",),
    "Peter Gilroy": ("Peter Gilroy", "Mr Gilroy"),
    "Katherine Kerswell": ("Katherine Kerswell",),
    "Malcolm Newsam": ("Malcolm Newsam", "Mr Newsam", "Malcom Newson", "Mr Newson"),
    "Keith Ferrin": ("Cllr Keith Ferrin",),
    "Rosalind Turner": ("Rosalind Turner",),
}
SEED_NOT_PEOPLE = (
    "Kent County Council",
    "KCC",
    "Ofsted",
    "Lib Dem",
    "KoS",
    "Court of Appeal",
    "Haringey",
    "BBC Radio Kent",
    "Home",
    "Kent",
    "News",
    "Article",
    "Close",
    "Learn More",
    "Vacancy",
    "Con",
    "Image",
    "Picture",
    "Baby P",
)

_D0, _D1, _D2 = SEED_PUBLISHED


def _estimated(date: str) -> str:
    return f"{date} (approximate: the article's own date is estimated)"


@frozen
class GoldEvent:
    gold_id: str
    value: str
    mentions: tuple[tuple[str, str, int], ...]  # (document, expression, offset)
    start: dt.date
    end: dt.date  # last day covered
    display: str  # as a reader sees it (the seeds' publication dates are estimates)


SEED_EVENTS = (
    # "things that went wrong in 2007, 2008 and 2009": one event over the three years
    GoldEvent(
        "E1",
        "2007",
        ((_D1, "2007", 1212), (_D1, "2008", 1218), (_D1, "2009", 1227)),
        dt.date(2007, 1, 1),
        dt.date(2009, 12, 31),
        "2007–2009",
    ),
    GoldEvent(
        "E2", "2008", ((_D0, "2008", 3667), (_D2, "2008", 2022)), dt.date(2008, 1, 1), dt.date(2008, 12, 31), "2008"
    ),
    GoldEvent(
        "E3", "2009-02", ((_D2, "February 2009", 1427),), dt.date(2009, 2, 1), dt.date(2009, 2, 28), "February 2009"
    ),
    GoldEvent(
        "E4",
        "2010",
        ((_D2, "last year", 1185), (_D0, "several months", 3053)),
        dt.date(2010, 1, 1),
        dt.date(2010, 12, 31),
        "2010",
    ),
    GoldEvent(
        "E5",
        "2010-11",
        (
            (_D0, "the end of last year", 478),
            (_D0, "last year", 1104),
            (_D1, "last year", 2244),
            (_D2, "last November", 376),
        ),
        dt.date(2010, 11, 1),
        dt.date(2010, 11, 30),
        "November 2010",
    ),
    GoldEvent("E6", "2011-01", ((_D2, "January", 994),), dt.date(2011, 1, 1), dt.date(2011, 1, 31), "January 2011"),
    GoldEvent("E7", "2011-01", ((_D2, "January", 802),), dt.date(2011, 1, 1), dt.date(2011, 1, 31), "January 2011"),
    GoldEvent(
        "E8", "2011-02", ((_D0, "last February", 1429),), dt.date(2011, 2, 1), dt.date(2011, 2, 28), "February 2011"
    ),
    GoldEvent(
        "E9",
        "2011-04-01",
        ((_D2, "1 April", 549),),
        dt.date(2011, 4, 1),
        dt.date(2011, 4, 1),
        _estimated("1 April 2011"),
    ),
    GoldEvent(
        "E10",
        "2011-04-11",
        ((_D2, "Monday", 2220),),
        dt.date(2011, 4, 11),
        dt.date(2011, 4, 11),
        _estimated("11 April 2011"),
    ),
    GoldEvent(
        "E11",
        "2011-05-19",
        ((_D1, "today", 323),),
        dt.date(2011, 5, 19),
        dt.date(2011, 5, 19),
        _estimated("19 May 2011"),
    ),
    GoldEvent(
        "E12",
        "2011-05-31TEV",
        ((_D0, "the evening before", 3206),),
        dt.date(2011, 5, 31),
        dt.date(2011, 5, 31),
        _estimated("evening of 31 May 2011"),
    ),
    GoldEvent(
        "E13",
        "2011-06-01",
        ((_D0, "Wednesday", 300),),
        dt.date(2011, 6, 1),
        dt.date(2011, 6, 1),
        _estimated("1 June 2011"),
    ),
    GoldEvent(
        "E14",
        "2011-W22",
        ((_D0, "this week", 1454),),
        dt.date(2011, 5, 30),
        dt.date(2011, 6, 5),
        _estimated("week of 30 May 2011"),
    ),
)


# Every TIMEX3 of the gold standard: (start, end, text, type, value, mod, optional). Optional ones
# (generic "now", uncertain durations) need not be found, and tagging them is not an error.
SEED_TIMEXES = {
    "000_28d84fdc4e1b1798": (
        (300, 309, "Wednesday", "DATE", "2011-06-01", None, False),
        (478, 498, "the end of last year", "DATE", "2010", "END", False),
        (1104, 1113, "last year", "DATE", "2010", None, False),
        (1429, 1442, "last February", "DATE", "2011-02", None, False),
        (1454, 1463, "this week", "DATE", "2011-W22", None, False),
        (2795, 2798, "now", "DATE", "PRESENT_REF", None, True),
        (2807, 2814, "a month", "DURATION", "P1M", None, True),
        (3053, 3067, "several months", "DURATION", "PXM", None, False),
        (3206, 3224, "the evening before", "TIME", "2011-05-31TEV", None, False),
        (3367, 3383, "more than a year", "DURATION", "P1Y", "MORE_THAN", False),
        (3667, 3671, "2008", "DATE", "2008", None, False),
    ),
    "001_cc1026ba4d01a77c": (
        (323, 328, "today", "DATE", "2011-05-19", None, False),
        (504, 517, "several years", "DURATION", "PXY", None, False),
        (1156, 1161, "today", "DATE", "PRESENT_REF", None, True),
        (1212, 1216, "2007", "DATE", "2007", None, False),
        (1218, 1222, "2008", "DATE", "2008", None, False),
        (1227, 1231, "2009", "DATE", "2009", None, False),
        (1257, 1266, "some time", "DURATION", "PX", None, True),
        (1741, 1744, "now", "DATE", "PRESENT_REF", None, True),
        (2244, 2253, "last year", "DATE", "2010", None, False),
    ),
    "002_6cc214aa8ed720d4": (
        (376, 389, "last November", "DATE", "2010-11", None, False),
        (549, 556, "1 April", "DATE", "2011-04-01", None, False),
        (802, 809, "January", "DATE", "2011-01", None, False),
        (994, 1001, "January", "DATE", "2011-01", None, False),
        (1185, 1194, "last year", "DATE", "2010", None, False),
        (1382, 1405, "more than two years ago", "DATE", "2009", "BEFORE", False),
        (1427, 1440, "February 2009", "DATE", "2009-02", None, False),
        (2022, 2026, "2008", "DATE", "2008", None, False),
        (2082, 2085, "now", "DATE", "PRESENT_REF", None, True),
        (2220, 2226, "Monday", "DATE", "2011-04-11", None, False),
        (2252, 2272, "three and six months", "DURATION", "P3M", None, True),
    ),
}
