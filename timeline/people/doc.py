"""The people of one article as values: who they are, where the article refers to them, who
speaks each quotation and who wrote the article. Linking across articles reads only these."""

from __future__ import annotations

from attrs import frozen

from ..model import Span


@frozen
class DocPerson:
    """One person of one article: the names used and what the article says they are.

    ``name`` is the full name as written ("James R. Dabney"); ``full`` is first name and
    surname, the key that links people across articles. A ``loose`` person is a surname the
    article uses alone as a person ("Gupta had accepted") and no full name of it explains: a
    person of the corpus only when linking across articles finds the one full-named person of
    that surname, else nobody."""

    surname: str
    first: str | None
    gender: str | None
    forms: tuple[str, ...]
    roles: tuple[str, ...] = ()
    name: str | None = None
    loose: bool = False

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


@frozen
class NameMention:
    """One name as written. ``surname`` is always set (for a lone given name, that name);
    ``first`` only for full names; ``name`` is the written name without its title."""

    span: Span
    text: str
    surname: str
    first: str | None = None
    title: str | None = None
    gender: str | None = None
    name: str = ""
    given: bool = False
    bare: bool = False

    @property
    def full(self) -> str | None:
        return f"{self.first} {self.surname}" if self.first else None
