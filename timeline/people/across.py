"""The people of every article linked into the people of the corpus.

The same full name is the same person (never two people of one article). Otherwise two
article people are one only when the names agree *and* the context does:

- a different spelling ("Malcom Newson" beside "Malcolm Newsam"): the same first initial and
  phonetic key of the surname (the blocking key, so the comparison stays cheap), first names
  at most one edit apart and surnames at most two and a third of their length;
- the same surname with a shorter or longer first name ("Fred"/"Frederick", "Bettie"/"Betty",
  "Alex"/"Alexandros": four letters in common at the start), one's first name the other's
  middle name ("Arcade Joseph Comeaux"/"Joseph Comeaux"), or one a nickname of the other
  ("Bill"/"William", "Bob"/"Robert": the `nicknames` package's table);

and the context agrees: a role word in common, or another person the two articles share. Two
people sharing a surname with unrelated first names ("Paul Carter", "Jane Carter") are never
one. A similarity score alone never merges two people. Edit distances are rapidfuzz's.

A person an article names only by title and given name ("Dame Patricia") joins the one
full-named person of the corpus called so elsewhere ("Dame Patricia Orme"). A person an article
names only by title and surname, and a surname an article uses alone as a
person ("Gupta had accepted") with no full name there, join the one full-named person of the
corpus with that surname (and a compatible gender), if there is exactly one.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import jellyfish
from nicknames import NickNamer
from rapidfuzz.distance import Levenshtein

from ..model import Person, PersonMention
from .doc import DocPeople, DocPerson, DocRef
from .lexicon import GIVEN_NAME_TITLES

Key = tuple[str, int]
_ROLE_STOP = frozenset("the a an of for and at in on to former current new".split())
_MAX_BLOCK = 200
_SHARED_PREFIX = 4


class _Groups:
    """Union-find over (doc id, index) keys that keeps each group's members; the earliest key
    (in corpus order) is the group's root, so ids follow first appearance."""

    def __init__(self, keys: list[Key]) -> None:
        self.order = {k: i for i, k in enumerate(keys)}
        self.parent = {k: k for k in keys}
        self.members = {k: [k] for k in keys}

    def find(self, k: Key) -> Key:
        parent = self.parent
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    def union(self, a: Key, b: Key) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        if self.order[rb] < self.order[ra]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.members[ra].extend(self.members.pop(rb))

    def docs(self, k: Key) -> set[str]:
        return {m[0] for m in self.members[self.find(k)]}


def _compatible(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def link_people(analyses: Sequence[DocPeople]) -> tuple[tuple[Person, ...], dict[Key, str]]:
    """The people of the corpus, and which person each article's person is (doc id, index) -> id."""
    keys: list[Key] = [(a.doc_id, i) for a in analyses for i in range(len(a.people))]
    people = {(a.doc_id, i): p for a in analyses for i, p in enumerate(a.people)}
    groups = _Groups(keys)
    by_full: dict[str, Key] = {}
    for k in keys:
        full = people[k].full
        if full:
            first = by_full.setdefault(full.lower(), k)
            if first != k and k[0] not in groups.docs(first):
                groups.union(first, k)
    # A double-barrelled surname written with or without its hyphen ("Graham Ellis-Whyte",
    # "Graham Ellis Whyte"): the same words, so the same name.
    by_words: dict[str, Key] = {}
    for k in keys:
        p = people[k]
        if p.first and p.name and ("-" in p.name or len(p.name.split()) > 2):
            first = by_words.setdefault(" ".join(p.name.lower().replace("-", " ").split()), k)
            if first != k and not groups.docs(first) & groups.docs(k):  # (one already, or one article names both)
                groups.union(first, k)
    by_doc: dict[str, list[Key]] = {}
    for k in keys:
        by_doc.setdefault(k[0], []).append(k)
    _link_variants(keys, people, by_doc, groups)
    _link_short_forms(keys, people, by_doc, groups)
    return _persons(analyses, people, groups)


def _role_words(person: DocPerson) -> set[str]:
    words = {w.strip("'’").lower() for role in person.roles for w in role.split()}
    return {w.removesuffix("'s").removesuffix("’s") for w in words} - _ROLE_STOP


def _spelling(a: DocPerson, b: DocPerson) -> bool:
    """Two spellings of one name: "Malcolm Newsam" / "Malcom Newson"."""
    if not a.first or not b.first:
        return False
    if Levenshtein.distance(a.first.lower(), b.first.lower()) > 1:
        return False
    return Levenshtein.distance(a.surname.lower(), b.surname.lower()) <= min(2, len(a.surname) // 3)


def _given_variant(a: DocPerson, b: DocPerson) -> bool:
    """The same surname and first names that are forms of one another."""
    if not a.first or not b.first or a.surname.lower() != b.surname.lower():
        return False
    fa, fb = a.first.lower(), b.first.lower()
    common = len(fa) if fb.startswith(fa) else len(fb) if fa.startswith(fb) else 0
    if common >= 3 or _prefix(fa, fb) >= _SHARED_PREFIX:
        return True
    return fa in _middles(b) or fb in _middles(a) or nickname_of(fa, fb)


@cache
def _namer() -> NickNamer:
    return NickNamer()


@cache
def _forms(given: str) -> frozenset[str]:
    """A given name with its nicknames and the names it is a nickname of (lower case)."""
    namer = _namer()
    return frozenset({given, *namer.nicknames_of(given), *namer.canonicals_of(given)})


def nickname_of(a: str, b: str) -> bool:
    """Whether one of two given names (lower case) is a nickname of the other ("bill",
    "william"); two nicknames of one name are not enough ("bill", "will")."""
    return b in _forms(a) or a in _forms(b)


def _prefix(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def _middles(person: DocPerson) -> set[str]:
    words = [w.strip("\"'‘’“”()") for w in (person.name or "").lower().split()]
    return set(words[:-1]) - {(person.first or "").lower()}


def _link_variants(
    keys: list[Key], people: dict[Key, DocPerson], by_doc: dict[str, list[Key]], groups: _Groups
) -> None:
    """Spellings and first-name variants, compared once per pair of distinct names (a person
    named in a thousand articles is one name here), then checked on the groups they are in."""
    by_name: dict[str, list[Key]] = {}
    for k in keys:
        full = people[k].full
        if full:
            by_name.setdefault(full.lower(), []).append(k)
    blocks: dict[tuple[str, str], list[str]] = {}
    for name, members in by_name.items():
        p = people[members[0]]
        assert p.first is not None
        blocks.setdefault((p.first[0].upper(), jellyfish.nysiis(p.surname)), []).append(name)
        # NYSIIS keeps a "y" where Metaphone hears the vowel it stands for ("Pryce" / "Price")
        blocks.setdefault((p.first[0].upper() + "~", jellyfish.metaphone(p.surname)), []).append(name)
        blocks.setdefault(("", p.surname.lower()), []).append(name)
    for block in blocks.values():
        if len(block) < 2 or len(block) > _MAX_BLOCK:
            continue
        for i, na in enumerate(block):
            for nb in block[i + 1 :]:
                pa, pb = people[by_name[na][0]], people[by_name[nb][0]]
                if not _compatible(pa.gender, pb.gender) or not (_spelling(pa, pb) or _given_variant(pa, pb)):
                    continue
                _join_groups(by_name[na], by_name[nb], people, by_doc, groups)


def _join_groups(
    keys_a: list[Key], keys_b: list[Key], people: dict[Key, DocPerson], by_doc: dict[str, list[Key]], groups: _Groups
) -> None:
    roots_b = {groups.find(k): k for k in keys_b}
    for a in {groups.find(k): k for k in keys_a}.values():
        for b in roots_b.values():
            if groups.find(a) == groups.find(b) or groups.docs(a) & groups.docs(b):
                continue  # one person already, or some article names both: two people
            if _role_words(people[a]) & _role_words(people[b]) or _shared_others(a, b, by_doc, groups):
                groups.union(a, b)


def _shared_others(a: Key, b: Key, by_doc: dict[str, list[Key]], groups: _Groups) -> bool:
    others_a = {groups.find(k) for k in by_doc[a[0]]} - {groups.find(a)}
    others_b = {groups.find(k) for k in by_doc[b[0]]} - {groups.find(b)}
    return bool(others_a & others_b)


def _full_by_surname(keys: list[Key], people: dict[Key, DocPerson], groups: _Groups) -> dict[str, set[Key]]:
    found: dict[str, set[Key]] = {}
    for k in keys:
        if people[k].first:
            found.setdefault(people[k].surname.lower(), set()).add(groups.find(k))
    return found


def _link_short_forms(
    keys: list[Key], people: dict[Key, DocPerson], by_doc: dict[str, list[Key]], groups: _Groups
) -> None:
    """Titled short forms ("Mayor Whitcombe", "Dame Patricia") and loose surnames join the one
    full-named person of the corpus they can be; a loose surname never one its own article
    names otherwise."""
    full_by_surname = _full_by_surname(keys, people, groups)
    full_by_titled_given = _full_by_titled_given(keys, people, groups)
    for k in keys:
        p = people[k]
        if p.first:
            continue
        if p.loose and any(people[o].surname.lower() == p.surname.lower() for o in by_doc[k[0]] if o != k):
            continue
        titled = _titled_given(p)
        table, key = (full_by_titled_given, titled) if titled else (full_by_surname, p.surname.lower())
        roots = {r for r in table.get(key, set()) if _compatible(p.gender, people[r].gender)}
        if p.gender and len(roots) > 1:  # "Mr Ashworth": the Ashworth known to be a man, not his mother
            roots = {r for r in roots if people[r].gender == p.gender} or roots
        if len(roots) == 1:
            groups.union(next(iter(roots)), k)


def _titled_given(person: DocPerson) -> str | None:
    """ "dame patricia" for a person an article names only as "Dame Patricia": a title that
    stands before a given name, and the name."""
    forms = {tuple(form.lower().split()) for form in person.forms}
    if len(forms) != 1:
        return None
    (words,) = forms
    return " ".join(words) if len(words) == 2 and words[0] in GIVEN_NAME_TITLES else None


def _full_by_titled_given(keys: list[Key], people: dict[Key, DocPerson], groups: _Groups) -> dict[str, set[Key]]:
    """Full-named people by each "Title Given" they are called elsewhere ("Dame Patricia Orme"
    -> "dame patricia"), so that an article calling her only "Dame Patricia" finds her."""
    found: dict[str, set[Key]] = {}
    for k in keys:
        p = people[k]
        if not p.first:
            continue
        for form in p.forms:
            words = form.lower().split()
            if len(words) >= 2 and words[0] in GIVEN_NAME_TITLES and words[1] == p.first.lower():
                found.setdefault(f"{words[0]} {words[1]}", set()).add(groups.find(k))
    return found


def _persons(
    analyses: Sequence[DocPeople], people: dict[Key, DocPerson], groups: _Groups
) -> tuple[tuple[Person, ...], dict[Key, str]]:
    """The corpus's people, numbered in order of first appearance; a group of loose surnames
    alone is nobody, and its article people map to no person."""
    refs: dict[Key, list[DocRef]] = {}
    for a in analyses:
        speaking = {p for _, p in a.quotes if p is not None}
        for ref in a.refs:
            if not ref.pronoun or ref.person in speaking:
                refs.setdefault((a.doc_id, ref.person), []).append(ref)
    result, mapping = [], {}
    roots = [
        root
        for root in sorted(groups.members, key=groups.order.__getitem__)
        if not all(people[k].loose for k in groups.members[root])
    ]
    for n, root in enumerate(roots):
        members = groups.members[root]
        pid = f"p{n + 1}"
        counts: dict[str, int] = {}
        for k in members:
            full = people[k].name or people[k].full
            if full:
                counts[full] = counts.get(full, 0) + len(people[k].forms)
        name = max(counts, key=counts.__getitem__) if counts else people[members[0]].forms[0]
        forms: list[str] = []
        roles: list[str] = []
        mentions: list[PersonMention] = []
        for k in members:
            mapping[k] = pid
            if not people[k].loose:  # a bare surname is a mention, not an alias
                forms.extend(f for f in people[k].forms if f != name and f not in forms)
            roles.extend(r for r in people[k].roles if r.lower() not in {x.lower() for x in roles})
            mentions.extend(PersonMention(k[0], ref.span, ref.text) for ref in refs.get(k, ()))
        result.append(Person(pid, name, tuple(forms), tuple(roles), tuple(mentions)))
    return tuple(result), mapping
