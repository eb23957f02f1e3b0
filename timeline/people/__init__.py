"""Recognising the people named in articles and linking their aliases across the corpus."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import Document, Person, PersonMention, Span

_TITLES = r"(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Sir|Dame|Lord|Baroness|Prof|Professor|Judge)"
_NAME = re.compile(rf"\b{_TITLES}\.? (?:[A-Z][a-z]+ )?[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b")


def find_people(documents: Sequence[Document]) -> tuple[Person, ...]:
    """People named with a title, grouped by surname."""
    by_surname: dict[str, list[PersonMention]] = {}
    for doc in documents:
        for match in _NAME.finditer(doc.content):
            surname = match.group().split()[-1]
            by_surname.setdefault(surname, []).append(PersonMention(doc.id, Span(match.start(), match.end()), match.group()))
    people = []
    for i, (surname, mentions) in enumerate(sorted(by_surname.items(), key=lambda kv: -len(kv[1]))):
        forms = list(dict.fromkeys(m.text for m in mentions))
        name = max(forms, key=len)
        people.append(Person(f"p{i + 1}", name, tuple(f for f in forms if f != name), (), tuple(mentions)))
    return tuple(people)
