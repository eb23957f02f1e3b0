"""Publication dates inferred from the text of undated articles."""

from __future__ import annotations

import datetime as dt

from timeline.analysis import analyse, build_timeline
from timeline.analysis.published import infer_published
from timeline.corpus import document_from_text


def _doc(text: str):
    return document_from_text(text, "a", "a.txt")


def test_a_dateline_wins():
    doc = infer_published(_doc("Council cuts\nPublished: 12 May 2011\n\nThe vote on 20 June 2011 is next."))
    assert (doc.published, doc.published_estimated) == (dt.date(2011, 5, 12), False)
    assert doc.published_evidence == "given by the page: dateline: 'Published: 12 May 2011'"


def test_a_date_beside_today():
    doc = infer_published(_doc("The report of 2 March 2011 was read. Today, 9 March 2011, the council met."))
    assert doc.published == dt.date(2011, 3, 9)
    assert "today" in doc.published_evidence


def test_otherwise_the_latest_full_date():
    doc = infer_published(_doc("The inquiry opened on 3 February 2010 and closed on 14 April 2010."))
    assert (doc.published, doc.published_estimated) == (dt.date(2010, 4, 14), True)
    assert (
        doc.published_evidence == "estimated from the text: the latest full date the article mentions ('14 April 2010')"
    )


def test_a_day_told_as_history_is_not_the_date_of_an_article_that_tells_of_later_years():
    # A biography: the only full date is a birth; "the 1950s" and "in 2006" were written later.
    text = (
        "Bettie Page, the pin-up model of the 1950s, has died. She was born on April 22, 1923, in "
        "Nashville. She gave her last interview in 2006."
    )
    doc = infer_published(_doc(text))
    assert (doc.published, doc.published_estimated) == (None, False)


def test_a_later_year_looked_ahead_to_does_not_undo_the_estimate():
    doc = infer_published(_doc("The plant closed on 14 April 2010. It will reopen in 2012."))
    assert doc.published == dt.date(2010, 4, 14)


def test_no_full_date_leaves_it_unknown():
    doc = infer_published(_doc("It happened in 2009 and again last year."))
    assert (doc.published, doc.published_estimated) == (None, False)


def test_relative_dates_resolve_against_the_inferred_date():
    analysis = analyse(_doc("The inquiry closed on 14 April 2010. Mr Smith resigned last year."))
    assert analysis.document.published == dt.date(2010, 4, 14)
    assert [t.value for t in analysis.expressions if t.text == "last year"] == ["2009"]


def test_metadata_dates_are_kept():
    from timeline.corpus.metadata import Metadata

    doc = document_from_text("It closed on 14 April 2010.", "a", "a.txt", Metadata(published=dt.date(2011, 1, 1)))
    timeline = build_timeline([doc])
    assert (timeline.documents[0].published, timeline.documents[0].published_estimated) == (dt.date(2011, 1, 1), False)


def _page(text: str, url: str | None = None):
    from timeline.corpus.metadata import Metadata

    return document_from_text(text, "a", "a.txt", Metadata(url=url))


def test_a_dateline_at_the_top_beats_a_later_date_in_the_text():
    doc = infer_published(
        _page(
            "Saints place Thomas on injured reserve\n\nWednesday, 05 January 2011\n\nThe game on 9 January 2011 is off.\n"
        )
    )
    assert doc.published == dt.date(2011, 1, 5)
    assert doc.published_evidence == "given by the page: dateline: 'Wednesday, 05 January 2011'"


def test_us_datelines_with_clock_times_and_zones():
    doc = infer_published(
        _page("Trial begins\n\nMonday, Sep 10, 2012 | Updated 9:01 AM EDT\n\nThe trial starts Monday.\n")
    )
    assert doc.published == dt.date(2012, 9, 10)
    doc = infer_published(_page("Headline\n\nUPDATED 05/03/2013 at 11:00 AM EDT\n\nShe checked in on Thursday.\n"))
    assert doc.published == dt.date(2013, 5, 3)  # month first: the page writes US times
    assert doc.published_evidence.endswith("(read month first, as the page writes its dates)")


def test_a_dateline_with_the_time_before_the_date_dates_the_article_and_is_no_event():
    text = (
        "Storm knocks out power\n\nBOSTON (AP) — Updated 6:12 PM EDT, March 14, 2023\n\n"
        "The nor'easter knocked out power to 200,000 homes on Tuesday.\n"
    )
    doc = infer_published(_page(text))
    assert doc.published == dt.date(2023, 3, 14)
    assert [e.date.value for e in build_timeline([_page(text)]).events] == ["2023-03-14"]


def test_a_numeric_dateline_follows_the_url_and_the_pages_own_date_order():
    doc = infer_published(_page("Headline\n\n05/02/2013\n\nShe arrived.\n", url="http://example.com/2013/05/02/story"))
    assert doc.published == dt.date(2013, 5, 2)
    doc = infer_published(_page("Headline\n\n05/02/2013\n\nBy May 1, 2013 she had left.\n"))
    assert doc.published == dt.date(2013, 5, 2)  # the page writes "May 1": month first
    doc = infer_published(_page("Headline\n\n05/02/2013\n\nBy 1 February 2013 she had left.\n"))
    assert doc.published == dt.date(2013, 2, 5)  # the page writes "1 February": day first


def test_a_date_in_the_url_when_the_page_has_no_dateline():
    doc = infer_published(_page("He was charged on Friday.\n", url="http://ktla.com/2013/05/03/lohan-may-miss-rehab/"))
    assert doc.published == dt.date(2013, 5, 3)
    assert (
        doc.published_evidence
        == "given by the page: the date in its URL (http://ktla.com/2013/05/03/lohan-may-miss-rehab/)"
    )


def test_a_date_looked_ahead_to_is_not_the_publication_date():
    doc = infer_published(_page("He was arrested on 2 March 2012. He will be sentenced on 14 May 2012.\n"))
    assert doc.published == dt.date(2012, 3, 2)


def test_an_article_left_undated_is_a_problem_that_says_what_it_costs():
    timeline = build_timeline([_page("He resigned last year and left on Monday, two days later.\n")])
    assert [p.message for p in timeline.problems] == [
        "no publication date found (no dateline, no date in its URL, no full date in the text): "
        "3 relative dates left unresolved, 0 dated; set one with --published FILE=DATE or d in the app"
    ]


def test_the_dateline_is_no_event():
    from timeline.corpus.metadata import Metadata

    text = "Council cuts\n\nPosted Dec 23, 2012\n\nThe council voted on 20 December 2012 to close the library.\n"
    doc = document_from_text(text, "a", "a.txt", Metadata(published=dt.date(2012, 12, 23)))
    assert [e.date.value for e in build_timeline([doc]).events] == ["2012-12-20"]


def test_a_wire_style_dateline_with_its_place_dates_the_article_and_is_no_event():
    text = (
        "City votes to close library branch\n\nPORTLAND, Ore. (AP) — March 3, 2017\n\n"
        "The council voted on Tuesday to close the branch.\n"
    )
    doc = infer_published(_page(text))
    assert doc.published == dt.date(2017, 3, 3)
    assert doc.published_evidence == "given by the page: dateline: 'PORTLAND, Ore. (AP) — March 3, 2017'"
    assert [e.date.value for e in build_timeline([_page(text)]).events] == ["2017-02-28"]
    doc = infer_published(_page("Headline\n\nLONDON (Reuters) - 4 May 2012\n\nShares fell on Thursday.\n"))
    assert doc.published == dt.date(2012, 5, 4)


def test_a_by_line_date_after_the_agency_or_place_it_is_filed_by_dates_the_article_and_is_no_event():
    for line, day in [
        ("AFP, Tuesday 2 Jul 2013", dt.date(2013, 7, 2)),
        ("INDONESIA, July 2, 2013", dt.date(2013, 7, 2)),
        ("Jakarta, 2 July 2013", dt.date(2013, 7, 2)),
        ("Tue Jul 02 2013, 14:58 hrs", dt.date(2013, 7, 2)),
    ]:
        text = f"Quake strikes Aceh\n\n{line}\n\nA strong earthquake struck Aceh on Monday, officials said.\n"
        doc = infer_published(_page(text))
        assert (doc.published, doc.published_evidence) == (day, f"given by the page: dateline: {line!r}")
        assert [e.date.value for e in build_timeline([_page(text)]).events] == ["2013-07-01"]


def test_a_sentence_with_a_full_date_after_a_comma_is_no_by_line():
    text = "Library closes\n\nThe council met, July 2, 2013\n\nThe branch closed on Monday.\n"
    assert [e.date.value for e in build_timeline([_page(text)]).events] == ["2013-07-01", "2013-07-02"]


def test_a_lead_sentence_after_a_wire_dateline_is_still_an_event():
    text = "Headline\n\nWASHINGTON, D.C. — The Senate passed the bill on 2 March 2012 after a long debate.\n"
    (event,) = build_timeline([_page(text)]).events
    # the place it was filed from is no part of the summary; the excerpt keeps the whole sentence
    assert (event.date.value, event.text) == (
        "2012-03-02",
        "The Senate passed the bill on 2 March 2012 after a long debate.",
    )
    assert event.mentions[0].excerpt.startswith("WASHINGTON, D.C. — ")


def test_a_sentence_telling_of_a_publication_is_an_event_not_a_dateline():
    text = "Plan out\n\nThe trust said its action plan was published on 12 November 2012.\n"
    assert [e.date.value for e in build_timeline([_page(text)]).events] == ["2012-11-12"]
    labelled = "Plan out\n\nFirst published on 12 November 2012\n\nThe trust said the plan was late.\n"
    assert [e.date.value for e in build_timeline([_page(labelled)]).events] == []
