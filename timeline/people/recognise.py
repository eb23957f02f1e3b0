"""Finding the names of people in one article.

A name is found in a run of capitalised words (runs stop at punctuation, so "Ed Balls/Sharon
Shoesmith" gives two runs). Inside a run a name is either a title followed by one to three name
words ("Cllr Trudy Dean", "Mr Gilroy"), or a first name from the lexicon followed by a surname
("Paul Carter"). A pair whose first word is not in the lexicon ("Malcom Newson") is a name only
when the article also calls that surname by a title ("Mr Newson") or a role noun stands right
before it ("boss, Malcom Newson"). A run holding an organisation or place head ("Wells Council",
"St Anne's Hospital") is nobody.
"""

from __future__ import annotations

import re

from attrs import frozen

from ..model import Span
from .lexicon import NOT_AFTER_TITLE, NOT_NAMES, ORG_WORDS, ROLE_NOUNS, SURNAMES_TOO, TITLES, first_name_gender

_WORD = r"[A-Z](?:[a-zà-ÿ]+|\.)?(?:['’]?[A-Z][a-zà-ÿ]+)*(?:-[A-Z][a-zà-ÿ]+)*"
_RUN = re.compile(rf"(?<![\w'’-]){_WORD}(?: {_WORD})*(?![A-Za-z0-9])")
_TOKEN = re.compile(_WORD)
_ROLE_BEFORE = re.compile(r"([a-z][a-z'’]*)(?:,)? $")


@frozen
class NameMention:
    """One name as written: ``surname`` is always set; ``first`` only for full names."""

    span: Span
    text: str
    surname: str
    first: str | None = None
    title: str | None = None
    gender: str | None = None

    @property
    def full(self) -> str | None:
        return f"{self.first} {self.surname}" if self.first else None


def _is_surname(word: str) -> bool:
    lower = word.lower()
    return (
        (len(word) > 2 or (len(word) == 2 and word[1].islower()))
        and not word.endswith(".")
        and (lower not in NOT_NAMES or lower in SURNAMES_TOO)
        and lower not in ORG_WORDS
        and lower not in TITLES
    )


def find_names(text: str) -> tuple[NameMention, ...]:
    """Every person name written in ``text`` (offsets into ``text``), in text order."""
    runs = []
    for run in _RUN.finditer(text):
        words = [(m.start() + run.start(), m.end() + run.start(), m.group()) for m in _TOKEN.finditer(run.group())]
        if not any(w.lower().rstrip(".") in ORG_WORDS for _, _, w in words):
            runs.append(words)
    titled_surnames = {name[-1][2] for words in runs for name, title in _titled(words)}
    found = []
    for words in runs:
        for name, title in _titled(words) or _untitled(text, words, titled_surnames):
            found.append(_mention(text, name, title))
    return tuple(found)


def _titled(words: list[tuple[int, int, str]]) -> list[tuple[list, str]]:
    """Title + one to three name words, every such name in the run."""
    names = []
    i = 0
    while i < len(words) - 1:
        title = words[i][2].lower().rstrip(".")
        if title in TITLES and words[i + 1][2].lower() not in NOT_AFTER_TITLE:
            j = i + 1
            while j < len(words) and j - i <= 3 and (_name_word(words[j][2]) or _is_surname(words[j][2])):
                j += 1
            if j > i + 1 and _is_surname(words[j - 1][2]):
                names.append((words[i:j], title))
                i = j
                continue
        i += 1
    return names


def _untitled(text: str, words: list[tuple[int, int, str]], titled_surnames: set[str]) -> list[tuple[list, None]]:
    """First name (+ middle name or initial) + surname, every such name in the run."""
    names = []
    i = 0
    while i < len(words) - 1:
        word = words[i][2]
        if _name_word(word) and not word.endswith("."):
            j = i + 1
            if j + 1 < len(words) and _is_initial_or_first(words[j][2]) and _is_surname(words[j + 1][2]):
                j += 1
            surname = words[j][2]
            if _is_surname(surname) and (
                first_name_gender(word) is not False or surname in titled_surnames or _role_before(text, words[i][0])
            ):
                names.append((words[i : j + 1], None))
                i = j + 1
                continue
        i += 1
    return names


def _role_before(text: str, start: int) -> bool:
    role = _ROLE_BEFORE.search(text, max(0, start - 40), start)
    return bool(role) and role.group(1) in ROLE_NOUNS


def _mention(text: str, words: list[tuple[int, int, str]], title: str | None) -> NameMention:
    start, end = words[0][0], words[-1][1]
    names = [w for _, _, w in words[1 if title else 0 :]]
    first = names[0] if len(names) > 1 else None
    gender = TITLES.get(title) if title else None
    if gender is None and first is not None:
        gender = first_name_gender(first) or None
    return NameMention(Span(start, end), text[start:end], names[-1], first, title, gender)


def _name_word(word: str) -> bool:
    lower = word.lower().rstrip(".")
    return lower not in NOT_NAMES and lower not in TITLES and lower not in ORG_WORDS


def _is_initial_or_first(word: str) -> bool:
    return (len(word) == 2 and word.endswith(".")) or first_name_gender(word) is not False
