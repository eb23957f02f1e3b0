"""Each word table of ``timeline/people/lexicon.py`` with the sentences it is there for."""

from __future__ import annotations

import pytest

from timeline.people import analyse_people
from timeline.people.recognise import find_names


def names(text: str) -> list[str]:
    return [n.text for n in find_names(text)]


def person_names(text: str) -> list[str]:
    return [p.name or p.surname for p in analyse_people("d", text).people]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # TITLES: courtesy titles, offices and ranks, with or without a full stop (DOTTED)
        ("Cllr Trudy Dean and Mr Peter Gilroy met.", ["Cllr Trudy Dean", "Mr Peter Gilroy"]),
        ("Mr. LaRue died. Gov. Tom Halvorsen spoke.", ["Mr. LaRue", "Gov. Tom Halvorsen"]),
        ("Det. Sgt. Ann Lee and Lt. Col. Ray Dunn arrived.", ["Sgt. Ann Lee", "Col. Ray Dunn"]),
        # NOT_AFTER_TITLE: a title and a role word are a role, nobody
        ("The Lord Mayor and the Judge Advocate General arrived.", []),
        # TITLE_SURNAMES: after a first name the title word is the surname
        ("Billy King and Aaron Judge met Stephen Bishop.", ["Billy King", "Aaron Judge", "Stephen Bishop"]),
        # GIVEN_NAME_TITLES: the lone word after Sir, Dame, Prince is a given name
        (
            "Sir Keith Starmer spoke; later Sir Keith left. Prince Harry waved.",
            ["Sir Keith Starmer", "Sir Keith", "Prince Harry"],
        ),
        # PLACE_PREFIXES: the words after one are a place
        ("From San Diego to Santa Rosa, Fort Smith and Los Angeles.", []),
        # NAME_PARTICLES: inside a surname, never a first name
        ("Police said Gaetano Lo Presti was held; Le Monde reported it.", ["Gaetano Lo Presti"]),
        # SUFFIXES: part of the written name, not the surname
        ("Anthony LaCalamita III, 38, was charged.", ["Anthony LaCalamita III"]),
        # SURNAMES_TOO: a month or word after a first name or title, never alone
        (
            "Theresa May met Mrs May in May. April Jones, a pupil, vanished in April.",
            ["Theresa May", "Mrs May", "April Jones"],
        ),
        # NOT_FIRST_NAMES: first names that are also words need evidence
        (
            "Will Brand said he would. Hope Street is closed. Jordan Henderson, 31, scored.",
            ["Will Brand", "Jordan Henderson"],
        ),
        # NOT_NAMES: function words, demonyms and nouns never in a name
        ("Although Gupta agreed, Englishman Buckley and Brooklyn Mother Zena were not.", []),
        # ORG_WORDS and their plurals: heads of bodies and places
        ("Kent County Council met at Beverly Hills and the Betty Ford Center.", []),
        # ESTABLISHMENTS: a name before one in lower case is the establishment
        ("She bought it at the Harry Winston store.", []),
        # NOT_NAME_ENDINGS: unknown first words ending so are adjectives or adverbs
        ("The Geological Survey said Typically Microsoft waits.", []),
        # GIVEN_NAME_PREFIXES: a capital inside a given name only after these
        ("LeBron James, 28, scored. SeaMicro Calxeda said so. MacBook Pro sales rose.", ["LeBron James"]),
    ],
)
def test_tables(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_role_nouns_and_speech_verbs_are_evidence_for_unknown_first_names() -> None:
    assert names("It is daunting, said American Technology Research analyst Shaw Wu.") == ["Shaw Wu"]
    assert names("Zorblat Quenton arrived.") == []
    assert names("Hengky Tewu, a hospital director, said so.") == ["Hengky Tewu"]


def test_courtesy_titles_stay_in_the_form_and_offices_become_roles() -> None:
    people = analyse_people("d", "Cllr Trudy Dean met Health Secretary Andrew Lansley.").people
    assert [(p.forms, p.roles) for p in people] == [
        (("Cllr Trudy Dean",), ()),
        (("Andrew Lansley",), ("Health Secretary",)),
    ]


def test_person_names_are_written_names_without_titles() -> None:
    assert person_names("LA Superior Court Judge James R. Dabney heard it. Dabney ruled.") == ["James R. Dabney"]
