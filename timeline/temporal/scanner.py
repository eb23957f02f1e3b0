"""The first pass: one compiled alternation of every rule, scanned once over the text.

Each rule's pattern becomes a named group ``r<N>`` of a single regular expression, its own
groups renamed ``r<N>_<name>``, so one ``finditer`` finds every candidate and the name of the
group that matched says which normaliser to call. Rules earlier in ``RULES`` win at the same
position, so longer, more specific forms come first ("the end of last year" before "last year").

Negative checks that apply to every rule live here: a number that is an identifier ("Ward 7",
"Room 1990") or a quantity ("2008 cases"), and tense-dependent directions are settled from the
cue lexicon in ``tense.py``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from . import vocabulary as v
from .anchoring import Found
from .grammar import Context, Rule
from .rules_absolute import RULES as ABSOLUTE
from .rules_relative import RULES as RELATIVE
from .rules_vague import RULES as VAGUE
from .tense import direction
from ..model import Span

# Order matters: at one position the first rule that matches wins.
RULES: tuple[Rule, ...] = (
    *ABSOLUTE[:9],  # full dates, financial and fiscal years, quarters and halves with a year
    *VAGUE[:2],  # "three to six months", "twice a year"
    *RELATIVE[:5],  # yesterday, this morning, "two years ago", "the following day"
    *ABSOLUTE[9:13],  # month + year, season + year, day + month
    *RELATIVE[5:],  # "last year", "the third quarter", weekdays, months
    *ABSOLUTE[13:],  # decades, centuries, years
    *VAGUE[2:],  # durations, sets, clock times, now
)

_GROUP = re.compile(r"\(\?P([<=])(\w+)")


def _compile(rules: tuple[Rule, ...]) -> re.Pattern[str]:
    parts = []
    for index, item in enumerate(rules):
        body = _GROUP.sub(lambda m, i=index: f"(?P{m.group(1)}r{i}_{m.group(2)}", item.pattern)
        parts.append(f"(?P<r{index}>{body})")
    return re.compile(r"(?<![\w£$€#+\u00b0@])(?:" + "|".join(parts) + ")", re.IGNORECASE | re.VERBOSE)


SCANNER = _compile(RULES)
_PREFIXES = [f"r{i}_" for i in range(len(RULES))]
_WORD_BEFORE = re.compile(r"([A-Za-z][\w.]*)\s*$")
_WORD_AFTER = re.compile(r"\s*([A-Za-z]+)")


def scan(text: str, day_first: bool = True) -> Iterator[Found]:
    """Every candidate expression of ``text`` in order, normalised but not yet anchored."""
    for match in SCANNER.finditer(text):
        index = int(match.lastgroup[1:])
        item = RULES[index]
        start, end = match.span()
        prefix = _PREFIXES[index]
        groups = {key[len(prefix):]: value for key, value in match.groupdict().items()
                  if value is not None and key.startswith(prefix)}
        groups = _Groups(groups)
        reading = item.normalise(groups, Context(text, start, end, day_first))
        if reading is None:
            continue
        end -= reading.trim_end
        start, end = _trim(text, start, end)
        surface = text[start:end]
        if _is_identifier_or_quantity(text, start, end, surface):
            continue
        spec = reading.spec
        if ":near" in spec:
            found = direction(text, start, end)
            if found:
                spec = spec.replace(":near", f":{found}")
        yield Found(Span(start, end), surface, reading.type, spec, reading.mod, item.name)


_ADJECTIVAL = re.compile(r"(?:the|a|an|its|their|his|her)\s+(?=\S+[-\u2010]\S+$)", re.IGNORECASE)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop surrounding blanks, and the article before an adjective ("the two-week [trip]")."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    article = _ADJECTIVAL.match(text, start, end)
    if article:
        start = article.end()
    return start, end


class _Groups(dict):
    """Rule groups; a group that did not take part reads as None."""

    def __missing__(self, key: str) -> None:
        return None


def _is_identifier_or_quantity(text: str, start: int, end: int, surface: str) -> bool:
    if surface[:1].isdigit():
        before = _WORD_BEFORE.search(text, max(0, start - 20), start)
        if before and before.group(1).lower() in v.IDENTIFIER_WORDS:
            return True
    if surface[-1:].isdigit():
        after = _WORD_AFTER.match(text, end, min(len(text), end + 30))
        if after and after.group(1).lower() in v.QUANTITY_WORDS:
            return True
    return False
