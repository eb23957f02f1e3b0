"""One incident told on two consecutive days is one event when the two statements share four
key words: an attack that one outlet dates Thursday and another, in another time zone, Friday; a
night that runs past midnight. Two days no more than that, and never a clock time on one day with
a plain day before it."""

from __future__ import annotations

import datetime as dt

from timeline.analysis import build_timeline
from timeline.corpus import document_from_text
from timeline.corpus.metadata import Metadata


def _events(*texts: str, published: dt.date = dt.date(2011, 11, 12)) -> list[tuple[str, list[str]]]:
    """(date, sources) of the events of articles a, b, ... ."""
    docs = [
        document_from_text(text, chr(ord("a") + i), f"{chr(ord('a') + i)}.txt", Metadata(published=published))
        for i, text in enumerate(texts)
    ]
    return [(e.date.value, sorted(e.sources)) for e in build_timeline(docs).events]


def test_one_attack_dated_on_two_consecutive_days_is_one_event() -> None:
    assert _events(
        "An Indian warship foiled a pirate attack on merchant vessels in the Gulf of Aden on Thursday.\n",
        "An Indian warship foiled a pirate attack on merchant vessels in the Gulf of Aden on Friday.\n",
    ) == [("2011-11-10", ["a", "b"])]


def test_two_consecutive_days_with_fewer_than_four_key_words_in_common_stay_two_events() -> None:
    assert _events(
        "Police arrested a man on Thursday.\n",
        "Police arrested a man on Friday.\n",
    ) == [("2011-11-10", ["a"]), ("2011-11-11", ["b"])]


def test_an_event_covers_two_days_at_most() -> None:
    told = "An Indian warship foiled a pirate attack on merchant vessels in the Gulf of Aden on {}.\n"
    assert _events(told.format("Wednesday"), told.format("Thursday"), told.format("Friday")) == [
        ("2011-11-09", ["a", "b"]),
        ("2011-11-11", ["c"]),
    ]


def test_a_night_and_the_small_hours_after_it_are_one_event() -> None:
    assert _events(
        "A woman was killed by a hit-and-run driver in Queens last night, police said.\n",
        "A woman was killed by a hit-and-run driver in Queens at 1:30 a.m. on Saturday, police said.\n",
    ) == [("2011-11-12T01:30", ["a", "b"])]  # dated to the finest moment given


def test_a_clock_time_and_the_plain_day_before_it_stay_two_events() -> None:
    assert _events(
        "An Indian warship foiled a pirate attack on merchant vessels in the Gulf of Aden on Thursday.\n",
        "An Indian warship foiled a pirate attack on merchant vessels in the Gulf of Aden at 9 a.m. on Friday.\n",
    ) == [("2011-11-10", ["a"]), ("2011-11-11T09:00", ["b"])]


def test_the_last_day_of_a_month_meets_the_first_of_the_next() -> None:
    assert _events(
        "An Indian warship foiled a pirate attack on merchant vessels in the Gulf of Aden on 31 October.\n",
        "An Indian warship foiled a pirate attack on merchant vessels in the Gulf of Aden on 1 November.\n",
    ) == [("2011-10-31", ["a", "b"])]


def test_an_event_told_on_two_days_says_which_source_gives_which_day() -> None:
    docs = [
        document_from_text(text, doc_id, f"{doc_id}.txt", Metadata(published=dt.date(2011, 11, 12), source=outlet))
        for doc_id, text, outlet in (
            (
                "a",
                "An Indian warship foiled a pirate attack on merchant vessels in the Gulf of Aden on Thursday.\n",
                "PTI",
            ),
            (
                "b",
                "An Indian warship foiled a pirate attack on merchant vessels in the Gulf of Aden on Friday.\n",
                "AFP",
            ),
        )
    ]
    (event,) = build_timeline(docs).events
    assert [(d.kind, d.detail, d.documents) for d in event.disagreements] == [
        (
            "date",
            "sources date what reads as the same event differently: 10 November 2011 (PTI); 11 November 2011 (AFP)",
            ("a", "b"),
        )
    ]


def test_a_statement_of_one_of_the_two_days_joins_the_event_told_over_both() -> None:
    # 12 November 2011 was a Saturday: a dates the attack Thursday, b Friday (another time zone),
    # and c tells the attack on Thursday in too few words of a's to join a day apart from it.
    assert _events(
        "An Indian warship foiled a pirate attack on merchant vessels in the Gulf of Aden on Friday.\n",
        "An Indian warship foiled a pirate attack on merchant vessels in the Gulf of Aden on Thursday.\n",
        "The pirate attack on Thursday was foiled, the navy said in Mumbai.\n",
    ) == [("2011-11-11", ["a", "b", "c"])]
