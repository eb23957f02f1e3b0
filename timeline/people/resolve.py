"""Which person of the article each name is.

Full names first: the same first name and surname is one person. Then short forms with a
title ("Cllr Dean", "Sen. Smith", "Dame Eleanor"): the person with that surname (or, after
Sir, Dame, Prince..., that given name) and a compatible gender whose nearest mention comes
before, else the first one after (a headline names "Lohan" before the body's "Lindsay Lohan");
a titled surname nobody carries is a person of its own ("President Obama"); a title that gives
a gender prefers the person known to be of it ("Mr Ashworth" after "Liam Ashworth" and "his
mother, June Ashworth"). Then bare
surnames and given names, the same way, never making a new person. Two people sharing a
surname ("Laci Peterson", "Scott Peterson") are told apart by which was named last, except
that the one the article also calls by the given name alone is not the one of the bare surname.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Sequence

from attrs import evolve

from .doc import DocPerson, NameMention


def _compatible(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def resolve(names: Sequence[NameMention]) -> tuple[list[DocPerson], list[int | None]]:
    """The article's people (``DocPerson``, in order of first mention) and which person each
    name is (None for a short form whose person is not named)."""
    people: list[DocPerson] = []
    seen: list[list[int]] = []
    owner: list[int | None] = [None] * len(names)
    by_key: dict[tuple[str, str], int] = {}
    by_surname: dict[str, list[int]] = {}
    by_first: dict[str, list[int]] = {}

    def add(person: DocPerson) -> int:
        people.append(person)
        seen.append([])
        index = len(people) - 1
        by_surname.setdefault(person.surname.lower(), []).append(index)
        if person.first:
            by_first.setdefault(person.first.lower(), []).append(index)
        return index

    for n, m in enumerate(names):
        if m.first:
            key = (m.first.lower(), m.surname.lower())
            index = by_key.get(key)
            if index is None:
                index = by_key[key] = add(DocPerson(m.surname, m.first, m.gender, (), name=m.name))
            elif people[index].gender is None and m.gender:
                people[index] = evolve(people[index], gender=m.gender)
            owner[n] = index
            insort(seen[index], m.span.start)
    by_given: set[int] = set()
    for bare, given in ((False, None), (True, True), (True, False)):
        for n, m in enumerate(names):
            if m.first or m.bare != bare or (given is not None and m.given != given):
                continue
            table = by_first if m.given else by_surname
            candidates = [i for i in table.get(m.surname.lower(), ()) if _compatible(people[i].gender, m.gender)]
            if m.gender:  # "Mr Ashworth" is the Ashworth known to be a man before one of either gender
                candidates = [i for i in candidates if people[i].gender == m.gender] or candidates
            if bare and not m.given and len(candidates) > 1:
                # Of two Petersons, the one the article calls "Laci" is not the bare "Peterson".
                candidates = [i for i in candidates if i not in by_given] or candidates
            index = _nearest(candidates, seen, m.span.start)
            if index is None and m.given and not bare:
                candidates = [i for i in by_surname.get(m.surname.lower(), ()) if people[i].first is None]
                index = _nearest(candidates, seen, m.span.start)
            if index is None:
                if bare:
                    continue
                index = add(DocPerson(m.surname, None, m.gender, ()))
            elif people[index].gender is None and m.gender:
                people[index] = evolve(people[index], gender=m.gender)
            owner[n] = index
            insort(seen[index], m.span.start)
            if bare and m.given:
                by_given.add(index)
    return _in_order(people, seen, owner)


def _nearest(candidates: Sequence[int], seen: Sequence[list[int]], pos: int) -> int | None:
    """The candidate mentioned last before ``pos``, else the one mentioned first after it."""
    before: tuple[int, int] | None = None
    after: tuple[int, int] | None = None
    for i in candidates:
        positions = seen[i]
        k = bisect_left(positions, pos)
        if k and (before is None or positions[k - 1] > before[0]):
            before = (positions[k - 1], i)
        if k < len(positions) and (after is None or positions[k] < after[0]):
            after = (positions[k], i)
    if before is not None:
        return before[1]
    return after[1] if after is not None else None


def _in_order(
    people: list[DocPerson], seen: list[list[int]], owner: list[int | None]
) -> tuple[list[DocPerson], list[int | None]]:
    order = sorted((i for i in range(len(people)) if seen[i]), key=lambda i: seen[i][0])
    new = {old: n for n, old in enumerate(order)}
    return [people[i] for i in order], [new[o] if o is not None else None for o in owner]
