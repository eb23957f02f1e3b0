"""The rules worth trying at a position, each compiled on its own, tried in the order of ``order``.

At a position the first rule (in ``order.RULES``) that matches wins, and when its normaliser
refuses the match the rules after it are tried there. Most rules cannot match at a given
position at all: "2008" cannot open "last year", "last" cannot open "12 September". So each rule
is tried only at the characters it may begin with (``first_chars``), which is a fraction of the
grammar at any position; a rule left out cannot match there, so the rule that wins and its match
are the same as if every rule were tried.

Each rule is its own compiled pattern, not a branch of one alternation of the whole grammar:
trying the next rules after a refusal is then going on down the list, not compiling the
alternation of the rules after the refused one; and a rule is only compiled the first time it
is tried, which keeps the import cheap (compiling the whole grammar takes longer than tagging
a few articles).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from .order import RULES
from .rule_starts import ALPHABET, FLAGS, Starts
from .starts_table import load

# Nothing may start right after a word character, a currency or other sign ("£2009", "#1990").
_NOT_AFTER = r"(?<![\w£$€#+\u00b0@])"
_WORD = re.compile(r"[A-Za-z]+")

_COMPILED: list[re.Pattern[str] | None] = [None] * len(RULES)
_EVERY_RULE = tuple(range(len(RULES)))
_BY_CHAR: dict[str, tuple[int, ...]] = {}
_BY_WORD: dict[str, tuple[int, ...]] = {}


def pattern(index: int) -> re.Pattern[str]:
    """Rule ``index`` compiled as the scanner tries it."""
    compiled = _COMPILED[index]
    if compiled is None:
        # The newline ends a comment on the pattern's last line, which would otherwise swallow
        # the closing parenthesis.
        compiled = _COMPILED[index] = re.compile(f"{_NOT_AFTER}(?:{RULES[index].pattern}\n)", FLAGS)
    return compiled


@cache
def _starts() -> tuple[Starts, ...]:
    """What each rule may begin with, loaded on first need."""
    return tuple(load(RULES, FLAGS))


def rules_at(text: str, position: int) -> tuple[int, ...]:
    """The rules, in order, that may begin at ``position``: at a word, those that may begin
    with that word; at another character of ``rule_starts.ALPHABET`` (a digit), those that may
    begin with it; elsewhere (a letter of another script) every rule."""
    word = _WORD.match(text, position)
    if word is not None:
        end = word.end()
        if text[end : end + 1].isascii():  # no letter of another script goes on with the word
            key = word.group().lower()
            found = _BY_WORD.get(key)
            if found is None:
                found = _BY_WORD[key] = tuple(i for i, starts in enumerate(_starts()) if starts.may_begin(key))
            return found
    char = text[position]
    if char.isascii() and (char := char.lower()) in ALPHABET:
        found = _BY_CHAR.get(char)
        if found is None:
            found = _BY_CHAR[char] = tuple(i for i, starts in enumerate(_starts()) if char in starts.chars)
        return found
    return _EVERY_RULE


def matches(text: str, position: int) -> Iterator[tuple[int, re.Match[str]]]:
    """The rules that match at ``position``, in order, with their matches: the first is what
    the grammar reads there, the next ones what it reads when the ones before are refused."""
    for index in rules_at(text, position):
        found = (_COMPILED[index] or pattern(index)).match(text, position)
        if found is not None:
            yield index, found
