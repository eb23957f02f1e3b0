"""Who is who in one article: its names (``recognise``) resolved into its people
(``resolve``), with their roles, the pronouns that refer to them and the speaker of each
quotation. By-lines and credits name the authors, who are none of its people.

"he"/"she" outside quotations joins the most recent compatible person named outside
quotations. The people of every article are linked into the corpus's in ``across``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from attrs import evolve

from ..model import Span
from .bylines import authors, credit_zones, in_zones
from .doc import DocPeople, DocPerson, DocRef, NameMention
from .lexicon import COURTESY_TITLES, PRONOUN_GENDER
from .quotes import attribution_windows, find_quotes
from .recognise import read_names
from .resolve import resolve
from .roles import roles_near

_PRONOUN = re.compile(r"\b(?:He|he|She|she)\b")
_PRONOUN_REACH = 700  # characters back a pronoun may look for its person
_ROLE_STOP = frozenset("the a an of for and at in on to former current new".split())


def _compatible(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def _strip_possessive(text: str) -> str:
    return re.sub(r"['’]s?$", "", text) if text.endswith(("'s", "’s", "'", "’")) else text


def analyse_people(doc_id: str, text: str) -> DocPeople:
    """The people of one article (``text`` is its content: boilerplate blanked)."""
    zones = credit_zones(text)
    names, loose = read_names(text)
    credited = authors(text, zones)
    names = tuple(n for n in names if not in_zones(zones, n.span.start))
    people, owner = resolve(names)
    refs: list[DocRef] = []
    floor = 0
    for name, index in zip(names, owner, strict=True):
        if index is None:
            continue
        person = people[index]
        office = name.title is not None and name.title not in COURTESY_TITLES
        form = _strip_possessive(name.name if office and name.first else name.text)
        if not name.bare:
            known = {x.lower() for x in person.roles}
            span = name.span
            if office:
                span = Span(span.end - len(name.name), span.end)  # the office is a role
            roles = tuple(r for r in roles_near(text, span, floor) if r.lower() not in known)
            forms = person.forms + ((form,) if form not in person.forms else ())
            people[index] = evolve(person, forms=forms, roles=person.roles + roles)
        floor = name.span.end
        refs.append(DocRef(name.span, form, index))
    quotes = find_quotes(text)
    refs.extend(_pronoun_refs(text, people, refs, quotes))
    refs.sort(key=lambda r: r.span.start)
    speakers = _speakers(text, quotes, refs)
    _add_loose(people, refs, [m for m in loose if not in_zones(zones, m.span.start)])
    return DocPeople(doc_id, tuple(people), tuple(refs), speakers, credited)


def _add_loose(people: list[DocPerson], refs: list[DocRef], loose: Sequence[NameMention]) -> None:
    """One loose person for each surname the article uses alone, after its other people (their
    indices, pronouns and speakers are as without them), so that the statements that name them
    carry them to the corpus's person when linking finds one."""
    index: dict[str, int] = {}
    for mention in loose:
        surname = _strip_possessive(mention.text)
        if surname not in index:
            index[surname] = len(people)
            people.append(DocPerson(surname, None, None, (surname,), loose=True))
        refs.append(DocRef(mention.span, surname, index[surname]))
    refs.sort(key=lambda r: r.span.start)


def _inside(spans: Sequence[Span], pos: int) -> bool:
    return any(s.start <= pos < s.end for s in spans)


def _pronoun_refs(text: str, people: list[DocPerson], names: list[DocRef], quotes: tuple[Span, ...]) -> list[DocRef]:
    """He/she outside quotations, joined to the most recent compatible person named outside them."""
    outside = [r for r in names if not _inside(quotes, r.span.start)]
    found = []
    for m in _PRONOUN.finditer(text):
        if _inside(quotes, m.start()):
            continue
        gender = PRONOUN_GENDER[m.group().lower()]
        for ref in reversed([r for r in outside if r.span.end <= m.start()]):
            if m.start() - ref.span.end > _PRONOUN_REACH:
                break
            if _compatible(people[ref.person].gender, gender):
                found.append(DocRef(Span(m.start(), m.end()), m.group(), ref.person, pronoun=True))
                break
    return found


def _speakers(text: str, quotes: tuple[Span, ...], refs: list[DocRef]) -> tuple[tuple[Span, int | None], ...]:
    result: list[tuple[Span, int | None]] = []
    previous: tuple[Span, int] | None = None
    for quote in quotes:
        speaker = None
        after, before = attribution_windows(text, quote)
        for window in (after, before):
            if window is None or speaker is not None:
                continue
            inside = [r for r in refs if window.start <= r.span.start < window.end]
            if inside:
                speaker = inside[0].person
        if speaker is None and previous is not None and _continues(text, previous[0], quote):
            speaker = previous[1]
        if speaker is not None:
            previous = (quote, speaker)
        result.append((quote, speaker))
    return tuple(result)


def _continues(text: str, previous: Span, quote: Span) -> bool:
    """An uncredited quotation that opens a paragraph, or follows a quotation in its paragraph,
    within two paragraphs of the last credited one, is still that speaker's."""
    between = text[previous.end : quote.start]
    opens_paragraph = (
        text.rfind("\n", 0, quote.start) >= max(previous.end, text.rfind("\n", 0, quote.start))
        and not text[text.rfind("\n", 0, quote.start) + 1 : quote.start].strip()
    )
    same_paragraph = "\n" not in between
    paragraphs = len([p for p in between.split("\n") if p.strip()])
    return (opens_paragraph and paragraphs <= 2) or same_paragraph
