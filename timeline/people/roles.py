"""Roles written beside a name: "KCC leader Paul Carter", "Malcolm Newsam, KCC's social services
chief,", "boss, Malcom Newson,". A phrase is a role when it holds a role noun (lexicon)."""

from __future__ import annotations

import re

from ..model import Span
from .lexicon import DOTTED, ROLE_NOUNS

# Words that end a role phrase read backwards from the name ("was former KCC chief executive").
_BREAKERS = frozenset(
    """
was is were are be been by including include includes and or but with to from told said says
that as at on in when while who whom which after before than like among against said: such
met meets meet joined replaced succeeded thanked backed named called praised criticised
accused urged blamed attacked defended visited invited interviewed beat sacked hired chose
followed told tells says say asked asks added adds
""".split()
) - {"and"}
# Words that open a role phrase without being part of it: articles, possessives, and the
# prepositions of "said through her lawyer, Daniel Whitfield,".
_LEADING = frozenset("the a an his her their its through via for of by with from to about over under".split())
_VERB_START = frozenset("has have had was is were are who which said says will would can could did does".split())
_WORD = re.compile(r"[\w'’.-]+")
# Where a role phrase read backwards stops: punctuation, and a dash (a dateline's "PORTLAND,
# Maine — Mayor ..." is no "Maine Mayor").
_PUNCT_BEFORE = re.compile(r"[,;:.!?()\[\]“”\"\n\u2014\u2013]|\s-\s")
_MAX_WORDS = 10


def roles_near(text: str, span: Span, floor: int = 0) -> tuple[str, ...]:
    """The role phrases written right before or right after the name at ``span``; the phrase
    before never reaches back past ``floor`` (the end of the previous name)."""
    found = []
    before = _phrase_before(text, span.start, floor)
    if before:
        found.append(before)
    after = phrase_after(text, span.end)
    if after:
        found.append(after)
    return tuple(found)


_WORD_BEFORE_STOP = re.compile(r"([A-Za-z]+)$")


def _abbreviation_stop(window: str, stop: re.Match[str]) -> bool:
    """Whether the stop found is the full stop of a title's abbreviation ("Oregon Gov.")."""
    if stop.group() != ".":
        return False
    word = _WORD_BEFORE_STOP.search(window, 0, stop.start())
    return word is not None and word.group(1) in DOTTED


def _phrase_before(text: str, start: int, floor: int = 0) -> str | None:
    window = text[max(0, floor, start - 160) : start]
    comma = window.rstrip().endswith(",")
    if comma:
        window = window.rstrip()[:-1]
    cut = max((m.end() for m in _PUNCT_BEFORE.finditer(window) if not _abbreviation_stop(window, m)), default=0)
    words = _WORD.findall(window[cut:])
    kept: list[str] = []
    for word in reversed(words):
        lower = word.lower()
        if lower in _BREAKERS or (word.islower() and lower.endswith("ed") and lower not in ROLE_NOUNS):
            break
        kept.append(word)
    kept.reverse()
    while kept and kept[0].lower() in _LEADING:
        kept.pop(0)
    return _role(kept)


def phrase_after(text: str, end: int) -> str | None:
    rest = text[end : end + 160]
    # "Will Brand, 34, a night security guard,": the role after the age
    m = re.match(r"\s*(?:,\s*(?:\d{1,3},\s*)?(?:\([^)]{1,20}\),\s*)?|\s*\[)([^,\[\]\n;.]+)(?:[,\]])", rest)
    if not m:
        return None
    words = _WORD.findall(m.group(1))
    if not words or words[0].lower() in _VERB_START:
        return None
    while words and words[0].lower() in _LEADING:
        words.pop(0)
    return _role(words)


def _role(words: list[str]) -> str | None:
    if not words or len(words) > _MAX_WORDS:
        return None
    if not any(w.lower().strip("'’.") in ROLE_NOUNS for w in words):  # "Gov.", "Det. Sgt."
        return None
    return " ".join(words)
