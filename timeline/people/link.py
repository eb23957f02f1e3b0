"""Who is who: names, titles and pronouns of one article linked into its people, then the
people of every article linked into the people of the corpus.

Within an article a short form ("Cllr Dean", "Mr Gilroy") joins the most recent full name with
that surname and a compatible gender; "he"/"she" outside quotations joins the most recent
compatible person named outside quotations. Across articles the same full name is the same
person. A different spelling ("Malcom Newson" beside "Malcolm Newsam") is the same person only
when every piece of evidence agrees: same first initial and phonetic key of the surname, first
names at most one edit apart, surnames at most two, never both in one article, and the context
agrees (a shared role word, or another person the two articles share). A similarity score alone
never merges two people.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import jellyfish
from attrs import evolve, frozen

from ..model import Person, PersonMention, Span
from .bylines import credit_zones, in_zones
from .lexicon import COURTESY_TITLES, PRONOUN_GENDER
from .quotes import attribution_windows, find_quotes
from .recognise import find_names
from .resolve import resolve
from .roles import roles_near

_PRONOUN = re.compile(r"\b(?:He|he|She|she)\b")
_PRONOUN_REACH = 700  # characters back a pronoun may look for its person
_ROLE_STOP = frozenset("the a an of for and at in on to former current new".split())


@frozen
class DocPerson:
    """One person of one article: the names used and what the article says they are.

    ``name`` is the full name as written ("James R. Dabney"); ``full`` is first name and
    surname, the key that links people across articles."""

    surname: str
    first: str | None
    gender: str | None
    forms: tuple[str, ...]
    roles: tuple[str, ...] = ()
    name: str | None = None

    @property
    def full(self) -> str | None:
        return f"{self.first} {self.surname}" if self.first else None


@frozen
class DocRef:
    """A place in the article that refers to one of its people (a name or a pronoun)."""

    span: Span
    text: str
    person: int
    pronoun: bool = False


@frozen
class DocPeople:
    """The people of one article, every reference to them, the speaker of each quotation, and
    the authors its by-lines and credits name (who are none of its people)."""

    doc_id: str
    people: tuple[DocPerson, ...] = ()
    refs: tuple[DocRef, ...] = ()
    quotes: tuple[tuple[Span, int | None], ...] = ()
    authors: tuple[str, ...] = ()


def _compatible(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def _strip_possessive(text: str) -> str:
    return re.sub(r"['’]s?$", "", text) if text.endswith(("'s", "’s", "'", "’")) else text


def analyse_people(doc_id: str, text: str) -> DocPeople:
    """The people of one article (``text`` is its content: boilerplate blanked)."""
    zones = credit_zones(text)
    names = find_names(text)
    authors = tuple(dict.fromkeys(n.name for n in names if not n.bare and in_zones(zones, n.span.start)))
    names = tuple(n for n in names if not in_zones(zones, n.span.start))
    people, owner = resolve(names)
    refs: list[DocRef] = []
    floor = 0
    for name, index in zip(names, owner, strict=True):
        if index is None:
            continue
        person = people[index]
        form = _strip_possessive(name.text)
        if not name.bare:
            known = {x.lower() for x in person.roles}
            span = name.span
            if name.title and name.title not in COURTESY_TITLES:
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
    return DocPeople(doc_id, tuple(people), tuple(refs), speakers, authors)


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


# -- across articles ---------------------------------------------------------------------------


class _Groups:
    """Union-find over (doc id, index) keys that keeps each group's members; the earliest key
    (in corpus order) is the group's root, so ids follow first appearance."""

    def __init__(self, keys: list[tuple[str, int]]) -> None:
        self.order = {k: i for i, k in enumerate(keys)}
        self.parent = {k: k for k in keys}
        self.members = {k: [k] for k in keys}

    def find(self, k):
        parent = self.parent
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    def union(self, a, b) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        if self.order[rb] < self.order[ra]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.members[ra].extend(self.members.pop(rb))

    def docs(self, k) -> set[str]:
        return {m[0] for m in self.members[self.find(k)]}


def link_people(analyses: Sequence[DocPeople]) -> tuple[tuple[Person, ...], dict[tuple[str, int], str]]:
    """The people of the corpus, and which person each article's person is (doc id, index) -> id."""
    keys: list[tuple[str, int]] = [(a.doc_id, i) for a in analyses for i in range(len(a.people))]
    people = {(a.doc_id, i): p for a in analyses for i, p in enumerate(a.people)}
    groups = _Groups(keys)
    by_full: dict[str, tuple[str, int]] = {}
    for k in keys:
        full = people[k].full
        if full:
            first = by_full.setdefault(full.lower(), k)
            if first != k and k[0] not in groups.docs(first):
                groups.union(first, k)
    by_doc: dict[str, list[tuple[str, int]]] = {}
    for k in keys:
        by_doc.setdefault(k[0], []).append(k)
    _link_spellings(keys, people, by_doc, groups)
    _link_short_forms(keys, people, groups)
    return _persons(analyses, keys, people, groups)


def _role_words(person: DocPerson) -> set[str]:
    words = {w.strip("'’").lower() for role in person.roles for w in role.split()}
    return {w.removesuffix("'s").removesuffix("’s") for w in words} - _ROLE_STOP


def _link_spellings(keys, people, by_doc, groups: _Groups) -> None:
    blocks: dict[tuple[str, str], list[tuple[str, int]]] = {}
    for k in keys:
        p = people[k]
        if p.first:
            blocks.setdefault((p.first[0].upper(), jellyfish.nysiis(p.surname)), []).append(k)
    for block in blocks.values():
        if len(block) < 2 or len(block) > 200:
            continue
        for i, a in enumerate(block):
            for b in block[i + 1 :]:
                if a[0] == b[0] or groups.find(a) == groups.find(b):
                    continue
                pa, pb = people[a], people[b]
                if pa.full.lower() == pb.full.lower() or not _compatible(pa.gender, pb.gender):
                    continue
                if jellyfish.levenshtein_distance(pa.first.lower(), pb.first.lower()) > 1:
                    continue
                if jellyfish.levenshtein_distance(pa.surname.lower(), pb.surname.lower()) > min(
                    2, len(pa.surname) // 3
                ):
                    continue
                if groups.docs(a) & groups.docs(b):
                    continue  # some article names both: two people
                shared_role = bool(_role_words(pa) & _role_words(pb))
                others_a = {groups.find(k) for k in by_doc[a[0]]} - {groups.find(a)}
                others_b = {groups.find(k) for k in by_doc[b[0]]} - {groups.find(b)}
                if shared_role or (others_a & others_b):
                    groups.union(a, b)


def _link_short_forms(keys, people, groups: _Groups) -> None:
    """A person named only by title and surname in one article joins the one full-named person
    of the corpus with that surname and a compatible gender, if there is exactly one."""
    full_by_surname: dict[str, set] = {}
    for k in keys:
        if people[k].first:
            full_by_surname.setdefault(people[k].surname.lower(), set()).add(groups.find(k))
    for k in keys:
        p = people[k]
        if p.first:
            continue
        roots = {r for r in full_by_surname.get(p.surname.lower(), set()) if _compatible(p.gender, people[r].gender)}
        if len(roots) == 1:
            groups.union(next(iter(roots)), k)


def _persons(analyses, keys, people, groups: _Groups) -> tuple[tuple[Person, ...], dict[tuple[str, int], str]]:
    refs: dict[tuple[str, int], list[DocRef]] = {}
    for a in analyses:
        speaking = {p for _, p in a.quotes if p is not None}
        for ref in a.refs:
            if not ref.pronoun or ref.person in speaking:
                refs.setdefault((a.doc_id, ref.person), []).append(ref)
    result, mapping = [], {}
    roots = sorted(groups.members, key=groups.order.__getitem__)
    for n, root in enumerate(roots):
        members = groups.members[root]
        pid = f"p{n + 1}"
        counts: dict[str, int] = {}
        for k in members:
            full = people[k].name or people[k].full
            if full:
                counts[full] = counts.get(full, 0) + len(people[k].forms)
        name = max(counts, key=counts.__getitem__) if counts else people[members[0]].forms[0]
        forms, roles, mentions = [], [], []
        for k in members:
            mapping[k] = pid
            forms.extend(f for f in people[k].forms if f != name and f not in forms)
            roles.extend(r for r in people[k].roles if r.lower() not in {x.lower() for x in roles})
            mentions.extend(PersonMention(k[0], ref.span, ref.text) for ref in refs.get(k, ()))
        result.append(Person(pid, name, tuple(forms), tuple(roles), tuple(mentions)))
    return tuple(result), mapping
