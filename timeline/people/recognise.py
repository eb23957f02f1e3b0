"""Finding the names of people in one article.

Names are read from runs of capitalised words (``tokens.py``); a run stops at punctuation, so
"Ed Balls/Sharon Shoesmith" gives two runs. Inside a run, titles and roles ("Oregon Gov.",
"Det. Sgt.", "Mayor"), organisation and place heads ("Council", "Hills"), place prefixes
("San", "Santa") and stop words split it into segments, and a segment is read as:

- a title and one to three name words ("Cllr Trudy Dean", "Mr. LaRue", "Sir Keith": after Sir,
  Dame, Prince... a lone word is a given name);
- a first name, optional middle names, initials or particles, a surname and a suffix
  ("Paul Carter", "W. Mark Felt", "J.K. Rowling", "Martin Luther King Jr.", "Gaetano Lo Presti").

A first name the first-name table does not hold, or one that the article also writes as a
lower-case word ("Will", "June", "Hope"), needs evidence: a title, a role or an age next to
the name, a speech verb, or the surname used alone or after a title elsewhere in the article.
A name right before an organisation head ("Betty Ford Center") is that organisation, here and
everywhere else in the article. Headlines (title case or capitals) say nothing by their
capitals, so a name there counts only when the body names that person.

Short forms come last: a word that is the surname (or the unique given name) of a person
named in full is that person wherever it stands ("Lohan said", "LOHAN", "Laci").
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from attrs import frozen

from ..model import Span
from .doc import NameMention
from .lexicon import (
    ESTABLISHMENTS,
    GIVEN_NAME_PREFIXES,
    GIVEN_NAME_TITLES,
    NOT_AFTER_TITLE,
    NOT_FIRST_NAMES,
    NOT_NAME_ENDINGS,
    NOT_NAMES,
    ROLE_NOUNS,
    SPEECH_VERBS,
    SURNAMES_TOO,
    TITLE_SURNAMES,
    TITLES,
    first_name_gender,
    given_name_gender,
    in_first_name_table,
)
from .places import is_place
from .roles import phrase_after
from .shortforms import loose_surnames, nicknamed, short_forms
from .tokens import Article, Kind, Run, Token, read_article

_AGE_BEFORE = re.compile(r"(?:\d+-year-old|aged \d+)\s*$")
_WORD_BEFORE = re.compile(r"([A-Za-z][a-z'’]*)(?:,)? $")
_AGE_AFTER = re.compile(r",\s*\d{1,3}\s*[,).]")
_SPEECH = "|".join(sorted(SPEECH_VERBS))
_SPEECH_AFTER = re.compile(rf",?\s+(?:{_SPEECH})\b")
_INITIAL = re.compile(r"(?:[A-Z]\.)+$")
_WINDOW = 40
_AFTER = re.compile(r" ([A-Z]?\d+[A-Za-z]*)\b|\s*\(([A-Z][\w .]{1,30})\)")


@frozen
class _Chunk:
    tokens: tuple[Token, ...]
    title: Token | None
    before_org: bool
    loud: bool


def find_names(text: str) -> tuple[NameMention, ...]:
    """Every person name written in ``text`` (offsets into ``text``), in text order."""
    return read_names(text)[0]


def read_names(text: str) -> tuple[tuple[NameMention, ...], tuple[NameMention, ...]]:
    """The person names of ``text``, and its *loose* surnames: words used alone as a person
    ("Gupta had accepted") that no full name of the article explains. Those may be a person
    the other articles name in full; linking across articles decides."""
    article = read_article(text)
    nicknames = nicknamed(text)
    covered = {i for m in nicknames for i in range(m.span.start, m.span.end)}
    chunks = [c for run in article.runs for c in _chunks(run) if c.tokens[0].start not in covered]
    org_names = {_name_text(c.tokens) for c in chunks if c.before_org and c.title is None and len(c.tokens) > 1}
    found = list(nicknames)
    loud: list[_Chunk] = []
    for chunk in chunks:
        if chunk.before_org or _name_text(chunk.tokens) in org_names:
            continue
        if chunk.loud:
            loud.append(chunk)
        elif _accepted(article, chunk):
            found.append(_mention(text, chunk))
    body = {m.surname for m in found} | {m.full for m in found if m.full}
    for chunk in loud:
        if chunk.tokens[0].start not in covered and _headline_name(article, chunk, body):
            found.append(_mention(text, chunk))
            covered |= set(range(chunk.tokens[0].start, chunk.tokens[-1].end))
    covered |= {i for m in found for i in range(m.span.start, m.span.end)}
    found.extend(short_forms(article, found, covered))
    covered |= {i for m in found for i in range(m.span.start, m.span.end)}
    return tuple(sorted(found, key=lambda m: m.span.start)), tuple(loose_surnames(article, covered))


def _headline_name(article: Article, chunk: _Chunk, body: set[str]) -> bool:
    """A headline's candidate is a person when the body names that person in full; else when
    it opens with a first name from the table (or a title) and the body names that surname,
    or would take it for a person and writes its surname capitalised, never in lower case."""
    names = [t for t in chunk.tokens if t.kind is not Kind.SUFFIX]
    first, surname = names[0], names[-1]
    if chunk.title is None and len(names) > 1 and f"{_given(names)} {surname.norm}" in body:
        return True
    if chunk.title is None and not (_INITIAL.match(first.word) or in_first_name_table(first.norm)):
        return False  # "Obama Overturns Bush": an unknown word is no first name in a headline
    if surname.norm in body:
        return _accepted(article, chunk, confirmed=True)
    if surname.lower in article.lower_words or surname.lower in NOT_FIRST_NAMES:
        return False
    return surname.norm in article.midcap and _accepted(article, chunk)


def _chunks(run: Run) -> Iterator[_Chunk]:
    """The candidate names of one run: each segment between breakers, parsed left to right."""
    tokens = run.tokens
    i = 0
    while i < len(tokens):
        if tokens[i].kind not in (Kind.NAME, Kind.PARTICLE, Kind.SUFFIX):
            i += 1
            continue
        j = i
        while j < len(tokens) and tokens[j].kind in (Kind.NAME, Kind.PARTICLE, Kind.SUFFIX):
            j += 1
        before = tokens[i - 1] if i else None
        after = tokens[j] if j < len(tokens) else None
        if before is None or before.kind is not Kind.PLACE:
            title = before if before is not None and before.kind is Kind.TITLE else None
            org = after.kind is Kind.ORG if after is not None else _is_org_word(run.next_lower)
            office = after is not None and after.kind is Kind.TITLE
            yield from _parse(tokens[i:j], title, org, run.loud, office)
        i = j


def _is_org_word(word: str | None) -> bool:
    return word is not None and word in ESTABLISHMENTS


def _parse(
    seg: Sequence[Token], title: Token | None, before_org: bool, loud: bool, office: bool = False
) -> Iterator[_Chunk]:
    """``office``: another title follows the segment, so a lone word after ``title`` is part of
    a compound office ("Deputy Prosecuting Attorney"), not a name."""
    parsed: list[tuple[tuple[Token, ...], Token | None]] = []
    i = 0
    if title is not None and loud:
        # In a headline a title may stand before one name word or two ("President Obama
        # Nominates"): both are tried, the longer first, and every untitled reading after them.
        for j in (2, 1):
            if j <= len(seg) and all(t.kind is Kind.NAME for t in seg[:j]) and _is_surname(seg[j - 1]):
                parsed.append((tuple(seg[:j]), title))
    elif title is not None and seg[0].lower not in NOT_AFTER_TITLE and not (office and len(seg) == 1):
        j = 0
        while j < len(seg) and j < 3 and seg[j].kind in (Kind.NAME, Kind.PARTICLE):
            j += 1
        while j > 0 and (not _is_surname(seg[j - 1]) or (j > 1 and _role_word(seg[j - 1]))):
            j -= 1  # "Dr. Sanjay Gupta Surgeon General": the role is not the surname
        if j:
            j += 1 if j < len(seg) and seg[j].kind is Kind.SUFFIX else 0
            parsed.append((tuple(seg[:j]), title))
            i = j
    while i < len(seg) - 1:
        skip = not _known_first(seg[i]) and not _INITIAL.match(seg[i].word)
        if i + 2 < len(seg) and skip and _known_first(seg[i + 1]):
            i += 1  # "Nominates Regina Benjamin", "Chargers Jamal Williams"
            continue
        end = _name_end(seg, i, loud)
        if end is None:
            i += 1
            continue
        end += 1 if end + 1 < len(seg) and seg[end + 1].kind is Kind.SUFFIX else 0
        parsed.append((tuple(seg[i : end + 1]), None))
        i = i + 1 if loud else end + 1  # in a headline every reading is tried: "SAID GARY ROSS"
    for n, (tokens, t) in enumerate(parsed):
        last = n == len(parsed) - 1 and tokens[-1] is seg[-1]
        yield _Chunk(tokens, t, before_org and last, loud)


def _name_end(seg: Sequence[Token], i: int, loud: bool) -> int | None:
    """Index of the surname of the name starting at ``seg[i]`` (None: no name starts there)."""
    first = seg[i]
    if first.kind is not Kind.NAME or (first.word.endswith(".") and not _INITIAL.match(first.word)):
        return None
    best = None
    for end in range(i + 1, min(i + 4, len(seg))):
        middles = seg[i + 1 : end]
        plain = all(_INITIAL.match(m.word) or m.kind is Kind.PARTICLE for m in middles)
        if any(m.kind is Kind.SUFFIX or not _middle(m) for m in middles) or (middles and loud and not plain):
            break
        if _is_surname(seg[end]) and (end == i + 1 or plain or not loud):
            best = end
        if seg[end].kind is not Kind.PARTICLE and not _INITIAL.match(seg[end].word) and best == end and end > i + 1:
            break
    return best


def _role_word(token: Token) -> bool:
    return token.lower in ROLE_NOUNS and token.lower not in TITLE_SURNAMES


def _known_first(token: Token) -> bool:
    return token.kind is Kind.NAME and first_name_gender(token.norm) is not False


def _middle(token: Token) -> bool:
    return bool(_INITIAL.match(token.word)) or token.kind is Kind.PARTICLE or first_name_gender(token.norm) is not False


def _is_surname(token: Token) -> bool:
    word = token.norm
    return (
        token.kind is Kind.NAME
        and (len(word) > 2 or (len(word) == 2 and word[1].islower()))
        and not word.endswith(".")
        and (token.lower not in NOT_NAMES or token.lower in SURNAMES_TOO)
    )


def _surname(tokens: Sequence[Token]) -> Token:
    return next(t for t in reversed(tokens) if t.kind is not Kind.SUFFIX)


def _name_text(tokens: Sequence[Token]) -> str:
    return " ".join(t.norm for t in tokens)


def _accepted(article: Article, chunk: _Chunk, confirmed: bool = False) -> bool:
    """Whether a candidate is a person.

    A title makes it one. Otherwise a first name from the table that the article does not also
    use as a common word is enough; one that is also a word ("Will", "June") or a place
    ("Jordan") needs an age, a role or a title beside the name, or a speech verb; one the table
    lacks ("Kimani") needs an age, a role, a title, or the surname used alone as a person or
    after a title elsewhere (a speech verb is no evidence there: companies speak too). Places
    are nobody: "Beverly Hills", "Indianapolis Colts", "Telecom Egypt", "Brooklyn Mother".
    ``confirmed``: the body names this surname (for a headline's candidates)."""
    names = [t for t in chunk.tokens if t.kind is not Kind.SUFFIX]
    if chunk.title is not None:
        return True
    if len(names) < 2 or is_place(_name_text(names)):
        return False
    after = _AFTER.match(article.text, chunk.tokens[-1].end)
    if after and (after.group(1) is not None or is_place(after.group(2))):
        return False  # "BlackBerry Curve 8900", "Abu Talat (Egypt)": a product, a place
    first, surname = names[0], names[-1]
    if surname.lower in ROLE_NOUNS and surname.lower not in TITLE_SURNAMES:
        return False  # "Brooklyn Mother", "U.S. Surgeon"
    if _INITIAL.match(first.word):
        return True
    in_table = in_first_name_table(first.norm)
    place = is_place(first.norm)
    if place and surname.lower in article.lower_words:
        return False
    wordlike = first.lower in NOT_FIRST_NAMES or first.lower in article.lower_words
    if in_table and not wordlike:
        return True
    if confirmed:
        return True
    evidence = _evidence(article, chunk.tokens)
    if first.sentence_start and first.norm not in article.midcap and not in_table:
        evidence -= {"lone", "titled"}  # "Mass Internet outages": capitals of a sentence's start
    if in_table:
        return bool(evidence & ({"age", "role", "title"} if place else {"age", "role", "title", "speech"}))
    if first.lower in article.lower_words or first.lower.endswith(NOT_NAME_ENDINGS):
        return False
    if _brand(first.word):
        return False
    if place or is_place(surname.norm):
        return bool(evidence & {"age", "role", "title"})
    return bool(evidence & {"age", "role", "title", "titled", "lone"})


def _brand(word: str) -> bool:
    if word.startswith(("Mac", "Mc")):
        return True  # "Macbook": Mac and Mc start surnames, not given names
    inner = any(c.isupper() for c in word[1:]) and not word.isupper()
    return inner and "'" not in word and "’" not in word and not word.startswith(GIVEN_NAME_PREFIXES)


def _evidence(article: Article, tokens: Sequence[Token]) -> set[str]:
    """What the text around a candidate name says of it."""
    found = set()
    text, start, end = article.text, tokens[0].start, tokens[-1].end
    surname = _surname(tokens).norm
    if surname in article.titled:
        found.add("titled")
    if surname in article.lone_words:
        found.add("lone")
    before = text[max(0, start - _WINDOW) : start]
    if _AGE_BEFORE.search(before):
        found.add("age")
    word = _WORD_BEFORE.search(before)
    if word:
        lower = word.group(1).lower()
        found |= {
            k for k, table in (("role", ROLE_NOUNS), ("speech", SPEECH_VERBS), ("title", TITLES)) if lower in table
        }
    after = text[end : end + _WINDOW]
    if _AGE_AFTER.match(after):
        found.add("age")
    if _SPEECH_AFTER.match(after):
        found.add("speech")
    if phrase_after(text, end) is not None:
        found.add("role")
    return found


def _mention(text: str, chunk: _Chunk) -> NameMention:
    names = [t for t in chunk.tokens if t.kind is not Kind.SUFFIX]
    start = (chunk.title or chunk.tokens[0]).start
    end = chunk.tokens[-1].end
    title = chunk.title.lower if chunk.title else None
    surname = names[-1].norm
    first = _given(names) if len(names) > 1 else None
    given = len(names) == 1 and title in GIVEN_NAME_TITLES
    gender = TITLES.get(title) if title else None
    if gender is None and (first or given):
        gender = given_name_gender(first or surname)
    return NameMention(
        Span(start, end), text[start:end], surname, first, title, gender, _name_text(chunk.tokens), given=given
    )


def _given(names: Sequence[Token]) -> str:
    """The first name used to match: "Mark" of "W. Mark Felt", else the first word."""
    if _INITIAL.match(names[0].word) and len(names) > 2 and not _INITIAL.match(names[1].word):
        return names[1].norm
    return names[0].norm
