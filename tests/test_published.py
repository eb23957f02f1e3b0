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
    assert (doc.published, doc.published_estimated) == (dt.date(2011, 5, 12), True)
    assert doc.published_evidence == "estimated from the text: dateline: 'Published: 12 May 2011'"


def test_a_date_beside_today():
    doc = infer_published(_doc("The report of 2 March 2011 was read. Today, 9 March 2011, the council met."))
    assert doc.published == dt.date(2011, 3, 9)
    assert "today" in doc.published_evidence


def test_otherwise_the_latest_full_date():
    doc = infer_published(_doc("The inquiry opened on 3 February 2010 and closed on 14 April 2010."))
    assert doc.published == dt.date(2010, 4, 14)
    assert (
        doc.published_evidence == "estimated from the text: the latest full date the article mentions ('14 April 2010')"
    )


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
