"""The sources pane: an article's passages sit under one heading, in article order."""

from __future__ import annotations

import datetime as dt

from timeline.model import (
    Anchoring,
    Document,
    Event,
    EventDate,
    EventMention,
    Granularity,
    Interval,
    Span,
    TemporalExpression,
    Timeline,
    TimexType,
)
from tui.widgets.excerpt_pane import describe

TEXT = "The inspection came at the end of last year. Later, last year's report was damning."


def _mention(start: int, end: int, timex_text: str, doc: str = "kos") -> EventMention:
    at = TEXT.index(timex_text)
    timex = TemporalExpression(
        timex_text,
        Span(at, at + len(timex_text)),
        TimexType.DATE,
        "2010",
        None,
        Granularity.YEAR,
        Interval(dt.date(2010, 1, 1), dt.date(2010, 12, 31)),
        Anchoring.PUBLICATION,
        f"{timex_text} → 2010: the year before publication",
    )
    return EventMention(doc, Span(start, end), TEXT[start:end], timex)


def _described(doc: Document, *mentions: EventMention) -> str:
    """The sources pane's text for an event of 2010 told by ``mentions`` of ``doc``."""
    event = Event(
        "e1",
        EventDate("2010", TimexType.DATE, None, Granularity.YEAR, mentions[0].timex.interval),
        "The inspection",
        mentions=mentions,
    )
    return describe(Timeline(documents=(doc,), events=(event,)), event).plain


def test_two_passages_of_one_article_share_its_heading():
    first = _mention(0, 44, "the end of last year")
    second = _mention(45, len(TEXT), "last year's")
    doc = Document(
        "kos",
        "/news/kos.txt",
        TEXT,
        title="Inspection row",
        source="Kent on Sunday",
        published=dt.date(2011, 6, 5),
        published_estimated=True,
        published_evidence="a Sunday paper",
    )
    text = _described(doc, second, first)
    assert text.count("Kent on Sunday · Inspection row") == 1
    assert text.count("why: a Sunday paper") == 1
    assert text.index("“The inspection came") < text.index("“Later, last year's report")


def test_a_date_the_page_gives_shows_what_it_rests_on_and_is_no_estimate():
    mention = _mention(0, 44, "the end of last year")
    doc = Document(
        "kos",
        "/news/kos.txt",
        TEXT,
        title="Inspection row",
        published=dt.date(2011, 6, 5),
        published_estimated=False,
        published_evidence="given by the page: dateline: 'Published: 5 June 2011'",
    )
    text = _described(doc, mention)
    assert "published 5 Jun 2011\n" in text and "(estimated)" not in text
    assert "why: given by the page: dateline: 'Published: 5 June 2011'" in text
