"""Bad input never raises; impossible dates are never emitted; no DCT means no silent anchoring."""

import datetime as dt

from timeline.model import Anchoring
from timeline.temporal import reanchor, tag


def test_empty_and_dateless_text():
    assert tag("", dt.date(2011, 4, 10)) == ()
    assert tag("No dates in here at all, just words.", dt.date(2011, 4, 10)) == ()


def test_a_megabyte_line_without_newline():
    text = ("word " * 200_000) + "on 1 April 2011 " + ("x" * 50_000)
    found = tag(text, dt.date(2011, 4, 10))
    assert [(e.text, e.value) for e in found] == [("1 April 2011", "2011-04-01")]


def test_control_characters_and_mixed_scripts():
    text = "\x00\x07Москва 東京 \u202e last year \x1b[31m 2008\ufeff on Friday\u0301"
    found = tag(text, dt.date(2011, 4, 10))
    assert [e.value for e in found][:2] == ["2010", "2008"]


def test_without_publication_date_relative_expressions_stay_symbolic():
    found = tag("Last year, in February 2009, on Friday.", None)
    assert [(e.text, e.anchoring) for e in found] == [
        ("Last year", Anchoring.UNRESOLVED),
        ("February 2009", Anchoring.ABSOLUTE),
        ("Friday", Anchoring.UNRESOLVED),
    ]
    last_year = found[0]
    assert last_year.value == "UNDEF-DCT:shift:year:-1"
    assert last_year.interval is None


def test_reanchor_on_a_corrected_publication_date():
    found = tag("On Wednesday he spoke. The evening before he wrote. Last year was hard.", None)
    again = reanchor(found, dt.date(2011, 6, 5))
    assert [(e.text, e.value) for e in again] == [
        ("Wednesday", "2011-06-01"),
        ("The evening before", "2011-05-31TEV"),
        ("Last year", "2010"),
    ]
    moved = reanchor(again, dt.date(2012, 1, 1))
    assert [e.value for e in moved] == ["2011-12-28", "2011-12-27TEV", "2011"]
    assert [e.span for e in moved] == [e.span for e in found]
