"""Events that respect their evidence: one moment told twice in a sentence is one statement,
incompatible dates never end up in one event, a past-tense statement dated after publication is
doubtful, and notes name outlets."""

from __future__ import annotations

import datetime as dt

from timeline.analysis import build_timeline
from timeline.corpus import document_from_text
from timeline.corpus.metadata import Metadata
from timeline.timex.dates import display


def _doc(doc_id: str, text: str, published: dt.date, source: str | None = None):
    return document_from_text(text, doc_id, f"{doc_id}.txt", Metadata(published=published, source=source))


def test_a_weekday_evening_and_its_clock_time_are_one_statement_at_the_finest_reading():
    doc = _doc(
        "a", "The council met on Tuesday evening and the vote came at 7 p.m., officials said.\n", dt.date(2011, 4, 10)
    )
    events = build_timeline([doc]).events
    assert [(e.date.value, [m.timex.text for m in e.mentions]) for e in events] == [
        ("2011-04-05T19:00", ["Tuesday evening", "7 p.m."])
    ]


def test_a_part_of_the_day_the_words_give_dates_the_event():
    published = dt.date(2013, 1, 4)
    morning = _doc("a", "A man was arrested in Queens on Thursday morning, police said.\n", published)
    evening = _doc("b", "A man was arrested in Queens on Thursday evening, police said.\n", published)
    plain = _doc("c", "A man was arrested in Queens on Thursday, police said.\n", published)
    events = build_timeline([morning, evening, plain]).events
    assert [(e.date.value, display(e.date), e.sources) for e in events] == [
        ("2013-01-03TMO", "morning of 3 January 2013", ("a", "c")),
        ("2013-01-03TEV", "evening of 3 January 2013", ("b",)),
    ]


def test_two_days_are_never_one_event_through_a_coarser_date():
    text_a = "The Ofsted inspection of Kent children's services began on 3 March 2011, inspectors said.\n"
    text_b = "The Ofsted inspection of Kent children's services was criticised in 2011, inspectors said.\n"
    text_c = "The Ofsted inspection of Kent children's services began on 9 March 2011, inspectors said.\n"
    published = dt.date(2011, 4, 1)
    timeline = build_timeline(
        [_doc("a", text_a, published), _doc("b", text_b, published), _doc("c", text_c, published)]
    )
    for event in timeline.events:
        days = {m.timex.value for m in event.mentions if m.timex.granularity and m.timex.granularity.value == "day"}
        assert len(days) <= 1, f"{event.date.value} holds {sorted(days)}"


def test_a_past_tense_statement_dated_after_publication_is_doubtful():
    doc = _doc(
        "a", "The director resigned on 3 May 2011, the council said.\n", dt.date(2011, 4, 10), source="Kent News"
    )
    (event,) = build_timeline([doc]).events
    assert [(d.kind, d.detail) for d in event.disagreements] == [
        (
            "doubtful",
            "Kent News tells this in the past tense but dates it 2011-05-03, after it was published on 10 April 2011",
        )
    ]


def test_a_statement_that_looks_ahead_is_not_doubtful():
    doc = _doc("a", "The director will resign on 3 May 2011, the council said.\n", dt.date(2011, 4, 10))
    (event,) = build_timeline([doc]).events
    assert event.disagreements == ()


def test_a_plan_told_in_the_past_perfect_is_not_doubtful():
    doc = _doc("a", "The council had voted March 5 to close the branch in June.\n", dt.date(2024, 4, 3))
    assert [(e.date.value, e.disagreements) for e in build_timeline([doc]).events] == [
        ("2024-03-05", ()),
        ("2024-06", ()),
    ]


def test_a_name_given_in_full_in_one_source_and_by_surname_in_another_is_no_spelling_disagreement():
    a = _doc(
        "a", "Mayor Dana Whitcombe proposed the library closure in January 2024.\n", dt.date(2024, 3, 6), "Tribune"
    )
    b = _doc(
        "b", "Mayor Whitcombe first proposed the library closure in January 2024.\n", dt.date(2024, 3, 7), "Ledger"
    )
    (event,) = build_timeline([a, b]).events
    assert (event.sources, event.disagreements) == (("a", "b"), ())


def test_a_given_name_after_a_title_is_no_spelling_disagreement_but_another_surname_is():
    told = " said the action plan was published on 12 November 2012.\n"
    a = _doc("a", "Dame Patricia Orme, the trust's chairman," + told, dt.date(2012, 11, 15))
    b = _doc("b", "Dame Patricia" + told, dt.date(2012, 11, 16))
    c = _doc("c", "Dame Patricia Ormes, the trust's chairman," + told, dt.date(2012, 11, 16))
    (event,) = build_timeline([a, b]).events
    assert event.disagreements == ()
    (event,) = build_timeline([a, c]).events
    assert [d.kind for d in event.disagreements] == ["spelling"]


def test_date_disagreements_name_the_outlets():
    a = _doc(
        "a",
        "Councillor Jane Holt said the library closure vote was held on 3 March 2011.\n",
        dt.date(2011, 4, 1),
        "Kent Messenger",
    )
    b = _doc(
        "b",
        "Councillor Jane Holt said the library closure vote was held on 3 March 2010.\n",
        dt.date(2011, 4, 1),
        "BBC News",
    )
    details = [d.detail for e in build_timeline([a, b]).events for d in e.disagreements if d.kind == "date"]
    assert details == [  # each event's own date first, then the other
        "sources date what reads as the same event differently: 3 March 2010 (BBC News); 3 March 2011 (Kent Messenger)",
        "sources date what reads as the same event differently: 3 March 2011 (Kent Messenger); 3 March 2010 (BBC News)",
    ]


def test_the_clause_a_date_is_measured_from_tells_another_event():
    a = _doc(
        "a",
        "The trust's chief executive, Sir Geoffrey Hale, resigned yesterday, a week after inspectors "
        "from the Care Quality Commission found patients left unwashed.\n",
        dt.date(2012, 10, 17),
    )
    b = _doc("b", "Failings were found by the Care Quality Commission inspectors in October.\n", dt.date(2012, 11, 15))
    c = _doc("c", "Sir Geoffrey Hale resigned as the trust's chief executive last month.\n", dt.date(2012, 11, 15))
    events = build_timeline([a, b, c]).events
    assert [(e.date.value, e.sources) for e in events] == [("2012-10", ("b",)), ("2012-10-16", ("a", "c"))]


def test_a_nickname_used_by_another_source_is_no_spelling_disagreement():
    a = _doc(
        "a",
        'Fire Chief Robert "Bobby" Delacroix said the warehouse fire on 9 September 2023 was arson.\n',
        dt.date(2023, 9, 14),
    )
    b = _doc(
        "b", "Fire Chief Bobby Delacroix said the warehouse fire on 9 September 2023 was arson.\n", dt.date(2023, 9, 20)
    )
    (event,) = build_timeline([a, b]).events
    assert (event.sources, event.disagreements) == (("a", "b"), ())


def test_a_nickname_for_the_given_name_is_no_spelling_disagreement():
    text = "{}, the county treasurer, resigned on 3 June 2013 after the audit.\n"
    a = _doc("a", text.format("Bill Dwyer"), dt.date(2013, 6, 7))
    b = _doc("b", text.format("William Dwyer"), dt.date(2013, 6, 7))
    (event,) = build_timeline([a, b]).events
    assert (event.sources, event.disagreements) == (("a", "b"), ())


def test_two_dates_one_article_tells_apart_in_one_sentence_are_no_disagreement():
    a = _doc(
        "a",
        "Sheriff Margaret Okonkwo said police arrested a man on Tuesday in connection with "
        "the Sept. 9 warehouse fire.\n",
        dt.date(2023, 9, 20),
        "Fresno Daily",
    )
    b = _doc(
        "b",
        "Sheriff Margaret Okonkwo said the man arrested in connection with the warehouse fire was held on Tuesday.\n",
        dt.date(2023, 9, 21),
        "KSEE 24",
    )
    events = build_timeline([a, b]).events
    assert [(e.date.value, e.sources, e.disagreements) for e in events] == [
        ("2023-09-09", ("a",), ()),
        ("2023-09-19", ("a", "b"), ()),
    ]


def test_a_date_disagreement_groups_the_sources_by_the_date_they_give():
    told = "Councillor Jane Holt said the library closure vote was held on 3 March {}.\n"
    outlets = ["Kent Messenger", "Kent Online", "BBC News", "ITV Meridian", "The Guardian"]
    docs = [
        _doc(f"d{i}", told.format(2011) + f"Page {i + 2}.\n", dt.date(2011, 4, 1), name)
        for i, name in enumerate(outlets)
    ]
    docs.append(_doc("late", told.format(2010), dt.date(2011, 4, 1), "Sky News"))
    events = build_timeline(docs).events
    first = next(e for e in events if e.date.value == "2011-03-03")
    assert [d.detail for d in first.disagreements if d.kind == "date"] == [
        "sources date what reads as the same event differently: 3 March 2011 (Kent Messenger, Kent Online, "
        "BBC News and 2 more); 3 March 2010 (Sky News)"
    ]


def test_the_by_line_names_the_author_kept_on_the_document_never_a_participant():
    text = (
        "Council cuts\nBy Jane Smith, Political Reporter\n\nCouncillor Paul Carter said on Monday the budget was set.\n"
    )
    timeline = build_timeline([_doc("a", text, dt.date(2011, 4, 13))])
    (document,) = timeline.documents
    assert document.authors == ("Jane Smith",)
    assert [p.name for p in timeline.people] == ["Paul Carter"]
    (event,) = timeline.events
    assert [timeline.person(pid).name for pid in event.people] == ["Paul Carter"]


def test_a_main_clause_dated_in_its_own_sentence_is_not_dated_again_from_its_anchor():
    # "a week after the council voted" relates the closing to the vote; the closing's own date is
    # Monday, so the sentence is one event on that Monday, not a second one a week later.
    doc = _doc(
        "a",
        "The city closed the school on Monday, a week after the council voted to approve the plan.\n",
        dt.date(2013, 8, 9),
    )
    events = build_timeline([doc]).events
    assert [(e.date.value, [m.timex.text for m in e.mentions]) for e in events] == [("2013-08-05", ["Monday"])]


def test_a_date_right_after_the_anchor_phrase_dates_the_anchor():
    doc = _doc(
        "a",
        "The board met on 1 March 2012. Dr Bright resigned two weeks after the board meeting on 1 March.\n",
        dt.date(2012, 4, 10),
    )
    events = build_timeline([doc]).events
    resignation = [e for e in events if any(m.timex.text == "two weeks" for m in e.mentions)]
    assert [(e.date.value, e.mentions[0].timex.explanation) for e in resignation] == [
        ("2012-03-15", "two weeks after the board meeting (dated 2012-03-01): 2012-03-15")
    ]


def _events(*texts: str, published: dt.date = dt.date(2013, 6, 7)) -> list[tuple[str, list[str], list[str]]]:
    """(date, sources, each mention's sentence) of the events of articles a, b, ... ."""
    docs = [_doc(chr(ord("a") + i), text, published) for i, text in enumerate(texts)]
    return [(e.date.value, sorted(e.sources), [m.excerpt for m in e.mentions]) for e in build_timeline(docs).events]


def test_a_day_and_a_time_on_it_meet_on_two_key_words():
    assert _events(
        "A 4.6 earthquake struck Sonoma County early Thursday, the survey said.\n",
        "The earthquake struck at 2:09 a.m. Thursday near Healdsburg.\n",
    ) == [
        (
            "2013-06-06T02:09",  # the finest moment the sources give
            ["a", "b"],
            [
                "A 4.6 earthquake struck Sonoma County early Thursday, the survey said.",
                "The earthquake struck at 2:09 a.m. Thursday near Healdsburg.",
            ],
        )
    ]


def test_two_statements_that_give_different_ages_are_two_events():
    assert _events(
        "A 36-year-old Australian climber died after a fall on Mount Cook on Saturday.\n",
        "A 32-year-old English climber died after a fall on Mount Sefton on Saturday.\n",
    ) == [
        ("2013-06-01", ["a"], ["A 36-year-old Australian climber died after a fall on Mount Cook on Saturday."]),
        ("2013-06-01", ["b"], ["A 32-year-old English climber died after a fall on Mount Sefton on Saturday."]),
    ]


def test_two_statements_that_give_the_same_age_may_be_one_event():
    assert _events(
        "A 36-year-old Australian climber died after a fall on Mount Cook on Saturday.\n",
        "The 36-year-old climber died after a fall from a ridge on Saturday.\n",
    ) == [
        (
            "2013-06-01",
            ["a", "b"],
            [
                "A 36-year-old Australian climber died after a fall on Mount Cook on Saturday.",
                "The 36-year-old climber died after a fall from a ridge on Saturday.",
            ],
        )
    ]


def test_two_groups_of_one_article_that_read_as_one_event_across_articles_meet_in_one_event():
    # The article's own grouping leaves its two sentences apart (no phrase, no person in common);
    # read as two articles would be, they share two key words (died, family): one death told twice.
    one_article = (
        "Esther Williams died on Thursday in Beverly Hills, her family said.\n\n"
        "Her family announced that the swimmer died in her sleep on Thursday.\n"
    )
    assert _events(one_article) == [
        ("2013-06-06", ["a"], ["Esther Williams died on Thursday in Beverly Hills, her family said."]),
        ("2013-06-06", ["a"], ["Her family announced that the swimmer died in her sleep on Thursday."]),
    ]
    assert _events(one_article, "Esther Williams died in her sleep on Thursday in Beverly Hills.\n") == [
        (
            "2013-06-06",
            ["a", "b"],
            [
                "Esther Williams died on Thursday in Beverly Hills, her family said.",
                "Her family announced that the swimmer died in her sleep on Thursday.",
                "Esther Williams died in her sleep on Thursday in Beverly Hills.",
            ],
        )
    ]


def test_an_article_that_tells_two_things_of_one_day_apart_keeps_them_two_events():
    assert _events(
        "The council closed the central library on Thursday.\n\nThe mayor resigned from the party on Thursday.\n",
        "On Thursday the mayor resigned from the party and the council closed the central library.\n",
    ) == [
        (
            "2013-06-06",
            ["a", "b"],
            [
                "The council closed the central library on Thursday.",
                "On Thursday the mayor resigned from the party and the council closed the central library.",
            ],
        ),
        ("2013-06-06", ["a"], ["The mayor resigned from the party on Thursday."]),
    ]


def test_a_year_takes_a_day_of_it_on_three_key_words_and_hands_it_the_day():
    published = dt.date(2011, 4, 10)
    assert _events(
        "The council closed the library in 2011, residents said.\n",
        "The council closed the library on 3 March 2011.\n",
        published=published,
    ) == [
        (
            "2011-03-03",
            ["a", "b"],
            [
                "The council closed the library in 2011, residents said.",
                "The council closed the library on 3 March 2011.",
            ],
        )
    ]
    assert _events(
        "The council closed a school in 2011, residents said.\n",
        "The council closed the library on 3 March 2011.\n",
        published=published,
    ) == [
        ("2011", ["a"], ["The council closed a school in 2011, residents said."]),
        ("2011-03-03", ["b"], ["The council closed the library on 3 March 2011."]),
    ]


def test_two_statements_at_one_clock_time_meet_on_one_key_word():
    published = dt.date(2013, 3, 15)
    assert _events(
        "The quake occurred at 2:09 a.m. on Thursday, 14 miles from Healdsburg.\n",
        "The quake struck at 2:09 a.m. on Thursday near Geyserville.\n",
        published=published,
    ) == [
        (
            "2013-03-14T02:09",
            ["a", "b"],
            [
                "The quake occurred at 2:09 a.m. on Thursday, 14 miles from Healdsburg.",
                "The quake struck at 2:09 a.m. on Thursday near Geyserville.",
            ],
        )
    ]
    assert _events(  # a day is no clock time: one word is not enough
        "The quake occurred on Thursday, 14 miles from Healdsburg.\n",
        "The quake struck on Thursday near Geyserville.\n",
        published=published,
    ) == [
        ("2013-03-14", ["a"], ["The quake occurred on Thursday, 14 miles from Healdsburg."]),
        ("2013-03-14", ["b"], ["The quake struck on Thursday near Geyserville."]),
    ]
