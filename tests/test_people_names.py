"""People in news copy, by kind of error fixed: short forms, unknown first names, titles and
roles, the parts of a name, places and organisations, headlines, by-lines, linking across
articles. Sentences are written the way UK and US papers write them."""

from __future__ import annotations

import pytest

from timeline.corpus import document_from_text
from timeline.people import analyse_people, find_people
from timeline.people.recognise import find_names


def names(text: str) -> list[str]:
    return [n.text for n in find_names(text)]


def people(text: str) -> dict[str, list[str]]:
    """Each person's written full name (else surname) -> the texts of its name mentions (a
    loose surname is somebody only if the corpus names one person so: not here)."""
    found = analyse_people("d", text)
    result: dict[str, list[str]] = {}
    for ref in found.refs:
        if not ref.pronoun and not found.people[ref.person].loose:
            person = found.people[ref.person]
            result.setdefault(person.name or person.surname, []).append(ref.text)
    return result


def _doc(doc_id: str, text: str):
    return document_from_text(text, doc_id, f"{doc_id}.txt")


# -- a surname, a title and surname, a title and given name: the person named in full ------------


def test_bare_surnames_and_possessives_are_the_person_named_before():
    text = (
        "Lindsay Lohan has left the clinic, her lawyer said on Thursday.\n\n"
        "Lohan’s attorney, Shawn Holley, spoke out. Holley said Lohan would comply."
    )
    assert people(text) == {
        "Lindsay Lohan": ["Lindsay Lohan", "Lohan", "Lohan"],
        "Shawn Holley": ["Shawn Holley", "Holley"],
    }


def test_a_headline_surname_before_the_full_name_is_that_person():
    text = "Lohan Checks Into Betty Ford Clinic\n\nLindsay Lohan checked into the Betty Ford Center on Thursday."
    assert people(text) == {"Lindsay Lohan": ["Lohan", "Lindsay Lohan"]}


def test_titles_with_a_surname_or_a_given_name():
    text = (
        "Frederick LaRue, a Nixon aide, was found dead in Biloxi. The coroner said Mr. LaRue died "
        "on Saturday.\n\nSen. Tom Smith met Dame Eleanor Bron. Later Sen. Smith thanked Dame Eleanor."
    )
    assert people(text) == {
        "Frederick LaRue": ["Frederick LaRue", "Mr. LaRue"],
        "Tom Smith": ["Tom Smith", "Sen. Smith"],
        "Eleanor Bron": ["Dame Eleanor Bron", "Dame Eleanor"],
    }


def test_a_surname_shared_by_two_people_goes_to_the_nearest_and_not_to_the_one_called_by_name():
    text = (
        "A jury found Scott Peterson guilty of killing his wife, Laci Peterson.\n\n"
        "Laci disappeared in 2002. Peterson, 32, showed no emotion."
    )
    assert people(text) == {
        "Scott Peterson": ["Scott Peterson", "Peterson"],
        "Laci Peterson": ["Laci Peterson", "Laci"],
    }


def test_a_name_after_the_is_a_team_not_a_person():
    text = "But the Trail Blazers rebuffed him three times. After the Blazers fired Maurice Cheeks, he coached again."
    assert [p.name for p in find_people([_doc("a", text)])] == ["Maurice Cheeks"]


def test_a_bare_surname_nobody_in_the_article_carries_is_nobody():
    assert people("Ross said the studio would decide.") == {}
    assert find_people([_doc("a", "Ross said the studio would decide.")]) == ()


# -- first names the table lacks, or that are also words: evidence ------------------------------


def test_unknown_first_names_with_an_age_a_role_or_a_repeated_surname():
    text = (
        "In the week after the shooting of 16-year-old Kimani Gray, protests erupted.\n\n"
        "Hengky Tewu, a hospital director, said a girl was killed.\n\n"
        "Peyton Manning passed for 364 yards and Keiwan Ratliff returned an interception. Ratliff said it was luck."
    )
    assert people(text) == {
        "Kimani Gray": ["Kimani Gray"],
        "Hengky Tewu": ["Hengky Tewu"],
        "Peyton Manning": ["Peyton Manning"],
        "Keiwan Ratliff": ["Keiwan Ratliff", "Ratliff"],
    }


def test_unknown_first_names_without_evidence_are_nobody():
    assert names("Zorblat Quenton arrived. Hunger Games opened.") == []


def test_first_names_that_are_words_or_months_need_evidence():
    text = (
        "Will Brand said he would appeal. June Whitaker, 45, of Leeds, was fined.\n\n"
        "April Jones, a pupil, went missing. You will see it in June."
    )
    assert names(text) == ["Will Brand", "June Whitaker", "April Jones"]


# -- titles and roles stand before names, outside them --------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "written"),
    [
        ("Oregon Gov. Tom Halvorsen signed the bill.", "Tom Halvorsen", "Gov. Tom Halvorsen"),
        ("Mayor Dana Whitcombe opened the bridge.", "Dana Whitcombe", "Mayor Dana Whitcombe"),
        ("Det. Sgt. Ann Lee of Kent Police said so.", "Ann Lee", "Sgt. Ann Lee"),
        ("Judge James R. Dabney set a hearing.", "James R. Dabney", "Judge James R. Dabney"),
        ("Rep. Nancy Pelosi spoke.", "Nancy Pelosi", "Rep. Nancy Pelosi"),
        ("Senator John McCain voted.", "John McCain", "Senator John McCain"),
        ("President Barack Obama will name her.", "Barack Obama", "President Barack Obama"),
        ("Santa Monica Chief Deputy City Attorney Terry White confirmed it.", "Terry White", "Attorney Terry White"),
        ("Philadelphia 76ers President and General Manager Billy King spoke.", "Billy King", "Manager Billy King"),
    ],
)
def test_titles_and_roles_are_not_part_of_the_name(text: str, name: str, written: str):
    found = analyse_people("d", text)
    assert [(p.name, p.forms) for p in found.people] == [(name, (name,))]
    assert names(text) == [written]


def test_an_office_before_a_name_is_a_role():
    person = analyse_people("d", "Prime Minister David Cameron spoke.").people[0]
    assert (person.name, person.roles) == ("David Cameron", ("Prime Minister",))


@pytest.mark.parametrize(
    ("text", "name", "roles"),
    [
        ("She said through her lawyer, Daniel Whitfield, that she would rebuild.", "Daniel Whitfield", ("lawyer",)),
        ("Will Brand, 34, a night security guard, said he saw two men.", "Will Brand", ("night security guard",)),
        ("June Whitaker, a neighbor, said smoke filled her street.", "June Whitaker", ("neighbor",)),
        ('Fire Chief Robert "Bobby" Delacroix Jr. said the fire was set.', 'Robert "Bobby" Delacroix', ("Fire Chief",)),
    ],
)
def test_roles_around_a_name_after_a_preposition_an_age_or_before_a_nickname(text: str, name: str, roles: tuple):
    assert [(p.name, p.roles) for p in analyse_people("d", text).people] == [(name, roles)]


@pytest.mark.parametrize(
    ("text", "name", "roles"),
    [
        (
            "The council voted 6-1 on Tuesday to censure Councilwoman Denise Garcia-Lopez.",
            "Denise Garcia-Lopez",
            ("Councilwoman",),
        ),
        (
            "Prosecutors said Whitfield paid Councilwoman Denise Garcia-Lopez $40,000.",
            "Denise Garcia-Lopez",
            ("Councilwoman",),
        ),
        (
            "The plan was backed by former KCC chief executive Peter Gilroy.",
            "Peter Gilroy",
            ("former KCC chief executive",),
        ),
        ("U.S. Attorney Kenneth Parrish said the case was closed.", "Kenneth Parrish", ("U.S. Attorney",)),
        (
            "A Senate committee voted on Wednesday to subpoena former FEMA Administrator Karen Ashby.",
            "Karen Ashby",
            ("former FEMA Administrator",),
        ),
        ("U.S. District Judge Maria Santos set the date.", "Maria Santos", ("U.S. District Judge",)),
        ("Her Honour Judge Rosalind Coe jailed him.", "Rosalind Coe", ("Judge",)),
        ("The van struck her. Prosecuting, Andrew Baines said she died.", "Andrew Baines", ("Prosecuting",)),
        ("Defending, Priya Sandhu said her client was ashamed.", "Priya Sandhu", ("Defending",)),
        ("The defending champion Andy Murray lost.", "Andy Murray", ()),
        ("The council's deputy leader Jo Marsh resigned.", "Jo Marsh", ("council's deputy leader",)),
        (
            "The council's cabinet member for environment, Cllr Priya Shah, said so.",
            "Priya Shah",
            ("council's cabinet member for environment",),
        ),
    ],
)
def test_a_verb_or_its_object_before_a_title_is_no_part_of_the_role(text: str, name: str, roles: tuple):
    assert [(p.name, p.roles) for p in analyse_people("d", text).people if p.name == name] == [(name, roles)]


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("DI Hughes urged witnesses to come forward.", "DI Hughes"),
        ("DCI Rob Jones said the inquiry was open.", "DCI Rob Jones"),
        ("PCSO Amy Lee found the bag.", "PCSO Amy Lee"),
    ],
)
def test_uk_police_ranks_abbreviated_are_titles(text: str, written: str):
    assert names(text) == [written]


def test_abbreviations_that_are_as_often_companies_or_places_are_no_titles():
    assert names("The DS Smith packaging firm cut jobs in Washington DC.") == []


def test_a_title_of_one_gender_is_the_person_known_to_be_of_it():
    text = (
        "Liam Ashworth, 29, died in custody. Checks on Mr Ashworth were missed. "
        "Mr Ashworth's mother, June Ashworth, said the family wanted answers. "
        "An inquest into Mr Ashworth's death was adjourned. Mrs Ashworth said nothing."
    )
    assert people(text) == {
        "Liam Ashworth": ["Liam Ashworth", "Mr Ashworth", "Mr Ashworth", "Mr Ashworth"],
        "June Ashworth": ["June Ashworth", "Mrs Ashworth"],
    }
    (june,) = [p for p in analyse_people("d", text).people if p.first == "June"]
    assert june.roles == ("Mr Ashworth's mother",)


def test_a_title_of_one_gender_links_across_articles_to_the_person_known_to_be_of_it():
    a = _doc("a", "Liam Ashworth died in custody. His mother, June Ashworth, said the family wanted answers.")
    b = _doc("b", "Mr Ashworth, a father of two, collapsed in a cell. Mrs Ashworth spoke after the hearing.")
    assert sorted((p.name, [m.text for m in p.mentions]) for p in find_people([a, b])) == [
        ("June Ashworth", ["June Ashworth", "Mrs Ashworth"]),
        ("Liam Ashworth", ["Liam Ashworth", "Mr Ashworth"]),
    ]


def test_a_roman_numeral_suffix_keeps_its_capitals():
    a = _doc("a", "Thomas Whitfield III, the developer, pleaded guilty. Whitfield said nothing.")
    assert [p.name for p in find_people([a])] == ["Thomas Whitfield III"]


def test_a_surname_misspelt_by_one_outlet_links_when_the_people_around_it_agree():
    a = _doc("a", "Cllr Dennis Pryce said the committee would question Dr Helen Okafor next month.")
    b = _doc("b", "Councillor Dennis Price, chairman of the committee, said Dr Helen Okafor would attend.")
    assert sorted((p.name, len(p.mentions)) for p in find_people([a, b])) == [("Dennis Pryce", 2), ("Helen Okafor", 2)]
    c = _doc("c", "Cllr Dennis Pryce opened the fete.")
    d = _doc("d", "Dennis Price, a retired miner, won the raffle.")
    assert sorted(p.name for p in find_people([c, d])) == ["Dennis Price", "Dennis Pryce"]


def test_a_nickname_links_the_short_form_across_articles():
    a = _doc("a", 'Fire Chief Robert "Bobby" Delacroix said the fire was set. Delacroix said so.')
    b = _doc("b", "Chief Bobby Delacroix said the arrest followed a tip.")
    (chief,) = find_people([a, b])
    assert [m.text for m in chief.mentions] == ['Robert "Bobby" Delacroix', "Delacroix", "Bobby Delacroix"]


def test_a_lone_title_is_a_person_until_a_full_name_explains_it():
    assert people("President Obama overturned the rule. Obama said it was wrong.") == {
        "Obama": ["President Obama", "Obama"]
    }


# -- the parts of a name --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "first", "surname", "written"),
    [
        ("J.K. Rowling wrote it.", "J.K.", "Rowling", "J.K. Rowling"),
        ("W. Mark Felt died at 95.", "Mark", "Felt", "W. Mark Felt"),
        ("They honoured Martin Luther King Jr. on Monday.", "Martin", "King", "Martin Luther King Jr"),
        ("Arcade Joseph Comeaux Jr., 49, escaped.", "Arcade", "Comeaux", "Arcade Joseph Comeaux Jr"),
        ("Mary-Kate Olsen arrived.", "Mary-Kate", "Olsen", "Mary-Kate Olsen"),
        ("Christopher Kenyon Simpson, 27, was convicted.", "Christopher", "Simpson", "Christopher Kenyon Simpson"),
        ("Police said Gaetano Lo Presti was arrested.", "Gaetano", "Presti", "Gaetano Lo Presti"),
        ('Mob boss Vincent "The Chin" Gigante died.', "Vincent", "Gigante", 'Vincent "The Chin" Gigante'),
        ("Convicted mobster Vincent 'Chin' Gigante died.", "Vincent", "Gigante", "Vincent 'Chin' Gigante"),
        ("Deputy Luis Gerardo (Jerry) Ortiz was shot.", "Luis", "Ortiz", "Luis Gerardo (Jerry) Ortiz"),
        ("BC ATTORNEY GENERAL SAID GARY ROSS WILL DIRECT\n\nGary Ross said so.", "Gary", "Ross", "GARY ROSS"),
    ],
)
def test_parts_of_a_name_keep_one_name(text: str, first: str, surname: str, written: str):
    found = find_names(text)
    assert (found[0].first, found[0].surname, found[0].text) == (first, surname, written)


# -- places, organisations, products, headlines ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "She died on Thursday in Beverly Hills, California.",
        "A Santa Monica prosecutor and a San Francisco judge agreed.",
        "San Diego Chargers receiver Tom Brook was held.",
        "She left the Betty Ford Center. The Betty Ford clinic said nothing.",
        "Kent County Council met the Indianapolis Colts at the Rose Garden.",
        "Apple introduced the MacBook Pro and RIM the BlackBerry Curve 8900.",
        "The cable between Abu Talat (Egypt) and Marseilles was cut.",
        "The U.S. Geological Survey said so, and the AMD Chief Executive agreed.",
        "Although Gupta had agreed, Typically Microsoft declined.",
        'The star of "American Pie", "Van Wilder" and "The Big Lebowski" was treated.',
        "The Fundamentalist Church of Jesus Christ of Latter Day Saints met.",
        "Officials attending a meeting of the Asia Pacific Economic Cooperation in Medan fled.",
        "Indonesia lies on the Pacific Ring of Fire, which encircles the Pacific Ocean.",
    ],
)
def test_places_organisations_and_products_are_nobody(text: str):
    assert [n.text for n in find_names(text) if n.first or n.title] == [t for t in names(text) if "Brook" in t]


def test_a_middle_word_of_a_place_is_not_dropped_into_a_person():
    assert names("San Diego Chargers defensive tackle Jamal Williams was arrested.") == ["Jamal Williams"]


def test_headline_words_glued_to_names_are_not_part_of_them():
    text = (
        "Obama Overturns Bush Endangered Species Rule\n\n"
        "Obama Nominates Regina Benjamin\n\n"
        "President Barack Obama named Regina Benjamin, a doctor, on Monday. Former President "
        "George W. Bush had made the rule."
    )
    assert names(text) == [
        "Obama",
        "Bush",
        "Obama",
        "Regina Benjamin",
        "President Barack Obama",
        "Regina Benjamin",
        "President George W. Bush",
    ]


# -- by-lines and credits -------------------------------------------------------------------------


def test_bylines_and_credits_name_authors_not_people():
    text = (
        "Council tax to rise\n\nBy Jane Marsh, Political Reporter\n\n"
        "Cllr Paul Carter said the rise was needed.\n\n"
        "Photo: Tom Hewitt/Getty Images\n\nReporting by Ann Lee; Editing by Mark Potter"
    )
    found = analyse_people("d", text)
    assert [p.name for p in found.people] == ["Paul Carter"]
    assert found.authors == ("Jane Marsh", "Tom Hewitt", "Ann Lee", "Mark Potter")


@pytest.mark.parametrize(
    ("byline", "written"),
    [
        ("By MARIA LOPEZ and DEVON PRICE Associated Press", ("Maria Lopez", "Devon Price")),
        ("By Jane Smith Associated Press Writer", ("Jane Smith",)),
        ("By TOM LEE AP Business Writer", ("Tom Lee",)),
        ("By J.K. Simmons, Staff Writer", ("J.K. Simmons",)),
    ],
)
def test_a_byline_ends_at_the_outlet_or_the_job_after_the_names(byline: str, written: tuple):
    found = analyse_people("d", f"Derailment\n\n{byline}\n\nMayor Tricia Vance spoke.")
    assert found.authors == written
    assert [p.name for p in found.people] == ["Tricia Vance"]


def test_a_sentence_opening_with_by_is_no_byline():
    found = analyse_people("d", "By the third round Hasim Rahman was finished.")
    assert [p.name for p in found.people] == ["Hasim Rahman"] and found.authors == ()


# -- across articles ------------------------------------------------------------------------------


def test_a_bare_surname_in_an_article_without_a_full_name_joins_the_one_person_of_that_surname():
    a = _doc("a", "Dr. Sanjay Gupta, CNN's medical correspondent, was offered the job.")
    b = _doc("b", "CNN confirmed that Gupta had been approached. Gupta, 39, said nothing.")
    (gupta,) = find_people([a, b])
    assert gupta.name == "Sanjay Gupta"
    assert [(m.document, m.text) for m in gupta.mentions] == [("a", "Dr. Sanjay Gupta"), ("b", "Gupta"), ("b", "Gupta")]


def test_a_surname_with_a_role_in_apposition_joins_the_one_person_of_that_surname():
    a = _doc("a", "Mayor Dana Whitcombe proposed the closure in January.")
    b = _doc("b", "Whitcombe, the mayor, said the city will look at the branch again this fall.")
    (whitcombe,) = find_people([a, b])
    assert [(m.document, m.text) for m in whitcombe.mentions] == [("a", "Dana Whitcombe"), ("b", "Whitcombe")]
    assert whitcombe.aliases == ()  # a bare surname is a mention, never an alias


def test_a_title_and_given_name_alone_joins_the_one_person_called_so_elsewhere():
    a = _doc("a", "Dame Patricia Orme, the trust's chairman, will take charge. Dame Patricia said so.")
    b = _doc("b", "Dame Patricia told councillors on Wednesday that 40 nurses had been recruited.")
    c = _doc("c", "Sir Keith Porter resigned. Dame Eleanor said nothing.")
    assert sorted((p.name, len(p.mentions)) for p in find_people([a, b, c])) == [
        ("Dame Eleanor", 1),
        ("Keith Porter", 1),
        ("Patricia Orme", 3),
    ]


def test_a_bare_surname_two_full_named_people_share_joins_neither():
    a = _doc("a", "Reggie Bush, the running back, was hurt.")
    b = _doc("b", "George W. Bush, the president, spoke.")
    c = _doc("c", "Bush said it was over.")
    assert sorted((p.name, len(p.mentions)) for p in find_people([a, b, c])) == [
        ("George W. Bush", 1),
        ("Reggie Bush", 1),
    ]


def test_a_shorter_first_name_links_when_the_context_agrees():
    a = _doc("a", "Frederick LaRue, a Nixon aide, died. Coroner Gary Hargrove said so.")
    b = _doc("b", "Fred LaRue was found dead in his room, Coroner Gary Hargrove said.")
    assert sorted(p.name for p in find_people([a, b])) == ["Frederick LaRue", "Gary Hargrove"]


def test_a_nickname_and_the_given_name_link_when_the_context_agrees():
    a = _doc("a", "Bill Dwyer, the county treasurer, said the audit was late.")
    b = _doc("b", "William Dwyer, the county treasurer, resigned on Monday.")
    assert [(p.name, len(p.mentions)) for p in find_people([a, b])] == [("Bill Dwyer", 2)]
    c = _doc("c", "Bob Carter, a teacher at the school, said he was sorry.")
    d = _doc("d", "Robert Carter, the mayor, opened the fair.")
    assert sorted(p.name for p in find_people([c, d])) == ["Bob Carter", "Robert Carter"]


def test_a_double_barrelled_surname_with_or_without_its_hyphen_is_one_name():
    a = _doc("a", "Graham Ellis-Whyte, 58, of Harrogate, admitted fraud.")
    b = _doc("b", "Graham Ellis Whyte, 58, pleaded guilty to fraud.")
    assert [(p.name, len(p.mentions)) for p in find_people([a, b])] == [("Graham Ellis-Whyte", 2)]


def test_a_councillor_and_a_resident_sharing_a_surname_stay_apart():
    a = _doc("a", "Councillor Peter Hughes, the cabinet member, said the road would close.")
    b = _doc("b", "Resident Paul Hughes, 71, said the road should stay open. Councillor Peter Hughes agreed.")
    assert sorted(p.name for p in find_people([a, b])) == ["Paul Hughes", "Peter Hughes"]


def test_authors_are_no_participants_of_the_article_events():
    from timeline.analysis import analyse

    text = (
        "---\npublished: 2013-05-03\n---\nBy Jane Marsh, Associated Press Writer\n\n"
        "Lindsay Lohan checked into a clinic on May 2, 2013, Marsh's editor Tom Hewitt said.\n\n"
        "Reporting by Ann Lee; Editing by Mark Potter"
    )
    analysis = analyse(_doc("a", text))
    assert analysis.people.authors == ("Jane Marsh", "Ann Lee", "Mark Potter")
    participants = {analysis.people.people[p].name for s in analysis.statements for p in s.people}
    assert participants == {"Lindsay Lohan", "Tom Hewitt"}
