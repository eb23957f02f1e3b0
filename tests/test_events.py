"""Events of the seeds, from hand-built expressions (independent of the temporal engine)."""

from __future__ import annotations

import datetime as dt

import pytest
from seed_timexes import expressions

from timeline.analysis import analyse, unify
from timeline.corpus import document_from_text, load, seeds_dir
from timeline.events.relative import find_relation, resolve
from timeline.model import Anchoring, EventDate, Granularity, Interval, Span


@pytest.fixture(scope="module")
def timeline():
    docs = load([seeds_dir()]).documents
    return unify([analyse(d, expressions(d.path.rsplit("/", 1)[-1], d.content)) for d in docs])


def _dates_told(sentence: str, published: str) -> list[str]:
    """The event dates of one article of one sentence, published on ``published``."""
    document = document_from_text(f"---\npublished: {published}\n---\n{sentence}\n", "a", "a.txt")
    return [e.date.value for e in unify([analyse(document)]).events]


def _holder(timeline, file_prefix: str, start: int):
    doc = next(d for d in timeline.documents if d.path.rsplit("/", 1)[-1].startswith(file_prefix))
    return next(e for e in timeline.events for m in e.mentions if m.document == doc.id and m.timex.span.start == start)


# Gold events of the seeds (gold/seeds.json, "events"): id -> (date value, [(file, timex start)]).
GOLD_EVENTS = {
    "E1": ("2007", [("001", 1212), ("001", 1218), ("001", 1227)]),
    "E2": ("2008", [("000", 3667), ("002", 2022)]),
    "E3": ("2009-02", [("002", 1427)]),
    "E4": ("2010", [("002", 1185), ("000", 3053)]),
    "E5": ("2010-11", [("000", 478), ("000", 1104), ("001", 2244), ("002", 376)]),
    "E6": ("2011-01", [("002", 994)]),
    "E7": ("2011-01", [("002", 802)]),
    "E8": ("2011-02", [("000", 1429)]),
    "E9": ("2011-04-01", [("002", 549)]),
    "E10": ("2011-04-11", [("002", 2220)]),
    "E11": ("2011-05-19", [("001", 323)]),
    "E12": ("2011-05-31TEV", [("000", 3206)]),
    "E13": ("2011-06-01", [("000", 300)]),
    "E14": ("2011-W22", [("000", 1454)]),
}


@pytest.mark.parametrize("gold_id", sorted(GOLD_EVENTS))
def test_each_gold_event_is_one_event_with_its_date(timeline, gold_id):
    value, mentions = GOLD_EVENTS[gold_id]
    events = {_holder(timeline, f, s).id for f, s in mentions}
    assert len(events) == 1
    assert _holder(timeline, *mentions[0]).date.value == value


def test_no_event_holds_two_gold_events(timeline):
    owner = {}
    for gold_id, (_, mentions) in GOLD_EVENTS.items():
        for f, s in mentions:
            owner.setdefault(_holder(timeline, f, s).id, set()).add(gold_id)
    assert [ids for ids in owner.values() if len(ids) > 1] == []


def test_relative_statement_is_dated_from_its_anchor_and_says_so(timeline):
    event = _holder(timeline, "000", 3053)
    mention = next(m for m in event.mentions if m.timex.span.start == 3053)
    assert mention.timex.anchoring is Anchoring.EVENT
    assert mention.timex.value == "2010"
    assert mention.timex.anchor == Span(3075, 3104)  # "the damning Ofsted inspection"


def test_a_list_of_consecutive_years_is_one_range(timeline):
    event = _holder(timeline, "001", 1212)
    assert event.date.interval == Interval(dt.date(2007, 1, 1), dt.date(2009, 12, 31))
    assert [m.timex.text for m in event.mentions] == ["2007", "2008", "2009"]


@pytest.mark.parametrize(
    ("sentence", "spans"),
    [
        (
            "She took cash payments between January 2021 and March 2022, prosecutors said.",
            [(dt.date(2021, 1, 1), dt.date(2022, 3, 31))],
        ),
        ("Four babies died between 2019 and 2022 at the hospital.", [(dt.date(2019, 1, 1), dt.date(2022, 12, 31))]),
        (
            "The council ran the scheme from 2015 to 2018 before it closed.",
            [(dt.date(2015, 1, 1), dt.date(2018, 12, 31))],
        ),
        (
            "The figures for 2015 and 2018 were published together.",
            [(dt.date(2015, 1, 1), dt.date(2015, 12, 31)), (dt.date(2018, 1, 1), dt.date(2018, 12, 31))],
        ),
    ],
)
def test_the_two_ends_of_a_stretch_are_one_statement_over_it(sentence, spans):
    document = document_from_text(f"---\npublished: 2023-06-08\n---\n{sentence}\n", "a", "a.txt")
    events = unify([analyse(document)]).events
    assert [(e.date.interval.start, e.date.interval.end) for e in events] == spans


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        ('Dr Helen Okafor, the trust\'s chief executive since 2021, said: "We let these families down."', []),
        ("Paul Carter, the council leader since May 2005, said on Wednesday the report was fair.", ["2011-04-06"]),
        ("Garcia-Lopez, who was censured by the council in March, goes on trial in June.", ["2011-03", "2011-06"]),
    ],
)
def test_a_date_in_the_role_after_a_name_dates_the_role_not_the_sentence(sentence, values):
    assert _dates_told(sentence, "2011-04-08") == values


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        ("Bettie Page, the 1950s pin-up model who inspired artists, has died.", []),
        ("Famous 1950s pin up star Betty Page died on Thursday in Los Angeles.", ["2008-12-11"]),
        ("It was confirmed that the 1940s Hollywood actress and record-setting swimmer had died.", []),
        ("The 2008 Olympic champion retired in 2012.", ["2012"]),
        # the date of the clause, or of something that happened: still a statement
        ("She was a star in the 1950s and retired in 1959.", ["195", "1959"]),
        ("In 1998 police officer John Smith was shot.", ["1998"]),
        ("Aid arrived after the 2004 tsunami.", ["2004"]),
    ],
)
def test_a_decade_or_year_that_describes_someone_dates_no_statement(sentence, values):
    assert _dates_told(sentence, "2008-12-12") == values


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        ("Pre-tax profit for the year to 31 December fell to £84m from £136m a year earlier.", ["2023-12-31"]),
        ("Sales rose 4% in the first quarter of 2024, up from 3.1% in the same period last year.", ["2024-Q1"]),
        # a change told between two dates, both of which happened
        ("The backlog fell from 2,200 last February to just 71 this week.", ["2024-02", "2024-W10"]),
        # a year back with no other date: the sentence's own
        ("Profit fell to £84m from £136m a year earlier.", ["2023"]),
    ],
)
def test_the_year_a_figure_is_compared_with_dates_no_statement_of_its_own(sentence, values):
    assert _dates_told(sentence, "2024-03-06") == values


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        ("Ellen Marsh was hit on the A628 on 14 March this year.", ["2023-03-14"]),
        ("The panel met on Tuesday this week.", ["2023-11-28"]),
        # a finer date the longer period does not hold: the two disagree, both kept
        ("She was hit on 14 January, this year.", ["2023", "2024-01-14"]),
        ("She was hit on 14 January this year.", ["2023-01-14"]),
    ],
)
def test_a_longer_period_that_only_places_the_date_before_it_makes_no_statement_of_its_own(sentence, values):
    assert _dates_told(sentence, "2023-12-02") == values


def test_the_summary_comes_from_a_source_that_reports_the_event_not_one_that_looked_ahead():
    before = document_from_text(
        "---\npublished: 2023-06-08\n---\nMayor Linda Cho said the council would vote to censure Councilwoman "
        "Denise Garcia-Lopez at its June 20 meeting.\n",
        "before",
        "before.txt",
    )
    after = document_from_text(
        "---\npublished: 2023-06-21\n---\nThe council voted 6-1 on Tuesday to censure Councilwoman Denise "
        "Garcia-Lopez, Mayor Linda Cho said.\n",
        "after",
        "after.txt",
    )
    (event,) = unify([analyse(before), analyse(after)]).events
    assert (event.date.value, sorted({m.document for m in event.mentions})) == ("2023-06-20", ["after", "before"])
    assert event.text.startswith("The council voted 6-1 on Tuesday")


def test_event_people_include_the_speaker_of_the_quote(timeline):
    by_id = {p.id: p.name for p in timeline.people}
    assert sorted(by_id[p] for p in _holder(timeline, "000", 3667).people) == ["Jenny Whittle", "Peter Gilroy"]
    assert [by_id[p] for p in _holder(timeline, "001", 1212).people] == ["Malcolm Newsam"]


def test_merged_event_takes_the_finest_date_and_keeps_every_source(timeline):
    event = _holder(timeline, "002", 376)
    assert event.date.value == "2010-11"
    assert len(event.sources) == 3


def test_events_are_ordered_by_start_coarse_first(timeline):
    keys = [(e.date.interval.start, -e.date.interval.days) for e in timeline.events]
    assert keys == sorted(keys)
    values = [e.date.value for e in timeline.events]
    assert values.index("2010") < values.index("2010-11")


def test_every_event_has_a_one_line_summary(timeline):
    assert all(e.text and "\n" not in e.text and len(e.text) <= 160 for e in timeline.events)


def test_resolve_before_an_anchor_month():
    from timeline.model import TemporalExpression, TimexType

    text = "He retired several months before the damning Ofsted inspection and left."
    timex = TemporalExpression("several months", Span(11, 25), TimexType.DURATION, "PXM")
    relation = find_relation(text, timex)
    assert relation.phrase == "the damning Ofsted inspection"
    anchor = EventDate(
        "2010-11", granularity=Granularity.MONTH, interval=Interval(dt.date(2010, 11, 1), dt.date(2010, 11, 30))
    )
    expression, date = resolve(timex, relation, anchor)
    assert (date.value, date.mod) == ("2010", None)
    assert "before the damning Ofsted inspection" in expression.explanation


def test_resolve_falls_back_to_before_when_no_year_holds_it():
    from timeline.model import TemporalExpression, TimexType

    text = "It happened two years before the election."
    timex = TemporalExpression("two years", Span(12, 21), TimexType.DURATION, "P2Y")
    anchor = EventDate(
        "2010", granularity=Granularity.YEAR, interval=Interval(dt.date(2010, 1, 1), dt.date(2010, 12, 31))
    )
    _, date = resolve(timex, find_relation(text, timex), anchor)
    assert (date.value, date.mod) == ("2008", None)
    timex = TemporalExpression("several months", Span(12, 26), TimexType.DURATION, "PXM")
    text = "It happened several months before the election."
    _, date = resolve(timex, find_relation(text, timex), anchor)
    assert (date.value, date.mod) == ("2010", "BEFORE")


def test_how_long_something_lasted_is_no_distance_from_an_event():
    from timeline.model import TemporalExpression, TimexType

    text = "Garcia-Lopez taught for 20 years before her election to the council."
    timex = TemporalExpression("20 years", Span(24, 32), TimexType.DURATION, "P20Y")
    assert find_relation(text, timex) is None
    text = "She retired two years before her election to the council."
    timex = TemporalExpression("two years", Span(12, 21), TimexType.DURATION, "P2Y")
    assert find_relation(text, timex).phrase == "her election"


def test_resolve_an_exact_shift_from_a_day_gives_the_day():
    from timeline.model import TemporalExpression, TimexType

    text = "Dr Bright resigned two weeks after the board meeting on 1 March."
    timex = TemporalExpression("two weeks", Span(19, 28), TimexType.DURATION, "P2W")
    relation = find_relation(text, timex)
    assert relation.phrase == "the board meeting"
    anchor = EventDate(
        "2012-03-01", granularity=Granularity.DAY, interval=Interval(dt.date(2012, 3, 1), dt.date(2012, 3, 1))
    )
    _, date = resolve(timex, relation, anchor)
    assert (date.value, date.granularity) == ("2012-03-15", Granularity.DAY)


def _shorten(sentence: str, date: str, limit: int = 160) -> str:
    from timeline.events.build import shorten

    start = sentence.index(date)
    return shorten(sentence, start, start + len(date), limit)


def test_a_short_sentence_is_its_own_summary():
    sentence = "The council approved the budget on 3 March 2010."
    assert _shorten(sentence, "3 March 2010") == sentence


def test_a_long_sentence_keeps_its_opening_up_to_the_date_clause():
    sentence = (
        "Among the guests was the former chief executive Alan Price, who left the council in 2009, "
        "and who has since advised several other authorities on their children's services and budgets."
    )
    assert (
        _shorten(sentence, "2009", 100)
        == "Among the guests was the former chief executive Alan Price, who left the council in 2009 …"
    )


def test_a_late_date_keeps_the_opening_clause_and_the_date_clause():
    sentence = (
        "The county council has still not assessed nearly 400 files on vulnerable children - even though "
        "it was warned by inspectors and by its own staff, the report said on Monday."
    )
    assert _shorten(sentence, "Monday", 110) == (
        "The county council has still not assessed nearly 400 files on vulnerable children … the report said on Monday."
    )


def test_without_room_for_the_opening_the_date_clause_is_marked_as_cut():
    sentence = (
        "The committee heard at length how the authority had been making very large strides in dealing with "
        "its backlog, cutting the number of unallocated cases from 2,200 last February to just 71 this week."
    )
    assert (
        _shorten(sentence, "last February", 100)
        == "… cutting the number of unallocated cases from 2,200 last February to just 71 this week."
    )
