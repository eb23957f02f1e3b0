"""Roles written beside a name: "KCC leader Paul Carter", "Malcolm Newsam, KCC's social services
chief,", "boss, Malcom Newson,". A phrase is a role when it holds a role noun (lexicon)."""

from __future__ import annotations

import re

from ..model import Span
from .lexicon import DOTTED, ROLE_MODIFIERS, ROLE_NOUNS

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
# prepositions of "said through her lawyer, Daniel Whitfield,", and the honorific of a UK
# circuit judge ("Her Honour Judge Coe": the role is "Judge").
_LEADING = frozenset(
    "the a an his her their its through via for of by with from to about over under honour honor".split()
)
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


_INITIAL = re.compile(r"\b[A-Z]$")


def _abbreviation_stop(window: str, stop: re.Match[str]) -> bool:
    """Whether the stop found is the full stop of a title's abbreviation ("Oregon Gov.") or
    of an initialism inside the role ("U.S. Attorney", "U.S. District Judge")."""
    if stop.group() != ".":
        return False
    if _INITIAL.search(window, 0, stop.start()):  # the stops of "U.S." are no sentence's end
        return True
    word = _WORD_BEFORE_STOP.search(window, 0, stop.start())
    return word is not None and word.group(1) in DOTTED


# UK court reports name counsel by what they do, before a comma: "Prosecuting, Andrew Baines
# said", "Defending, Priya Sandhu said" (not "the defending champion Saints", a team).
_COUNSEL = frozenset(("prosecuting", "defending", "mitigating"))
_COUNSEL_BEFORE = re.compile(r"(?:^|[.!?\n]\s*)([A-Z][a-z]+),\s*$")


def _phrase_before(text: str, start: int, floor: int = 0) -> str | None:
    window = text[max(0, floor, start - 160) : start]
    counsel = _COUNSEL_BEFORE.search(window)
    if counsel is not None and counsel.group(1).lower() in _COUNSEL:
        return counsel.group(1)
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
    kept = _after_verb(kept)
    while kept and kept[0].lower() in _LEADING:
        kept.pop(0)
    if kept and kept[0] in _POSSESSIVES:  # "Mr Ashworth's mother, June Ashworth": the role is whose
        owner = _NAME_BEFORE.search(text, max(0, floor - 60), floor)
        if owner is None:
            return _role(kept[1:])
        kept = [owner.group() + kept[0], *kept[1:]]
    return _role(kept)


_POSSESSIVES = frozenset(("'s", "’s", "'", "’"))
# The name a possessive role hangs from, which ends where the phrase read back starts ("floor")
_NAME_BEFORE = re.compile(r"(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*$")


def _after_verb(words: list[str]) -> list[str]:
    """The words after the last lower-case one that cannot be part of a role, when a title in
    capitals follows it: "paid Councilwoman", "to censure Councilwoman" are the verb of the
    sentence and the title. A lower-case noun before a lower-case role noun is part of the role
    ("cabinet member", "health secretary"), and so is a word after a preposition ("director of
    children's services")."""
    for i in range(len(words) - 2, -1, -1):
        rest = words[i + 1 :]
        if (
            _title_after_modifiers(rest)
            and _outside_role(words[i])
            and (i == 0 or words[i - 1].lower() not in _LEADING)
            and _has_role_noun(rest)
        ):
            return rest
    return words


def _title_after_modifiers(words: list[str]) -> bool:
    """Whether ``words`` open with a word in capitals, perhaps after words qualifying a role
    ("former FEMA Administrator", "acting Chief Constable")."""
    for word in words:
        if word[:1].isupper():
            return True
        if word.lower() not in ROLE_MODIFIERS:
            return False
    return False


def _has_role_noun(words: list[str]) -> bool:
    return any(w.lower().strip("'’.") in ROLE_NOUNS for w in words)


def _outside_role(word: str) -> bool:
    """Whether a lower-case word of a phrase before a name is no part of its role: not a role
    noun or a word qualifying one (``ROLE_MODIFIERS``), nor a possessive ("the council's
    deputy leader")."""
    if not word[:1].islower() or word.endswith(("'s", "’s")):
        return False
    lower = word.lower().strip("'’.")
    return lower not in ROLE_NOUNS and lower not in ROLE_MODIFIERS and not lower.startswith("then-")


# "Will Brand, 34, a night security guard,": the role after the age
_AFTER = re.compile(r"\s*(?:,\s*(?:\d{1,3},\s*)?(?:\([^)]{1,20}\),\s*)?|\s*\[)([^,\[\]\n;.]+)(?:[,\]])")


def span_after(text: str, end: int) -> Span | None:
    """Where the phrase after the name ending at ``end`` lies, when it is a role
    (``phrase_after``): "Dr Helen Okafor, the trust's chief executive since 2021, said"."""
    m = _AFTER.match(text, end, end + 160)
    return Span(m.start(1), m.end(1)) if m is not None and _role_after(m) is not None else None


def phrase_after(text: str, end: int) -> str | None:
    m = _AFTER.match(text, end, end + 160)
    return _role_after(m) if m is not None else None


def _role_after(m: re.Match[str]) -> str | None:
    """The role the phrase ``_AFTER`` matched holds, if any."""
    words = _WORD.findall(m.group(1))
    if not words or words[0].lower() in _VERB_START:
        return None
    while words and words[0].lower() in _LEADING:
        words.pop(0)
    return _role(words)


def _role(words: list[str]) -> str | None:
    if not words or len(words) > _MAX_WORDS:
        return None
    if not _has_role_noun(words):  # "Gov.", "Det. Sgt."
        return None
    return " ".join(words)
