"""Numbers that are no dates wherever a rule would read one: parts of a code, a name, an
address, a telephone number or a decimal ("case 2015-XA", "Windows 2000", "2012 Main Street",
"0800 2011 2012", "40.1693"), and counts ("2008 cases"). The scanner asks before it keeps a
match whose text starts or ends with a figure."""

from __future__ import annotations

import re

from . import vocabulary as v

_WORD_BEFORE = re.compile(r"([A-Za-z][\w.]*)\s*$")
_WORD_AFTER = re.compile(r"\s*([A-Za-z]+)")
_RANGE_BEFORE = re.compile(r"\d{4}\s?[-/\u2013]\s?$")
_RANGE_AFTER = re.compile(r"\s?[-/\u2013]\s?\d+")
_CHAINED_BEFORE = re.compile(r"\d\s?[-/\u2013]\s?$")
# A capitalised word inside a sentence right before a year ("running Windows 2000"): a name.
_NAME_BEFORE = re.compile(r"(?<=[a-z,] )(?-i:([A-Z][A-Za-z]+|[A-Z]{2,}|[a-z][A-Z][A-Za-z]+))\s$")
# Capitals after a year and a dash or slash ("case 2015-XA", "2016/B12"): a reference code; a range
# or "2015-present" has figures or a word in lower case there.
_CODE_AFTER = re.compile(r"[-/][A-Z]{1,3}\d*(?![A-Za-z])")
# A house number: "lives at 2012 Main Street", "1600 Pennsylvania Avenue".
_STREET_AFTER = re.compile(
    r"\s+(?:[NSEW]\.?\s+)?(?:[A-Z][a-z]+\s+){1,3}(?:" + "|".join(sorted(v.STREET_WORDS)) + r")\b\.?"
)
# A year right after one of these is still a year ("By 2012 Oxford Street had changed").
_TIME_PREPOSITION_BEFORE = re.compile(
    r"\b(?:in|by|since|until|till|before|after|during|from|of|through|between|and|to)\s+$", re.IGNORECASE
)
_DATE_NAMES = (
    frozenset(v.MONTHS)
    | frozenset(v.SEASONS)
    | frozenset(v.WEEKDAYS)
    | frozenset(
        "christmas easter thanksgiving halloween spring summer autumn winter fall fiscal fy year class "
        "late early mid end since until in by of from before after during through cy q".split()
    )
)
_SPACED_GROUPS = re.compile(r"(?<![\d,.])\d{3,}\s$")


def _range_end(start: str, end: str) -> bool:
    """Whether ``end`` can close a range from the year ``start`` ("2008-09", "1998-2001")."""
    if len(start) != 4 or len(end) not in (2, 4):
        return len(start) != 4
    last = int(end) if len(end) == 4 else int(start[:2] + end)
    if len(end) == 2 and last < int(start):
        last += 100
    return int(start) < last and (len(end) == 4 or last - int(start) <= 10)


def is_identifier_or_quantity(text: str, start: int, end: int, surface: str) -> bool:
    """Whether the figures at ``text[start:end]`` (``surface``) belong to something other than a date."""
    if surface.isdigit():  # one end of a range "2008-09": the words around the whole range decide
        before = _RANGE_BEFORE.search(text, max(0, start - 7), start)
        start = before.start() if before else start
        after = _RANGE_AFTER.match(text, end)
        if after and not _range_end(surface, after.group().strip(" -/\u2013")):
            return True  # "2015 - 32": no range, so a code
        end = after.end() if after else end
        name = _NAME_BEFORE.search(text, max(0, start - 30), start) if len(surface) == 4 else None
        if name and name.group(1).lower() not in _DATE_NAMES:
            return True  # "Windows 2000", "the FTSE 2000 index": a name that ends in a number
        if _CODE_AFTER.match(text, end):
            return True  # "case 2015-XA": a reference code
        if (
            len(surface) == 4
            and _STREET_AFTER.match(text, end)
            and not _TIME_PREPOSITION_BEFORE.search(text, max(0, start - 9), start)
        ):
            return True  # "lives at 2012 Main Street": a house number
        if _SPACED_GROUPS.search(text, max(0, start - 6), start):
            return True  # "Call 0800 2011 2012": groups of a telephone number
        if _CHAINED_BEFORE.search(text, max(0, start - 4), start) or (
            start > 1 and text[start - 1] in ".," and text[start - 2].isdigit()
        ):
            return True  # "138-2010-2015", "40.1693": a number chained to others is a code or a decimal
    if surface[:1].isdigit():
        before = _WORD_BEFORE.search(text, max(0, start - 20), start)
        if before and before.group(1).lower() in v.IDENTIFIER_WORDS:
            return True
    if surface[-1:].isdigit():
        after = _WORD_AFTER.match(text, end, min(len(text), end + 30))
        # "2008 cases" counts things; "the 1992 protests" is a year: only count nouns decide.
        if after and after.group(1).lower() in v.QUANTITY_WORDS:
            return True
    return False
