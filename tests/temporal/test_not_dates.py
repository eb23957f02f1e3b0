"""What is not a date is not tagged, and tagging never returns two expressions over one piece
of text: days a month does not have, numbers inside bigger numbers, a match reaching back over
another. Re-anchoring keeps what it cannot place and places it again when a date allows."""

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.model import Anchoring, Span, TimexType
from timeline.temporal import reanchor, tag
from timeline.temporal.anchoring import Found
from timeline.temporal.scanner import _disjoint

from .test_properties import WORDS, check


@pytest.mark.parametrize(
    "text",
    [
        "The deal was signed on February 29, 2011.",
        "The deal was signed on 29 February 2011.",
        "The deal was signed on the 29th of February, 2011.",
        "It happened on 32 January 2010.",
        "It happened on 0 March 2010.",
        "It happened on April 31, 2010.",
        "It happened on 31 April.",
        "It happened on Friday, February 30.",
    ],
)
def test_a_day_the_month_does_not_have_is_no_date_nor_any_part_of_one(found, text):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The deal was signed on February 29, 2012.", [("February 29, 2012", "2012-02-29", None)]),
        ("It happened on 31 January 2010.", [("31 January 2010", "2010-01-31", None)]),
        ("It rained on 31 March.", [("31 March", "2011-03-31", None)]),
        ("There were 32 January arrivals in 2010.", [("January", "2011-01", None), ("2010", "2010", None)]),
    ],
)
def test_real_days_and_counts_beside_a_month_are_kept(found, text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The settlement began 10,000 years ago.", []),
        ("It took 2.5 years.", [("2.5 years", "P2Y6M", None)]),
        ("The site was settled 10,000 years ago, and abandoned 2 years ago.", [("2 years ago", "2009", None)]),
    ],
)
def test_a_match_never_starts_inside_a_number(found, text, expected):
    assert found(text) == expected


def test_overlapping_matches_keep_the_longer():
    found = tag("It was the start of the day before Friday.", dt.date(2011, 4, 10))
    assert [(e.text, e.value, e.span.start, e.span.end) for e in found] == [
        ("the day before Friday", "2011-04-07", 20, 41)
    ]


def test_a_match_never_reaches_back_over_one_already_given():
    text = "on Friday, then the day before Christmas"
    found = [Found(Span(s, e), text[s:e], TimexType.DATE, "2011", None, "test") for s, e in ((3, 9), (11, 15), (5, 40))]
    # the third overlaps the second and is longer, but it also overlaps the first, given out already
    assert [f.text for f in _disjoint(iter(found))] == ["Friday", "then"]


_REACHING = st.sampled_from(
    ["the day before", "the day after", "the start of the day", "the end of", "Friday", "Christmas", "the week"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(WORDS, _REACHING), max_size=30).map(" ".join), st.dates())
def test_spans_are_disjoint_and_well_formed(text, dct):
    check(text, tag(text, dct))


def test_a_leap_day_re_anchored_to_a_year_without_one_is_kept_and_comes_back():
    text = "The company said on Feb. 29 that it would close."
    leap = tag(text, dt.date(2012, 3, 10))
    assert [(e.text, e.value) for e in leap] == [("Feb. 29", "2012-02-29")]
    plain = reanchor(leap, dt.date(2011, 3, 10))
    assert [(e.text, e.anchoring, e.explanation) for e in plain] == [
        (
            "Feb. 29",
            Anchoring.UNRESOLVED,
            "Feb. 29: counted from publication (10 March 2011), it falls on no day of the calendar",
        )
    ]
    assert plain == tag(text, dt.date(2011, 3, 10))
    back = reanchor(plain, dt.date(2016, 3, 10))
    assert [(e.text, e.value) for e in back] == [("Feb. 29", "2016-02-29")]


def test_past_the_calendars_edge_is_kept_unresolved():
    found = tag("The plant will close next year.", dt.date(9999, 6, 1))
    assert [(e.text, e.anchoring) for e in found] == [("next year", Anchoring.UNRESOLVED)]
    assert [e.value for e in reanchor(found, dt.date(2011, 6, 1))] == ["2012"]


_EDGES = st.sampled_from([dt.date(1, 1, 1), dt.date(1, 12, 31), dt.date(9999, 1, 1), dt.date(9999, 12, 31)])
_DCTS = st.one_of(_EDGES, st.dates(), st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31)))
_MORE = st.sampled_from(["Feb. 29", "29 February", "December 31", "January 1", "next year", "a century ago"])


def _seen(expressions):
    return [(e.span, e.text, e.type, e.value, e.mod, e.anchoring, e.explanation) for e in expressions]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(WORDS, _REACHING, _MORE), max_size=25).map(" ".join), _DCTS, _DCTS)
def test_re_anchoring_is_tagging_afresh(text, first, second):
    assert _seen(reanchor(tag(text, first), second)) == _seen(tag(text, second))
