"""Names that are not found by reading a run of capitals alone: a nickname in quotes inside a
name, and the short forms of the people an article names in full.

- Vincent "The Chin" Gigante, Luis Gerardo (Jerry) Ortiz: one name around a quoted nickname;
- a surname alone ("Lohan said", "LOHAN", "Lohan's") and a given name alone that only one
  person of the article has ("Laci") are that person wherever they stand;
- *loose* surnames: words used alone as a person ("Gupta had accepted") that no full name of
  the article explains, for linking across articles to decide.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from ..model import Span
from .doc import NameMention
from .lexicon import NOT_NAMES, SURNAMES_TOO, first_name_gender
from .tokens import Article, Kind, has_lower, kind_of

# The quoted nickname and the surname after it; the given name(s) before it are read back from
# there (a pattern that starts with a space is tried quickly at every position).
_NICKNAME = re.compile(
    r" ([\"“'‘(])((?:[A-Z][\w.’'-]*)(?: [A-Z][\w.’'-]*){0,2})([\"”'’)]) ([A-Z][a-zà-ÿ]+(?:['’]?[A-Z][a-zà-ÿ]+)*)"
)
_GIVEN_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][a-zà-ÿ]+)(?: ([A-Z][a-zà-ÿ]+))?$")
_INITIAL = re.compile(r"(?:[A-Z]\.)+$")


def nicknamed(text: str) -> list[NameMention]:
    """Vincent "The Chin" Gigante, Luis (Jerry) Ortiz: one name around a quoted nickname."""
    found = []
    for m in _NICKNAME.finditer(text):
        given = _GIVEN_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if given is None:
            continue
        if given.group(2) and kind_of(given.group(1).lower()) is not Kind.NAME:
            given = _GIVEN_BEFORE.search(text, given.start(2), m.start())  # "Fire Chief Robert": Robert
            if given is None:
                continue
        first, opening, closing, surname = given.group(1), m.group(1), m.group(3), m.group(4)
        pair = opening + closing in ('""', "“”", "''", "‘’", "()", "'’", "‘'")
        # in a title-case headline the quotation is a title: "Gary Ross 'Catching Fire' Negotiations"
        start, end = text.rfind("\n", 0, m.start()) + 1, text.find("\n", m.end())
        prose = has_lower(text, start, end if end != -1 else len(text))
        if pair and prose and first_name_gender(first) is not False and surname.lower() not in NOT_NAMES:
            gender = first_name_gender(first) or None
            span = Span(given.start(), m.end())
            written = text[span.start : span.end]
            found.append(NameMention(span, written, surname, first, None, gender, written))
    return found


def short_forms(article: Article, found: Sequence[NameMention], covered: set[int]) -> Iterator[NameMention]:
    """Surnames alone ("Lohan said", "LOHAN") and a unique given name alone ("Laci") of the
    people named in the article."""
    surnames = {m.surname for m in found if not m.given}
    firsts: dict[str, set[str]] = {}
    for m in found:
        if m.first and not _INITIAL.match(m.first) and m.first.lower() not in article.lower_words:
            firsts.setdefault(m.first, set()).add(m.surname)
    givens = {f for f, s in firsts.items() if len(s) == 1 and f not in surnames}
    text = article.text
    for run in article.runs:
        tokens = run.tokens
        for n, t in enumerate(tokens):
            if t.start in covered or t.kind is not Kind.NAME or t.lower in SURNAMES_TOO:
                continue
            if n + 1 < len(tokens) and tokens[n + 1].kind is Kind.ORG:
                continue
            if n and tokens[n - 1].kind in (Kind.PLACE, Kind.TITLE):
                continue
            if t.norm in surnames:
                yield NameMention(Span(t.start, t.end), text[t.start : t.end], t.norm, name=t.norm, bare=True)
            elif t.norm in givens and len(tokens) == 1 and t.lower not in article.lower_words:
                yield NameMention(
                    Span(t.start, t.end), text[t.start : t.end], t.norm, None, None, None, t.norm, given=True, bare=True
                )


def loose_surnames(article: Article, covered: set[int]) -> Iterator[NameMention]:
    words = {w for w in article.lone_words if w.lower() not in article.lower_words}
    if not words:
        return
    text = article.text
    for run in article.runs:
        tokens = run.tokens
        for n, t in enumerate(tokens):
            if t.start in covered or t.norm not in words or t.kind is not Kind.NAME:
                continue
            if (n + 1 < len(tokens) and tokens[n + 1].kind is Kind.ORG) or (n and tokens[n - 1].kind is Kind.PLACE):
                continue
            yield NameMention(Span(t.start, t.end), text[t.start : t.end], t.norm, name=t.norm, bare=True)
