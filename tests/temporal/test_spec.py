"""The typed spec contract: what rules build, its stored string form, and reading it back."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from attrs import evolve

from timeline.corpus import load
from timeline.export.timeml import read_timeml
from timeline.temporal import (
    reanchor,
    rules_absolute,
    rules_clock,
    rules_days,
    rules_lengths,
    rules_numeric,
    rules_offsets,
    rules_periods,
    rules_references,
    rules_relative,
    rules_vague,
    rules_within,
    rules_years,
    tag,
)
from timeline.temporal.grammar import Groups, Rule
from timeline.temporal.order import RULES
from timeline.temporal.scanner import scan
from timeline.timex.spec import (
    Alternative,
    Base,
    Clock,
    DayShift,
    Direction,
    Holiday,
    InYear,
    Marker,
    Month,
    MonthDay,
    NthWeekday,
    PartOfDay,
    PartOfYear,
    Quarter,
    Season,
    Shift,
    Spec,
    This,
    Weekday,
    Weekend,
    Year,
    YearOffset,
    dct,
    ref,
    spec,
)
from timeline.timex.spec_parse import parse
from timeline.timex.values import placeholder, placeholder_of

from .conftest import DCT

TBAQ = Path(__file__).resolve().parents[3] / "shared" / "corpora" / "tbaq"

# Every kind of operation and suffix, as a rule builds it and as it is stored.
STORED = [
    (spec(dct(Shift("year", -1))), "DCT:shift:year:-1"),
    (spec(dct(This("week"))), "DCT:this:week"),
    (spec(dct(Shift("day", -1), PartOfDay("NI"))), "DCT:shift:day:-1@TNI"),
    (spec(ref(Weekday(5, Direction.LAST)), dct(Weekday(5, Direction.LAST))), "REF:weekday:5:last|DCT:weekday:5:last"),
    (spec(dct(Weekday(3, Direction.NEAR_FUTURE))), "DCT:weekday:3:near-future"),
    (spec(dct(Month(11, Direction.LAST))), "DCT:month:11:last"),
    (spec(dct(Month(6, YearOffset(-1)))), "DCT:month:6:year-1"),
    (spec(dct(Month(6, YearOffset(0)))), "DCT:month:6:year+0"),
    (spec(dct(MonthDay(4, 1, Direction.NEAR))), "DCT:monthday:4:1:near"),
    (spec(dct(MonthDay(10, 23, Direction.PAST, 5))), "DCT:monthday:10:23:past:5"),
    (spec(dct(MonthDay(9, 30, Direction.PAST), Marker.PE)), "DCT:monthday:9:30:past@PE"),
    (spec(dct(MonthDay(3, 6, Direction.NEAR), Marker.WEEK)), "DCT:monthday:3:6:near@WEEK"),
    (
        spec(Alternative(Base.LASTQ, This("quarter")), dct(MonthDay(9, 30, Direction.PAST), Marker.QUARTER)),
        "LASTQ:this:quarter|DCT:monthday:9:30:past@QUARTER",
    ),
    (spec(dct(Quarter(3, Direction.PAST))), "DCT:quarter:3:past"),
    (spec(dct(Quarter(4, YearOffset(1)))), "DCT:quarter:4:year+1"),
    (spec(dct(Season("SU", Direction.THIS))), "DCT:season:SU:this"),
    (spec(dct(Holiday("new year's day", Direction.NEAR))), "DCT:holiday:new_year's_day:near"),
    (spec(dct(Holiday("christmas", Direction.FUTURE), DayShift(1))), "DCT:holiday:christmas:future@D+1"),
    (spec(dct(NthWeekday(5, 4, 1, Direction.NEAR))), "DCT:nthweekday:5:4:1:near"),
    (spec(dct(NthWeekday(3, 5, -1, Direction.PAST))), "DCT:nthweekday:3:5:-1:past"),
    (spec(dct(Weekend(Direction.NEAR))), "DCT:weekend:near"),
    (spec(dct(Shift("week", 0), Marker.WE)), "DCT:shift:week:0@WE"),
    (spec(Alternative(Base.LASTQ, InYear(1988)), dct(Year(1988))), "LASTQ:inyear:1988|DCT:year:1988"),
    (
        spec(Alternative(Base.REFQ, Shift("year", -1)), dct(Shift("year", -1))),
        "REFQ:shift:year:-1|DCT:shift:year:-1",
    ),
    (
        spec(ref(This("year"), PartOfYear("H1")), dct(This("year"), PartOfYear("H1"))),
        "REF:this:year@H1|DCT:this:year@H1",
    ),
    (spec(dct(Weekday(3, Direction.NEAR), Clock(22, 0))), "DCT:weekday:3:near@T22:00"),
    (spec(dct(Weekday(5, Direction.PAST), Clock(24, 0))), "DCT:weekday:5:past@T24:00"),
    (spec(dct(MonthDay(2, 3, Direction.PAST), DayShift(-1))), "DCT:monthday:2:3:past@D-1"),
]


@pytest.mark.parametrize(("value", "text"), STORED, ids=[text for _, text in STORED])
def test_string_form_and_parse(value, text):
    assert str(value) == text
    assert value.to_string() == text
    assert parse(text) == value


@pytest.mark.parametrize(
    "text",
    [
        "",
        "2011-04-10",
        "PRESENT_REF",
        "NOW:shift:year:-1",
        "DCT:shift:year",
        "DCT:shift:year:x",
        "DCT:weekday:5:sometime",
        "DCT:fortnight:2",
        "DCT:shift:day:1@TZZ",
        "DCT:shift:day:1@D+x",
        "DCT:month:6:year",
        "DCT:shift:day:1|",
    ],
)
def test_parse_refuses_what_is_no_spec(text):
    with pytest.raises(ValueError):
        parse(text)


def test_a_spec_has_an_alternative():
    with pytest.raises(ValueError):
        Spec(())


def test_values_are_frozen_and_evolve():
    value = spec(dct(Weekday(5, Direction.NEAR)))
    with pytest.raises(AttributeError):
        value.first.op.day = 4  # type: ignore[misc]
    settled = evolve(value, alternatives=(evolve(value.first, op=evolve(value.first.op, direction=Direction.PAST)),))
    assert str(settled) == "DCT:weekday:5:past"
    assert str(value) == "DCT:weekday:5:near"
    assert value.first is value.last


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("DCT:month:11:last", "XXXX-11"),
        ("DCT:weekday:5:past", "XXXX-WXX-5"),
        ("REF:shift:day:2|DCT:shift:day:2", "XXXX-XX-XX"),
        ("DCT:shift:year:-1@H1", "XXXX-H1"),
        ("DCT:shift:day:-1@T23:00", "XXXX-XX-XXT23:00"),
        ("DCT:monthday:4:1:near@TMO", "XXXX-04-01TMO"),
        ("DCT:shift:week:0@WE", "XXXX-WXX-WE"),
        ("LASTQ:this:quarter|DCT:shift:quarter:-1", "XXXX-QX"),
        ("DCT:nthweekday:5:4:1:near", "XXXX-05-XX"),
        ("DCT:season:SU:last", "XXXX-SU"),
        ("DCT:holiday:christmas:near", "XXXX-XX-XX"),
        ("DCT:shift:decade:-1", "XXX"),
        ("not a spec", "XXXX-XX-XX"),
    ],
)
def test_placeholder(text, expected):
    assert placeholder(text) == expected


def test_placeholder_of_a_typed_spec():
    assert placeholder_of(spec(dct(Quarter(3, Direction.PAST)))) == "XXXX-Q3"


def _scanned(text: str) -> list[object]:
    return [found.spec for found in scan(text)]


def test_rules_hand_over_typed_specs_and_finished_values():
    assert _scanned("He left last year, on 1 April 2011.") == [spec(dct(Shift("year", -1))), "2011-04-01"]


@pytest.mark.parametrize(
    ("text", "stored"),
    [
        # The tense cues settle "near": said (past), will (future).
        ("He said on Friday that", "DCT:weekday:5:past"),
        ("He will arrive on Friday.", "DCT:weekday:5:future"),
        ("Talks resume Friday", "DCT:weekday:5:near"),
        # "this Friday" without a cue is the coming one.
        ("Talks resume this Friday", "DCT:weekday:5:future"),
        ("He said in January that", "DCT:month:1:past"),
        # "the day after X": the publication-date reading moved by a day.
        ("the day after Christmas", "DCT:holiday:christmas:near@D+1"),
        ("They met the day before Friday.", "DCT:weekday:5:past@D-1"),
        ("the day before the previous Friday", "REF:weekday:5:last|DCT:weekday:5:last@D-1"),
    ],
)
def test_scanner_settles_directions_and_the_day_next_to(text, stored):
    assert [str(item) for item in _scanned(text)] == [stored]


def test_every_rule_example_round_trips():
    count = 0
    for rule in RULES:
        for text, _value in rule.examples:
            plain = text.replace("[", "").replace("]", "")
            for expression in tag(plain, DCT):
                if expression.underspecified is not None:
                    assert str(parse(expression.underspecified)) == expression.underspecified
                    count += 1
    assert count > 100


def _documents() -> list[tuple[str, str, dt.date]]:
    docs = [
        (Path(d.path).name, d.text, d.published)
        for d in load([Path(__file__).resolve().parents[2] / "seeds"]).documents
    ]
    if TBAQ.is_dir():
        for path in sorted(TBAQ.rglob("*.tml")):
            doc = read_timeml(path.read_text(encoding="utf-8"), path.stem)
            if doc.dct is not None:
                docs.append((path.name, doc.text, doc.dct))
    return docs


def test_stored_specs_of_the_corpora_round_trip_and_resolve_the_same():
    """Every spec stored for the seeds (and the TimeBank/AQUAINT corpus when the shared data is
    there) reads back to itself, and re-resolving from the stored form gives the same result."""
    stored = 0
    for name, text, published in _documents():
        expressions = tag(text, published)
        for expression in expressions:
            if expression.underspecified is not None:
                assert str(parse(expression.underspecified)) == expression.underspecified, name
                stored += 1
        assert reanchor(expressions, published) == expressions, name
        undated = tag(text, None)
        assert reanchor(undated, published) == expressions, name
    assert stored > (1000 if TBAQ.is_dir() else 30)


def test_groups_read_missing_groups_as_none():
    g = Groups({"m": "April", "d2": "25"})
    assert g["m"] == "April"
    assert g["d"] is None
    assert g.get("d") is None
    assert g.text("d", "d2") == "25"
    assert dict(g) == {"m": "April", "d2": "25"}
    assert len(g) == 2
    with pytest.raises(KeyError):
        g.text("y")


def test_the_order_file_lists_every_rule_once():
    defined = {
        item.name
        for module in (
            rules_absolute,
            rules_clock,
            rules_days,
            rules_lengths,
            rules_numeric,
            rules_offsets,
            rules_periods,
            rules_references,
            rules_relative,
            rules_vague,
            rules_within,
            rules_years,
        )
        for item in vars(module).values()
        if isinstance(item, Rule)
    }
    listed = [item.name for item in RULES]
    assert len(listed) == len(set(listed)) == 83
    assert set(listed) == defined


def test_new_spec_forms_round_trip():
    from timeline.timex.spec_parse import parse

    for stored in (
        "DCT:holiday:christmas:near@day+4",
        "DCT:shift:week:1@in:day:2",
        "DCT:dom:13:past:5",
        "DCT:dom:21:near",
    ):
        assert str(parse(stored)) == stored


def test_no_rule_pattern_ends_in_a_comment():
    """A comment on the last line of a verbose pattern would comment out what follows it where
    the pattern is embedded; every rule compiles as the scanner wraps it."""
    from timeline.temporal.dispatch import pattern
    from timeline.temporal.order import RULES

    for index, item in enumerate(RULES):
        assert pattern(index).groups >= 0, item.name
        last = item.pattern.rstrip().splitlines()[-1]
        assert re.search(r"(?<!\\)#", last.replace("[#]", "")) is None, item.name
