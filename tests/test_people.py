"""People: recognition, rejection, roles, quotation speakers and alias linking."""

from __future__ import annotations

from timeline.corpus import document_from_text, load, seeds_dir
from timeline.people import analyse_people, find_people
from timeline.people.recognise import find_names


def names(text: str) -> list[str]:
    return [n.text for n in find_names(text)]


def test_titled_and_bare_full_names():
    assert names("Lib Dem leader Cllr Trudy Dean questioned it. Paul Carter [KCC leader] said so.") == [
        "Cllr Trudy Dean",
        "Paul Carter",
    ]


def test_names_inside_a_compound():
    assert names("in a month that has seen the Ed Balls/Sharon Shoesmith court case verdict") == [
        "Ed Balls",
        "Sharon Shoesmith",
    ]


def test_organisations_places_outlets_and_boilerplate_are_nobody():
    text = (
        "Kent County Council and KCC met Ofsted at the Court of Appeal. The Lib Dem group told KoS and "
        "BBC Radio Kent. Home Kent News Article. Close. Learn More. Vacancy rates. Image caption. "
        "Baby P. Wells Council met at St Anne's Hospital on Harlow Road in Haringey."
    )
    assert names(text) == []


def test_unknown_first_name_needs_a_title_or_a_role_elsewhere():
    assert names("New interim boss, Malcom Newson, arrived. Later Mr Newson spoke.") == ["Malcom Newson", "Mr Newson"]
    assert names("Zorblat Quenton arrived.") == []


def test_possessive_is_not_part_of_the_name():
    people = analyse_people("d", "Peter Gilroy retired. Mr Gilroy's report was read.")
    assert [p.forms for p in people.people] == [("Peter Gilroy", "Mr Gilroy")]


def test_short_form_and_pronoun_link_to_the_most_recent_full_name():
    text = 'Cllr Trudy Dean spoke. Mr Peter Gilroy left.\n\nCllr Dean said more.\n\nShe said: "We are waiting."'
    people = analyse_people("d", text)
    dean = next(i for i, p in enumerate(people.people) if p.surname == "Dean")
    assert people.people[dean].forms == ("Cllr Trudy Dean", "Cllr Dean")
    assert [s for _, s in people.quotes] == [dean]


def test_quotation_speakers_after_before_and_continued():
    text = (
        "Malcolm Newsam, the interim director, spoke.\n\n"
        '"We have made progress," said Mr Newsam.\n\n'
        '"There are still major risks," he said.\n\n'
        '"Never believe that you can fix things."\n\n'
        'Cllr Jenny Whittle said: "I cannot guess."'
    )
    people = analyse_people("d", text)
    speakers = [people.people[s].full if s is not None else None for _, s in people.quotes]
    assert speakers == ["Malcolm Newsam", "Malcolm Newsam", "Malcolm Newsam", "Jenny Whittle"]


def test_roles_before_and_after_the_name():
    text = (
        "Malcolm Newsam, KCC's social services chief, has warned. "
        "Interim director of families Mr Newsam told councillors."
    )
    person = analyse_people("d", text).people[0]
    assert person.roles == ("KCC's social services chief", "Interim director of families")


def _doc(doc_id: str, text: str):
    return document_from_text(text, doc_id, f"{doc_id}.txt")


def test_misspelling_across_sources_merged_when_role_agrees():
    a = _doc("a", "Interim director of families Malcolm Newsam spoke. Mr Newsam warned.")
    b = _doc("b", "New interim director, Malcom Newson, arrived. Mr Newson was appointed.")
    people = find_people([a, b])
    assert [(p.name, p.aliases) for p in people] == [("Malcolm Newsam", ("Mr Newsam", "Malcom Newson", "Mr Newson"))]


def test_misspelling_without_agreeing_context_is_kept_apart():
    a = _doc("a", "The striker Malcolm Newsam scored.")
    b = _doc("b", "The baker Malcom Newson baked.")
    assert sorted(p.name for p in find_people([a, b])) == ["Malcolm Newsam", "Malcom Newson"]


def test_two_people_sharing_a_surname_are_never_merged():
    a = _doc("a", "Council leader Paul Carter spoke. Council leader Jane Carter replied.")
    b = _doc("b", "Council leader Paul Clark spoke.")
    assert sorted(p.name for p in find_people([a, b])) == ["Jane Carter", "Paul Carter", "Paul Clark"]


def test_the_seeds_people():
    # Expected values from the seeds' gold annotation (gold/seeds.json, "people").
    people = {p.name: set(p.aliases) for p in find_people(load([seeds_dir()]).documents)}
    assert people == {
        "Trudy Dean": {"Cllr Trudy Dean", "Cllr Dean"},
        "Paul Carter": set(),
        "Jenny Whittle": {"Cllr Jenny Whittle"},
        "Chris Wells": {"Cllr Chris Wells", "Cllr Wells"},
        "Sharon Shoesmith": {"Ms Shoesmith"},
        "Ed Balls": set(),
        "Peter Gilroy": {"Mr Gilroy"},
        "Katherine Kerswell": set(),
        "Malcolm Newsam": {"Mr Newsam", "Malcom Newson", "Mr Newson"},
        "Keith Ferrin": {"Cllr Keith Ferrin"},
        "Rosalind Turner": set(),
    }


def test_a_person_like_string_on_every_line_and_thousands_of_people():
    def surname(i: int) -> str:
        letters = "".join("abcdefghijklmnopqrstuvwxyz"[(i // 26**k) % 26] for k in range(3))
        return "Mac" + letters.capitalize()  # MacBaa, MacCaa, ...

    lines = [f"Councillor Peter {surname(i)} said hello." for i in range(3000)]
    people = find_people([_doc("many", "\n\n".join(lines))])
    assert len(people) == 3000
    assert people[1].name == "Peter MacBaa"


def test_roles_stop_at_the_previous_name_and_at_verbs():
    text = (
        "Prime Minister David Cameron met Health Secretary Andrew Lansley. "
        "The newly appointed chief executive Sarah Jones spoke."
    )
    assert [(p.full, p.roles) for p in analyse_people("d", text).people] == [
        ("David Cameron", ("Prime Minister",)),
        ("Andrew Lansley", ("Health Secretary",)),
        ("Sarah Jones", ("chief executive",)),
    ]


def test_an_abbreviated_office_is_the_role_and_a_dateline_is_not_part_of_it():
    text = (
        "SPRINGFIELD, Ore. \u2014 Oregon Gov. Tom Halvorsen criticized the vote. "
        "PORTLAND, Maine \u2014 Mayor Dana Whitcombe said Tuesday the plan would go ahead. "
        "Det. Sgt. Ann Lee said the inquiry continues. Sen. Maria Cantwell said the bill would pass."
    )
    assert [(p.full, p.roles) for p in analyse_people("d", text).people] == [
        ("Tom Halvorsen", ("Oregon Gov.",)),
        ("Dana Whitcombe", ("Mayor",)),
        ("Ann Lee", ("Det. Sgt.",)),
        ("Maria Cantwell", ("Sen.",)),
    ]


def test_a_month_is_a_surname_only_after_a_title_or_a_first_name():
    text = "Theresa May met Mrs May in May. Last May, Brian May played. Early June saw Mr Gilroy leave."
    assert names(text) == ["Theresa May", "Mrs May", "Brian May", "Mr Gilroy"]


def test_first_name_table_is_cached_and_read_back(tmp_path, monkeypatch):
    from timeline.people import lexicon

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    lexicon._first_names.cache_clear()
    try:
        assert (lexicon.first_name_gender("Trudy"), lexicon.first_name_gender("Paul")) == ("f", "m")
        (cached,) = (tmp_path / "timeline-explorer").glob("first-names-*.pickle")
        lexicon._first_names.cache_clear()
        cached.write_bytes(b"not a pickle")  # a damaged cache is rebuilt, never trusted
        assert lexicon.first_name_gender("Trudy") == "f"
        assert lexicon.first_name_gender("Kent") is False
    finally:
        lexicon._first_names.cache_clear()


def test_single_quotation_marks_as_british_papers_use_them():
    from timeline.people.quotes import find_quotes

    text = (
        "Cllr Jane Porter, the cabinet member, spoke.\n\n"
        "‘We are seeing real changes in Kent’s services,’ said Cllr Porter.\n\n"
        "‘It isn’t over,’ she added.\n\n"
        "Mr Alan Hughes said: ‘The councillors’ report was clear.’\n\n"
        "In the ‘90s the service was praised, and the ‘post-mortem’ was promised."
    )
    quoted = [text[q.start : q.end] for q in find_quotes(text)]
    assert quoted == [
        "‘We are seeing real changes in Kent’s services,’",
        "‘It isn’t over,’",
        "‘The councillors’",
        "‘post-mortem’",
    ]  # a plural possessive closes early: the speaker still holds
    people = analyse_people("d", text)
    speakers = [people.people[s].full if s is not None else None for _, s in people.quotes]
    assert speakers == ["Jane Porter", "Jane Porter", "Alan Hughes", None]
