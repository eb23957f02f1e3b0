"""The headline of a plain-text article without a title in its metadata."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.corpus import document_from_text
from timeline.corpus.headline import is_metadata_line
from timeline.corpus.metadata import Metadata


def _title(text: str) -> str | None:
    return document_from_text(text, "a", "a.txt", Metadata(published=dt.date(2013, 8, 9))).title


@pytest.mark.parametrize(
    "line",
    [
        "Posted: 08/02/2013 6:12 PM EDT",
        "August 9, 2013",
        "Updated 6:12 PM EDT, July 9, 2014",
        "Posted: Mon 10 Apr 2011",
        "Published 12 May 2011 at 14:05 BST",
        "https://www.example-news.com/2013/08/02/council-vote/",
        "2013-08-02",
    ],
)
def test_a_dateline_or_an_address_is_metadata(line):
    assert is_metadata_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Council votes to close Lincoln Elementary",
        "2012 Olympics: ten things we learned",
        "Kent child protection services 'inadequate'",
        "May Day rally draws 5,000",
    ],
)
def test_a_headline_is_not_metadata(line):
    assert not is_metadata_line(line)


def test_the_headline_follows_the_dateline_and_the_address():
    text = (
        "Posted: 08/02/2013 6:12 PM EDT\n"
        "https://www.example-news.com/2013/08/02/council-vote/\n\n"
        "Council votes to close Lincoln Elementary\n\n"
        "The council voted at 7 p.m. Tuesday to approve the plan.\n"
    )
    assert _title(text) == "Council votes to close Lincoln Elementary"


def test_an_article_that_opens_with_its_first_paragraph_has_no_headline():
    text = (
        "August 9, 2013\n\n"
        "SPRINGFIELD — The city of Springfield closed Lincoln Elementary School on Monday, a week after "
        "the council voted to approve the plan.\n"
    )
    assert _title(text) is None


def test_two_sentences_on_the_first_line_are_running_text():
    assert _title("The council met. It voted to close the school.\n") is None
