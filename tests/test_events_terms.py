"""Key words meet across the forms a word takes: two outlets telling one event say "killed" and
"killing", "arrested" and "arrest", "fell" and "fallen"; stop words and numbers are compared as
written."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.analysis import build_timeline
from timeline.corpus import document_from_text
from timeline.corpus.metadata import Metadata
from timeline.events import terms


@pytest.mark.parametrize(
    ("words", "stem"),
    [
        (["killed", "killing", "kills"], "kill"),
        (["arrested", "arrests", "Arrest"], "arrest"),
        (["inspection", "inspections", "Inspections'"], "inspect"),
        (["Ofsted's", "Ofsted"], "ofst"),
        (["councillors", "Councillor’s"], "councillor"),
        (["fell", "fallen", "falls", "falling"], "fall"),
        (["shot", "shooting", "shoots"], "shoot"),
        (["struck", "striking", "strikes"], "strike"),
        (["fled", "flees", "fleeing"], "flee"),
    ],
)
def test_forms_of_one_word_fold_to_one_key(words: list[str], stem: str) -> None:
    assert {terms.fold(w) for w in words} == {stem}


@pytest.mark.parametrize("word", ["years", "said", "yesterday", "year-old", "2,000", "9/11"])
def test_stop_words_and_words_with_digits_or_hyphens_are_kept_as_written(word: str) -> None:
    assert terms.fold(word) == terms._plain(word)


@pytest.mark.parametrize("word", ["wound", "found", "left", "lost", "felt", "met", "fed"])
def test_past_forms_that_are_words_of_their_own_keep_their_sense(word: str) -> None:
    assert terms.fold(word) == word


def test_two_outlets_telling_one_fall_in_two_tenses_make_one_event() -> None:
    published = dt.date(2013, 9, 16)
    a = document_from_text(
        "The climber fell to his death on Saturday.\n", "a", "a.txt", Metadata(published=published, source="Daily News")
    )
    b = document_from_text(
        "Rescuers said the climber had fallen on Saturday.\n",
        "b",
        "b.txt",
        Metadata(published=published, source="The Courier"),
    )
    events = build_timeline([a, b]).events
    assert [(e.date.value, sorted(e.sources)) for e in events] == [("2013-09-14", ["a", "b"])]


def test_two_outlets_telling_one_killing_in_different_word_forms_make_one_event() -> None:
    published = dt.date(2013, 9, 16)
    a = document_from_text(
        "Officers arrested a suspect on Saturday over the killing.\n",
        "a",
        "a.txt",
        Metadata(published=published, source="Daily News"),
    )
    b = document_from_text(
        "The arrest of a suspect followed on Saturday: he killed, police believe.\n",
        "b",
        "b.txt",
        Metadata(published=published, source="The Courier"),
    )
    events = build_timeline([a, b]).events
    assert [(e.date.value, sorted(e.sources)) for e in events] == [("2013-09-14", ["a", "b"])]
