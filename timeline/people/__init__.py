"""Recognising the people named in articles and linking their aliases across the corpus.

``analyse_people(doc_id, text)`` works on one article (names, roles, pronouns, quotation
speakers); ``link_people(analyses)`` links the articles' people into the corpus's. Both are
pure functions of their inputs, so one article can be re-read without touching the others.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Document, Person
from .across import link_people
from .doc import DocPeople, DocPerson, DocRef
from .link import analyse_people

__all__ = ["DocPeople", "DocPerson", "DocRef", "analyse_people", "find_people", "link_people"]


def find_people(documents: Sequence[Document]) -> tuple[Person, ...]:
    """The people of ``documents``, each with every surface form and role found for them."""
    people, _ = link_people([analyse_people(doc.id, doc.content) for doc in documents])
    return people
