"""What a rule's match can begin with, read from its parsed pattern: its first word or character.

The scanner tries the grammar at a few hundred positions per article, at the start of a word or
a number; trying every rule at each costs most of the tagging time, although at a given position
only the rules that can begin with the word there may match ("the" can open "the end of last
year", "last" cannot open "12 September"). This module works that out from each pattern itself
(the parse tree of Python's ``re``), so no rule has to declare it and a new rule is dispatched
correctly without anyone thinking about it.

The answers may only err on the side of too many rules: a rule left out of a word it can begin
with would silently lose matches. So everything not understood (a back reference, a wide
character class, an unknown node) counts as "anything may follow", and zero-width checks
(look-arounds, ``\\b``) are ignored, which only widens the answer. Case is ignored throughout, as
the scanner compiles the rules.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable, Sequence
from typing import Any

from attrs import frozen

# How the scanner compiles every rule (see ``grammar.Rule``).
FLAGS = re.IGNORECASE | re.VERBOSE
LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")
# The characters dispatched on at the start of a number (or any other start): a letter or a
# digit. Any other character is given every rule.
ALPHABET = LETTERS | frozenset("0123456789")

# The parser of ``re`` (private, but stable in shape since Python 3.11; its nodes are read by
# name, not by constant).
_parser: Any = importlib.import_module("re._parser")

_WIDE_CLASS = 6  # a class of more letters than this ([a-z]) ends the words it continues as prefixes
_LONGEST = 24  # a word longer than this is kept as a prefix
_MOST_WORDS = 4000  # past this many words under way, they are kept as prefixes


@frozen
class Starts:
    """What a pattern's match may begin with.

    At a word (a run of ASCII letters, lower-cased, followed by no letter) the pattern may match
    only if the word is one of ``words`` or begins with one of ``prefixes``; at any other
    character only if it is one of ``chars`` (all of ``ALPHABET`` when the pattern may match the
    empty string).
    """

    chars: frozenset[str]
    words: frozenset[str]
    prefixes: frozenset[str]

    def may_begin(self, word: str) -> bool:
        return word in self.words or any(word.startswith(prefix) for prefix in self.prefixes)


def starts(pattern: str, flags: int = FLAGS) -> Starts:
    """What a match of ``pattern`` may begin with."""
    tree = list(_parser.parse(pattern, flags))
    chars, nullable = _first_chars(tree)
    found = _Words()
    found.prefixes |= _walk(tree, {""}, found)  # a match may end after these letters
    return Starts(ALPHABET if nullable else chars, frozenset(found.words), frozenset(found.prefixes))


# The first characters --------------------------------------------------------------------------


def _first_chars(items: Iterable[tuple[Any, Any]]) -> tuple[frozenset[str], bool]:
    """First characters of a sequence of nodes, and whether all of it may match nothing."""
    found: set[str] = set()
    for op, av in items:
        chars, nullable = _first_of(op.name, av)
        found |= chars
        if not nullable:
            return frozenset(found), False
    return frozenset(found), True


def _first_of(name: str, av: Any) -> tuple[frozenset[str], bool]:
    if name == "LITERAL":
        return _variants(chr(av)), False
    if name == "IN":
        return _charset(av), False
    if name in ("AT", "ASSERT", "ASSERT_NOT"):
        return frozenset(), True  # zero width: ignoring the check can only widen the set
    if name == "SUBPATTERN":
        return _first_chars(av[3])
    if name == "ATOMIC_GROUP":
        return _first_chars(av)
    if name == "BRANCH":
        return _union(_first_chars(branch) for branch in av[1])
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        low, _, body = av
        chars, nullable = _first_chars(body)
        return chars, nullable or low == 0
    if name == "GROUPREF_EXISTS":
        _, yes, no = av
        return _union([_first_chars(yes), _first_chars(no) if no is not None else (frozenset(), True)])
    return ALPHABET, True  # ANY, NOT_LITERAL, back references and anything new: any character


def _union(parts: Iterable[tuple[frozenset[str], bool]]) -> tuple[frozenset[str], bool]:
    chars: set[str] = set()
    nullable = False
    for part_chars, part_nullable in parts:
        chars |= part_chars
        nullable = nullable or part_nullable
    return frozenset(chars), nullable


# The first words ------------------------------------------------------------------------------


class _Words:
    """The first words found so far: whole (a character that may be no letter follows) and
    prefixes (anything may follow, or the match may end)."""

    def __init__(self) -> None:
        self.words: set[str] = set()
        self.prefixes: set[str] = set()


def _walk(items: Iterable[tuple[Any, Any]], under_way: set[str], found: _Words) -> set[str]:
    """The letters read so far, taken through a sequence of nodes: the words still under way
    after it; the ones that ended are added to ``found``."""
    for op, av in items:
        if not under_way:
            break
        under_way = _step(op.name, av, under_way, found)
    return under_way


def _step(name: str, av: Any, under_way: set[str], found: _Words) -> set[str]:
    if name == "LITERAL":
        char = chr(av)
        return _read(_variants(char) & LETTERS, not _is_ascii_letter(char), under_way, found)
    if name == "IN":
        letters = _charset(av) & LETTERS
        return _read(letters, not _letters_only(av), under_way, found)
    if name in ("AT", "ASSERT", "ASSERT_NOT"):
        return under_way  # zero width: ignoring the check can only widen the answer
    if name == "SUBPATTERN":
        return _walk(av[3], under_way, found)
    if name == "ATOMIC_GROUP":
        return _walk(av, under_way, found)
    if name == "BRANCH":
        return set().union(*(_walk(branch, set(under_way), found) for branch in av[1]))
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        return _repeat(av, under_way, found)
    if name == "GROUPREF_EXISTS":
        _, yes, no = av
        return _walk(yes, set(under_way), found) | (_walk(no, set(under_way), found) if no is not None else under_way)
    found.prefixes |= under_way  # ANY, NOT_LITERAL, back references and anything new
    return set()


def _repeat(av: Any, under_way: set[str], found: _Words) -> set[str]:
    """``body{low,high}``: the body taken ``low`` times, then as long as it reads new words (a
    word met again after ``low`` goes on as it did the first time, with fewer repeats left)."""
    low, high, body = av
    unbounded = high == _parser.MAXREPEAT
    ended: set[str] = set()
    current = under_way
    count = 0
    seen: set[str] = set()
    while current:
        if count >= low:
            ended |= current
            seen |= current
        if not unbounded and count >= high:
            break
        current = _walk(body, set(current), found)
        count += 1
        if count > low:
            current -= seen
    return ended


def _read(letters: frozenset[str], other: bool, under_way: set[str], found: _Words) -> set[str]:
    """One character read: one of ``letters``, or, when ``other``, a character that is no
    letter, which ends the words under way."""
    if other:
        found.words |= under_way
    if not letters:
        return set()
    if len(letters) > _WIDE_CLASS or len(under_way) * len(letters) > _MOST_WORDS:
        found.prefixes |= under_way
        return set()
    longer = {word + letter for word in under_way for letter in letters}
    too_long = {word for word in longer if len(word) > _LONGEST}
    found.prefixes |= too_long
    return longer - too_long


# Characters and classes -------------------------------------------------------------------------


def _is_ascii_letter(char: str) -> bool:
    return char.isascii() and char.isalpha()


def _variants(char: str) -> frozenset[str]:
    """The characters of ``ALPHABET`` that match ``char`` when case is ignored ("K" and the
    Kelvin sign match "k")."""
    return frozenset(form for form in (char.lower(), char.upper().lower(), char.casefold()) if form in ALPHABET)


def _letters_only(entries: Sequence[tuple[Any, Any]]) -> bool:
    """Whether a class matches nothing but ASCII letters (``[sz]``, ``[a-z]``)."""
    for op, av in entries:
        name = op.name
        if name == "LITERAL" and _is_ascii_letter(chr(av)):
            continue
        if name == "RANGE" and all(_is_ascii_letter(chr(code)) for code in range(av[0], av[1] + 1)):
            continue
        return False
    return True


def _charset(entries: Sequence[tuple[Any, Any]]) -> frozenset[str]:
    """The characters of ``ALPHABET`` that a class such as ``[a-z\\d]`` or ``[^,]`` matches."""
    negated = False
    found: set[str] = set()
    for op, av in entries:
        name = op.name
        if name == "NEGATE":
            negated = True
        elif name == "LITERAL":
            found |= _variants(chr(av))
        elif name == "RANGE":
            low, high = av
            found |= {ch for ch in ALPHABET if any(low <= ord(form) <= high for form in (ch, ch.upper()))}
        elif name == "CATEGORY":
            found |= _category(av.name)
        else:
            return ALPHABET  # anything not understood matches every character
    # The complement of a widened set would be too narrow: a negated class may begin anything.
    return ALPHABET if negated else frozenset(found)


_DIGITS = frozenset("0123456789")
_CATEGORIES = {
    "DIGIT": _DIGITS,
    "NOT_DIGIT": ALPHABET - _DIGITS,
    "WORD": ALPHABET,
    "NOT_WORD": frozenset(),
    "SPACE": frozenset(),
    "NOT_SPACE": ALPHABET,
}


def _category(name: str) -> frozenset[str]:
    """``\\d``, ``\\w``, ``\\s`` and their negations, in any of their spellings (``CATEGORY_UNI_DIGIT``)."""
    kind = name.removeprefix("CATEGORY_").removeprefix("UNI_").removeprefix("LOC_")
    return _CATEGORIES.get(kind, ALPHABET)
