"""Reading and writing TimeML."""

import datetime as dt

import pytest

from timeline.export.timeml import TimeMLError, read_timeml, write_timeml
from timeline.model import Anchoring, Span, TemporalExpression, TimexType
from timeline.temporal import tag

SAMPLE = """<?xml version="1.0" ?>
<TimeML>
<DOCID>wsj_0001</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1989-11-02" temporalFunction="false" functionInDocument="CREATION_TIME">11/02/89</TIMEX3></DCT>
<TEXT>
Profit in the <TIMEX3 tid="t1" type="DATE" value="1989-Q3">third quarter</TIMEX3> rose
<EVENT eid="e1" class="OCCURRENCE">sharply</EVENT> for <TIMEX3 tid="t2" type="DURATION" value="P9M" mod="APPROX">about <EVENT>nine</EVENT> months</TIMEX3> &amp; more.
</TEXT>
</TimeML>
"""


def test_read_gives_text_offsets_and_attributes():
    doc = read_timeml(SAMPLE)
    assert doc.doc_id == "wsj_0001"
    assert doc.dct == dt.date(1989, 11, 2)
    assert [(t.text, t.type, t.value, t.mod) for t in doc.timexes] == [
        ("third quarter", "DATE", "1989-Q3", None),
        ("about nine months", "DURATION", "P9M", "APPROX"),
    ]
    for timex in doc.timexes:
        assert doc.text[timex.span.start : timex.span.end] == timex.text
    assert doc.text.endswith("& more.\n")


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("<TimeML><TEXT>unclosed</TimeML>", "not well-formed XML"),
        ("<TimeML><DOCID>x</DOCID></TimeML>", "no TEXT element"),
    ],
)
def test_unusable_files_raise_a_clear_error(source, message):
    with pytest.raises(TimeMLError, match=message):
        read_timeml(source)


def test_written_timeml_reads_back_to_the_same_annotations():
    text = 'On Friday, <Smith> & "Jones" said prices rose 5% last year, as in 2008.'
    dct = dt.date(2011, 4, 10)
    found = tag(text, dct)
    back = read_timeml(write_timeml("doc1", dct, text, found))
    assert back.text == text
    assert back.dct == dct
    assert [(t.span, t.text, t.type, t.value) for t in back.timexes] == [
        (e.span, e.text, e.type.value, e.value) for e in found
    ]


def test_overlapping_expressions_keep_the_first():
    text = "the end of last year"
    first = TemporalExpression(text, Span(0, 20), TimexType.DATE, "2010", "END", anchoring=Anchoring.PUBLICATION)
    inner = TemporalExpression("last year", Span(11, 20), TimexType.DATE, "2010")
    back = read_timeml(write_timeml("d", dt.date(2011, 4, 10), text, [first, inner]))
    assert [(t.text, t.mod) for t in back.timexes] == [(text, "END")]


def test_anaphoric_expressions_point_at_their_anchor():
    text = "It began on 3 March 2010. The following day it spread."
    xml = write_timeml("d", dt.date(2011, 4, 10), text, tag(text, dt.date(2011, 4, 10)))
    assert '<TIMEX3 tid="t1" type="DATE" value="2010-03-03" temporalFunction="false"' in xml
    assert (
        'value="2010-03-04" temporalFunction="true" functionInDocument="NONE" anchorTimeID="t1">The following day<'
        in xml
    )


@pytest.mark.parametrize(
    ("text", "dct", "values"),
    [
        # No publication date: each value as far as its words fix it.
        (
            "He left last November, came back on Friday and again on 3 March and in the third quarter.",
            None,
            ["XXXX-11", "XXXX-WXX-5", "XXXX-03-03", "XXXX-Q3"],
        ),
        ("Sales fell last year and rose this week.", None, ["XXXX", "XXXX-WXX"]),
        (
            "In the first half of last year, and last weekend, at 11pm yesterday.",
            None,
            ["XXXX-H1", "XXXX-WXX-WE", "XXXX-XX-XXT23:00"],
        ),
        # A count of months from a year whose month is not given.
        ("He was jailed in 2009 and released nine months later.", dt.date(2024, 3, 14), ["2009", "XXXX-XX"]),
    ],
)
def test_unresolved_expressions_get_timeml_placeholder_values(text, dct, values):
    back = read_timeml(write_timeml("d", dct, text, tag(text, dct)))
    assert [t.value for t in back.timexes] == values
