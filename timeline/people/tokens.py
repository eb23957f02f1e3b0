"""The capitalised words of one article, read once: runs, word classes, paragraphs and the
article-wide facts the recogniser weighs as evidence.

Everything here is one linear pass over the text (three regular-expression scans in all), so
the recogniser never searches the whole text again per word or per name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from enum import Enum
from functools import lru_cache

from attrs import frozen

from ..model import Span
from .lexicon import (
    DOTTED,
    NAME_PARTICLES,
    NOT_NAMES,
    NUMERAL_SUFFIXES,
    ORG_WORDS,
    PLACE_PREFIXES,
    ROLE_NOUNS,
    SPEECH_VERBS,
    SUFFIXES,
    SURNAMES_TOO,
    TITLE_SURNAMES,
    TITLES,
    in_first_name_table,
)

_INITIALS = r"(?:[A-Z]\.){2,3}"
_CAPS = r"[A-Z]{2,}(?:['’][A-Z]{2,})?(?![a-z])"
_MIXED = r"[A-Z](?:[a-zà-ÿ]+(?:['’][a-zà-ÿ]{2,})?|\.)?(?:['’]?[A-Z][a-zà-ÿ]+)*(?:-[A-Z][a-zà-ÿ]+)*"
_DOTTED = "|".join(sorted(DOTTED, key=len, reverse=True))
_WORD = rf"(?:(?:{_DOTTED})\.(?= [A-Z])|{_INITIALS}|{_CAPS}|{_MIXED})"
_RUN = re.compile(rf"(?=[A-Z])(?<![\w'’-]){_WORD}(?: {_WORD})*(?![A-Za-z0-9])")
_TOKEN = re.compile(_WORD)
_LOWER = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]*")
_PARAGRAPH = re.compile(r"[^\n]+")
_NEXT_LOWER = re.compile(r" ([a-z]+)")
_QUOTED = re.compile(r"[\"“]([^\"“”\n]{1,80})[\"”]")
_LOWER_WORD = re.compile(r"(?<![\w'’-])(?!(?:a|an|the|of|in|on|at|to|for|and|or|with|from|by)\b)[a-z]")
_SPEECH = "|".join(sorted(SPEECH_VERBS))
_ROLE = "|".join(sorted(ROLE_NOUNS))
# What follows a surname used as a person: an age, a verb, or a role in apposition ("Whitcombe,
# the mayor,", "Ibarra, a councilwoman since 2019,").
_PERSON_AFTER = re.compile(
    rf"(?:['’]s)?(?:,\s*\d{{1,3}}\s*[,)]|,?\s+(?:{_SPEECH}|was|is|has|had|will|would|could|did|does)\b|\s+[a-z]+ed\b"
    rf"|,\s+(?:the|a|an|its|his|her|their)\s+(?:[a-z][\w'’.-]*\s+){{0,3}}?(?:{_ROLE})\b)"
)
_THE_BEFORE = re.compile(r"\b[Tt]he $")
_SPEECH_BEFORE = re.compile(rf"\b(?:{_SPEECH}) $")
# Lower-case words a title-case headline still writes in lower case ("Checks into Rehab").
_SMALL = frozenset("a an the of in on at to for and or but by with from as vs via into over up out off is are".split())
_HEADLINE = 200  # characters: a longer paragraph is no headline
_SENTENCE_END = '.!?:;"“”‘’(\n'


class Kind(Enum):
    """What a capitalised word can be inside a name."""

    NAME = "name"
    TITLE = "title"
    ORG = "org"
    PLACE = "place"
    PARTICLE = "particle"
    SUFFIX = "suffix"
    STOP = "stop"


@frozen
class Token:
    """One capitalised word: ``word`` as written, ``norm`` in title case (for "GARY ROSS")."""

    start: int
    end: int
    word: str
    norm: str
    kind: Kind
    sentence_start: bool

    @property
    def lower(self) -> str:
        return self.norm.lower().rstrip(".")


@frozen
class Run:
    """Capitalised words separated only by single spaces; ``loud`` when its paragraph is a
    title-case or all-capitals headline, where capitals say nothing about names."""

    tokens: tuple[Token, ...]
    loud: bool
    next_lower: str | None = None  # the lower-case word right after the run ("clinic")


@frozen
class Article:
    """The runs of an article and the facts read from all of it."""

    text: str
    runs: tuple[Run, ...]
    lower_words: frozenset[str]
    titled: frozenset[str]
    lone_words: frozenset[str]
    midcap: frozenset[str]  # words written capitalised in mid-sentence somewhere


@lru_cache(maxsize=65536)
def kind_of(lower: str) -> Kind:
    """The class of a capitalised word from the lexicon (``lower``: lower case, no final dot)."""
    if lower in TITLES:
        return Kind.TITLE
    if lower in ORG_WORDS or (lower.endswith("s") and lower[:-1] in ORG_WORDS):
        return Kind.ORG
    if lower in NAME_PARTICLES:
        return Kind.PARTICLE
    if lower in PLACE_PREFIXES:
        return Kind.PLACE
    if lower in SUFFIXES:
        return Kind.SUFFIX
    if lower in NOT_NAMES and lower not in SURNAMES_TOO:
        return Kind.STOP
    return Kind.NAME


def _is_caps(word: str) -> bool:
    return len(word) > 1 and word.isupper() and "." not in word


def _sentence_start(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in " \t\"“‘'":
        i -= 1
    if i >= 0 and text[i] == ".":
        j = i
        while j > 0 and text[j - 1].isalpha():
            j -= 1
        if text[j:i] in DOTTED or i - j == 1:
            return False  # "Mr. LaRue", "W. Mark Felt": the stop of an abbreviation
    return i < 0 or text[i] in _SENTENCE_END


def read_article(text: str) -> Article:
    """Tokens, runs and article-wide evidence of ``text``."""
    lower_words = frozenset(_LOWER.findall(text))
    para_starts: list[int] = []
    para_ends: list[int] = []
    for paragraph in _PARAGRAPH.finditer(text):
        para_starts.append(paragraph.start())
        para_ends.append(paragraph.end())
    para_caps = [0] * len(para_starts)
    para_upper = [0] * len(para_starts)
    raw: list[tuple[int, int, list[str]]] = []
    index = 0
    for run in _RUN.finditer(text):
        start = run.start()
        while index + 1 < len(para_starts) and para_starts[index + 1] <= start:
            index += 1
        words = run.group().split(" ")  # a run's words are separated by single spaces
        if para_starts:
            para_caps[index] += len(words)
            para_upper[index] += sum(1 for w in words if _is_caps(w))
        raw.append((index, start, words))
    shouting = [caps >= 3 and upper * 5 >= caps * 4 for caps, upper in zip(para_caps, para_upper, strict=True)]
    loud = [
        caps >= 3 and (shout or (end - start <= _HEADLINE and not has_lower(text, start, end)))
        for caps, shout, start, end in zip(para_caps, shouting, para_starts, para_ends, strict=True)
    ]
    titles = _quoted_titles(text)
    runs = []
    midcap: set[str] = set()
    for index, run_start, words in raw:
        if len(words) == 1 and not _is_caps(words[0]) and kind_of(words[0].lower().rstrip(".")) is Kind.STOP:
            continue  # "The", "He", "In": most runs are one stop word opening a sentence
        is_loud = bool(loud and loud[index]) or (bool(titles) and any(q.start <= run_start < q.end for q in titles))
        acronyms = not (shouting and shouting[index])
        tokens: list[Token] = []
        start = run_start
        for word in words:
            caps = _is_caps(word) and word.lower() not in NUMERAL_SUFFIXES
            norm = (word.capitalize() if "'" not in word and "’" not in word else word.title()) if caps else word
            lower = norm.lower().rstrip(".")
            kind = Kind.NAME if len(word) == 2 and word[1] == "." else kind_of(lower)  # "A." of "Stephen A. Smith"
            # Outside an all-capitals paragraph a word in capitals is an acronym (AMD, NYPD, INS).
            kind = Kind.STOP if caps and kind is Kind.NAME and acronyms else kind
            if kind is Kind.TITLE and lower in TITLE_SURNAMES and tokens and in_first_name_table(tokens[-1].norm):
                kind = Kind.NAME  # "Billy King": after a first name, the title word is a surname
            initial = not tokens and _sentence_start(text, start)  # inside a run a word follows a word
            tokens.append(Token(start, start + len(word), word, norm, kind, initial))
            if not initial and not is_loud:
                midcap.add(norm)
            start += len(word) + 1
        after = _NEXT_LOWER.match(text, tokens[-1].end)
        runs.append(Run(tuple(tokens), is_loud, after.group(1) if after else None))
    return Article(text, tuple(runs), lower_words, _titled(runs), _lone_words(text, runs), frozenset(midcap))


def has_lower(text: str, start: int, end: int) -> bool:
    """Whether a paragraph writes a word other than a small one in lower case (read only for
    paragraphs with three capitalised words or more, so the text is scanned about once)."""
    return any(w not in _SMALL for w in _LOWER.findall(text, start, end))


def _quoted_titles(text: str) -> list[Span]:
    """Quotations of capitalised words only ('"The Big Lebowski"', '"MSHTML Shim Workaround"'):
    titles of works, where capitals say nothing about names, as in a headline."""
    return [Span(m.start(), m.end()) for m in _QUOTED.finditer(text) if not _LOWER_WORD.search(m.group(1))]


def _titled(runs: Sequence[Run]) -> frozenset[str]:
    """Words written right after a title anywhere in the article ("Mr Newson")."""
    found = set()
    for run in runs:
        for a, b in zip(run.tokens, run.tokens[1:], strict=False):
            if a.kind is Kind.TITLE and b.kind is Kind.NAME:
                found.add(b.norm)
    return frozenset(found)


def _lone_words(text: str, runs: Sequence[Run]) -> frozenset[str]:
    """Words standing alone as a capitalised run outside headlines and used as a person there:
    a speech verb, an age or a verb right after ("Comeaux, 49,", "Comeaux said", "Ratliff
    returned"), or a speech verb before ("said Comeaux"). That is how news copy repeats a
    surname, and how it never writes a product or a team."""
    found = set()
    for run in runs:
        if len(run.tokens) != 1 or run.loud or run.tokens[0].kind is not Kind.NAME:
            continue
        token = run.tokens[0]
        if _THE_BEFORE.search(text, max(0, token.start - 4), token.start):
            continue  # "the Blazers fired him": a team, a firm, a band; a person's surname takes no article
        after = _PERSON_AFTER.match(text, token.end)
        before = _SPEECH_BEFORE.search(text, max(0, token.start - 12), token.start)
        if after or before:
            found.add(token.norm)
    return frozenset(found)
