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


def _events_of_two_outlets(first: str, second: str) -> list[tuple[str, list[str]]]:
    """(date, sources) of the events of two articles published on Monday 16 September 2013."""
    published = dt.date(2013, 9, 16)
    docs = [
        document_from_text(text + "\n", doc_id, f"{doc_id}.txt", Metadata(published=published, source=outlet))
        for doc_id, text, outlet in (("a", first, "Daily News"), ("b", second, "The Courier"))
    ]
    return [(e.date.value, sorted(e.sources)) for e in build_timeline(docs).events]


def test_two_outlets_telling_one_fall_in_two_tenses_make_one_event() -> None:
    assert _events_of_two_outlets(
        "The climber fell to his death on Saturday.", "Rescuers said the climber had fallen on Saturday."
    ) == [("2013-09-14", ["a", "b"])]


def test_two_outlets_telling_one_killing_in_different_word_forms_make_one_event() -> None:
    assert _events_of_two_outlets(
        "Officers arrested a suspect on Saturday over the killing.",
        "The arrest of a suspect followed on Saturday: he killed, police believe.",
    ) == [("2013-09-14", ["a", "b"])]


@pytest.mark.parametrize(
    ("words", "key"),
    [
        (["quake", "earthquake", "temblor", "tremors"], "earthquak"),
        (["died", "death", "dead", "dies"], "die"),
        (["acquired", "acquisition", "bought", "purchase", "takeover"], "buy"),
        (["killed", "slain", "slaying"], "kill"),
        (["injured", "injuries", "wounded"], "wound"),
        (["piracy", "pirates"], "pirat"),
        (["arrested", "detained", "detention"], "arrest"),
    ],
)
def test_words_that_tell_one_kind_of_happening_fold_to_one_key(words: list[str], key: str) -> None:
    assert {terms.fold(w) for w in words} == {key}


@pytest.mark.parametrize("word", ["fire", "fired", "blast", "hurt"])
def test_words_with_several_senses_are_not_taken_for_another(word: str) -> None:
    assert terms.fold(word) == terms._stem(word)


def test_two_outlets_telling_one_quake_in_different_words_make_one_event() -> None:
    assert _events_of_two_outlets(
        "A quake shook Healdsburg on Saturday.",
        "The temblor was centred near Healdsburg on Saturday.",
    ) == [("2013-09-14", ["a", "b"])]


def test_two_outlets_telling_one_takeover_in_different_words_make_one_event() -> None:
    assert _events_of_two_outlets(
        "Hewlett-Packard agreed on Monday to buy EYP.",
        "The acquisition of EYP was announced on Monday.",
    ) == [("2013-09-16", ["a", "b"])]
