"""Property tests: tagging never raises and returns ordered, disjoint spans inside the text."""

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.temporal import reanchor, tag

WORDS = st.sampled_from(
    [
        "on",
        "Friday",
        "last",
        "year",
        "the",
        "end",
        "of",
        "2008",
        "31",
        "February",
        "May",
        "may",
        "we",
        "9am",
        "at",
        "Mondays",
        "first",
        "half",
        "in",
        "a fortnight's time",
        "that summer",
        "before",
        "next",
        "more",
        "than",
        "two",
        "years",
        "ago",
        "£2m",
        "25%",
        "2,200",
        "Q3",
        "12/09/2019",
        "2011-13-45",
        "mid-",
        "1990s",
        "now",
        "had",
        "the following day",
        "10 p.m.",
        "every",
        "week",
        ",",
        ".",
        "\n",
        "several",
        "months",
        "from",
        "Monday",
        "will",
        "said",
        "a",
        "decade",
        "earlier",
        "later",
    ]
)
DATES = st.one_of(st.none(), st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)))


def check(text, found):
    previous_end = 0
    for expression in found:
        assert 0 <= expression.span.start < expression.span.end <= len(text)
        assert expression.span.start >= previous_end
        assert text[expression.span.start : expression.span.end] == expression.text
        previous_end = expression.span.end


@settings(max_examples=300, deadline=None)
@given(st.text(), DATES)
def test_any_text(text, dct):
    check(text, tag(text, dct))


@settings(max_examples=300, deadline=None)
@given(st.lists(WORDS, max_size=40).map(" ".join), DATES, st.booleans())
def test_date_like_text(text, dct, day_first):
    found = tag(text, dct, day_first=day_first)
    check(text, found)
    again = reanchor(found, dct)
    assert [e.value for e in again] == [e.value for e in found]
