"""The first pass: the grammar tried where a date can start, its matches normalised.

At each position tried, the rules that may begin with the word there are tried in the order of
``order.RULES`` (``dispatch.py``); the first that matches wins, and when its normaliser refuses
the match the next one that matches there is read. So longer, more specific forms come first
("the end of last year" before "last year"). The positions tried are found by a cheap walk over the words (see ``scan``).

Negative checks that apply to every rule are made here: a number that is an identifier ("Ward 7",
"Room 1990", "case 2015-XA") or a quantity ("2008 cases") is none (``identifiers.py``), and
tense-dependent directions are settled from the cue lexicon in ``tense.py``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from attrs import evolve

from ..model import Span, TimexType
from ..timex.spec import (
    Alternative,
    Base,
    DayOfMonth,
    DayShift,
    Direction,
    Holiday,
    Month,
    MonthDay,
    NthWeekday,
    Operation,
    Quarter,
    Season,
    Spec,
    Weekday,
    Weekend,
)
from . import vocabulary as v
from .anchoring import Found
from .dispatch import matches
from .grammar import Context, Groups
from .identifiers import is_identifier_or_quantity
from .impossible import not_a_date
from .order import RULES
from .tense import direction

_LOWER_TOKEN = re.compile(r"[a-z]+|\d+")


def _trie(words: Iterable[str]) -> str:
    """An alternation of ``words`` that shares their first letters ("day(?:s)?|dec(?:ade|...)"),
    which the regular-expression engine rejects at a glance where a flat list is tried word by
    word."""
    by_first: dict[str, list[str]] = {}
    for word in sorted(words):
        by_first.setdefault(word[0], []).append(word[1:])
    parts = []
    for first, rests in by_first.items():
        longer = [rest for rest in rests if rest]
        if not longer:
            parts.append(re.escape(first))
        else:
            parts.append(f"{re.escape(first)}(?:{_trie(longer)}){'?' if '' in rests else ''}")
    return "|".join(parts)


# What the scan stops at, of the words and numbers ``_LOWER_TOKEN`` reads: a trigger word, or a
# number whose first figure is an ASCII one. Found by one search instead of a look at every word.
_TRIGGER = re.compile(r"(?<![a-z])(?:" + _trie(v.TRIGGER_WORDS) + r")(?![a-z])|(?<!\d)[0-9]\d*")
_DAY_BEFORE = re.compile(r"\bthe\s+day\s+(before|after)\s+$", re.IGNORECASE)
_LOOK_BACK = 6
_LOOK_BACK_CHARS = 60


def scan(text: str, day_first: bool = True) -> Iterator[Found]:
    """Every candidate expression of ``text`` in order, normalised but not yet anchored, their
    spans disjoint (see ``_disjoint``)."""
    return _disjoint(_candidates(text, day_first))


def _disjoint(found: Iterator[Found]) -> Iterator[Found]:
    """The one place where overlapping matches are settled: of two that overlap the longer is
    kept, the earlier when they are as long. They can overlap because a match may reach back
    before the text consumed so far ("the start of the day" then "the day before Friday")."""
    kept: Found | None = None
    settled = 0  # the end of the last match given out: nothing may reach back before it
    for item in found:
        if item.span.start < settled:
            continue
        if kept is not None and item.span.start < kept.span.end:
            if len(item.text) > len(kept.text):
                kept = item
            continue
        if kept is not None:
            yield kept
            settled = kept.span.end
        kept = item
    if kept is not None:
        yield kept


def _candidates(text: str, day_first: bool) -> Iterator[Found]:
    """Every match of the grammar in text order; two may overlap.

    The grammar is only tried where an expression can start: at a trigger word (a number, a
    month, "year", "now", ...; see ``vocabulary.TRIGGER_WORDS``) or at one of the few words
    before it that may open an expression ("the end of last year"). Trying it only there, not at
    every position, is what makes the scan fast.
    """
    lower = text.lower()
    if len(lower) != len(text):  # a few characters change length when lowered ("İ")
        lower = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)
    done = 0  # text before this offset has been consumed by a match
    failed = -1  # the grammar matches nothing at the word starts up to here that were tried
    for token in _TRIGGER.finditer(lower):
        word = token.group()
        start = token.start()
        if word[0] <= "9":
            if _is_amount(lower, start, token.end()) or (
                len(word) <= 2
                and lower[start - 1 : start] not in ("q", "'", "\u2019")
                and lower[max(0, start - 2) : start] != "fy"  # "FY17"
                and not _small_number_may_be_date(lower, token.end())
                and not _YEAR_RANGE_END.match(lower, max(0, start - 5), start)
                and not _DAY_LIST_END.search(lower, max(0, start - 12), start)
            ):
                continue
        if start < done:
            continue
        impossible = not_a_date(text, start)
        if impossible is not None:  # "February 29, 2011": no part of it is read as a date
            done = impossible.span.end
            continue
        for position in _starts(lower, start, max(done, failed + 1)):
            readings = matches(text, position)
            first = next(readings, None)
            if first is None:
                failed = position  # a match at a position does not depend on which trigger led there
                continue
            index, match = first
            if _holds_impossible_day(text, match.start(), match.end()):
                done = match.end()  # "9am on 31 February": the whole match is no date
                break
            found = _normalise(index, match, text, day_first)
            refused_end = match.end()
            while found is None:  # refused: the next rule that matches here is tried
                later = next(readings, None)
                if later is None:
                    break
                index, match = later
                found = _normalise(index, match, text, day_first)
            if found is None and position < start:
                continue  # refused ("2" of "C$307.2"): the expression may start at a later word
            # What every rule refused is consumed whole: "February" in "31 February" is no date.
            done = match.end() if found is not None else refused_end
            if found is not None:
                yield found
            break


# A number of one or two digits is only worth trying before a unit, a month, a clock or date
# separator, an ordinal suffix, or another number ("18 months", "12 September", "6 a.m.",
# "12/09", "3rd", "12 to 18 months").
_AFTER_SMALL_NUMBER = re.compile(r"(?:st|nd|rd|th)?(?P<sep>[:/.]\d)?[\s\-]*(?P<word>[a-z]+)?")
_DAY_LIST_END = re.compile(
    r"[a-z.]\s+\d{1,2}(?:st|nd|rd|th)?\s*(?:-|\u2013|and|or|to|until|till|through)\s*$"
)  # "April 24 and 25"
_YEAR_RANGE_END = re.compile(r"\d{4}[-/\u2013]")  # "09" in "2008-09"
_JOINING = frozenset(
    {"a", "am", "pm", "p", "o", "to", "and", "or", "of", "in", "st", "nd", "rd", "th"}
    | {"h", "hr", "hrs", "min", "mins", "sec", "secs", "yr", "yrs", "d", "w", "y"}  # "3h", "1 hr", "10D"
)


def _small_number_may_be_date(lower: str, end: int) -> bool:
    after = _AFTER_SMALL_NUMBER.match(lower, end, end + 24)
    if after is None:  # never: every part of the pattern is optional
        return False
    if after.group("sep") or lower[end : end + 2] in ("st", "nd", "rd", "th"):
        return True  # "12/09", "the 18th."
    word = after.group("word")
    if word is None:
        return bool(re.match(r"\s*\d+/\d", lower[end : end + 12]))  # "5 1/2 hours"
    return word in v.TRIGGER_WORDS or word in _JOINING or lower[end : end + 2] in ("st", "nd", "rd", "th")


def _is_amount(lower: str, start: int, end: int) -> bool:
    """A number that is money, a decimal, a thousands group or a percentage ("$27", "2,200", "25%")."""
    if start and lower[start - 1] in "$£€¥#,.":
        return True
    after = lower[end : end + 2]
    return after[:1] == "%" or (after[:1] == "," and after[1:2].isdigit() and lower[end + 2 : end + 3].isdigit())


def _starts(lower: str, start: int, done: int) -> list[int]:
    """Where an expression holding the trigger at ``start`` may begin, earliest first."""
    leading = v.LEADING_WORDS
    inner = v.INNER_WORDS
    window = max(done, start - _LOOK_BACK_CHARS)
    # a year in two figures opens with its apostrophe: "born in '85"
    starts = [start, start - 1] if start > done and lower[start - 1] in "'\u2019" else [start]
    following = start
    # The words before the trigger, the nearest first: read in the reversed window, where the
    # runs of letters and figures are the same, so the walk stops at the first that cannot open
    # an expression without reading the rest.
    for count, token in enumerate(_LOWER_TOKEN.finditer(lower[window:start][::-1])):
        if count == _LOOK_BACK:
            break
        word = token.group()[::-1]
        end = start - token.start()
        if not (word in leading or word[0] <= "9") or not _joined(lower, end, following):
            break
        following = start - token.end()
        if word not in inner:
            starts.append(following)
    starts.reverse()
    # Never inside a number: "000 years ago" of "10,000 years ago", "5 years" of "2.5 years";
    # nor inside a word an apostrophe joins: "easter" of "nor'easter".
    return [at for at in starts if not _inside_number(lower, at) and not _inside_word(lower, at)]


_WORD_START = re.compile(r"\b\w")
_DIGIT = re.compile(r"\d")


def _holds_impossible_day(text: str, start: int, end: int) -> bool:
    """True when a match holds a day that does not exist after its first word. Every impossible
    day is written with a figure, so a match without one (most of them) costs no more look."""
    if _DIGIT.search(text, start, end) is None:
        return False
    return any(not_a_date(text, word.start()) is not None for word in _WORD_START.finditer(text, start + 1, end))


def _inside_number(lower: str, at: int) -> bool:
    before = lower[max(0, at - 2) : at]
    return before[-1:].isdigit() or (before[-1:] in (",", ".") and before[:1].isdigit())


def _inside_word(lower: str, at: int) -> bool:
    return at >= 2 and lower[at - 1] in "'\u2019" and lower[at - 2].isalpha()


def _joined(text: str, end: int, start: int) -> bool:
    """True when only blanks, hyphens, apostrophes, commas or a full stop of an abbreviation separate two words."""
    gap = text[end:start]
    return len(gap) <= 3 and not any(ch in ';:!?()"“”' for ch in gap) and "\n\n" not in gap


def _normalise(index: int, match: re.Match[str], text: str, day_first: bool) -> Found | None:
    """What rule ``index`` makes of its match, checked against what applies to every rule."""
    item = RULES[index]
    start, end = match.span()
    groups = Groups({name: value for name, value in match.groupdict().items() if value is not None})
    reading = item.normalise(groups, Context(text, start, end, day_first))
    if reading is None:
        return None
    end -= reading.trim_end
    start, end = _trim(text, start, end)
    surface = text[start:end]
    if not surface or is_identifier_or_quantity(text, start, end, surface):
        return None
    spec = reading.spec
    if isinstance(spec, Spec):
        day_before = _DAY_BEFORE.search(text, max(0, start - 20), start) if reading.type is TimexType.DATE else None
        if day_before and _may_be_day_before(spec):
            # "the day after Christmas", "the day before last Tuesday's hearing": the day next to it.
            start = day_before.start()
            surface = text[start:end]
            spec = _day_next_to(spec, 1 if day_before.group(1).lower() == "after" else -1)
        if any(_direction_of(alternative.op) in _UNSETTLED for alternative in spec.alternatives):
            first = spec.first
            weekday = first.base is Base.DCT and isinstance(first.op, Weekday | Weekend)
            if _SINCE.search(text, max(0, start - 7), start) and isinstance(first.op, Month):
                # "in the post since February": the February before, even two months from publication
                spec = _settle(spec, "last")
            else:
                spec = _settle(spec, direction(text, start, end, prepositions=weekday))
    return Found(Span(start, end), surface, reading.type, spec, reading.mod, item.name, reading.note)


_UNSETTLED = (Direction.NEAR, Direction.NEAR_FUTURE)
_SETTLED = {"past": Direction.PAST, "future": Direction.FUTURE, "last": Direction.LAST}
_SINCE = re.compile(r"\bsince\s+$", re.IGNORECASE)


def _may_be_day_before(spec: Spec) -> bool:
    """A named day without a suffix, which "the day before/after" may move by one."""
    first = spec.first
    if any(alternative.suffix is not None for alternative in spec.alternatives):
        return False
    if first.base is Base.DCT:
        return isinstance(first.op, Weekday | MonthDay | Holiday)
    return first.base is Base.REF and isinstance(first.op, Weekday)


def _day_next_to(spec: Spec, days: int) -> Spec:
    """The day after (+1) or before (-1) the day the last alternative, the publication-date reading, works out."""
    return evolve(spec, alternatives=(*spec.alternatives[:-1], evolve(spec.last, suffix=DayShift(days))))


def _direction_of(op: Operation) -> Direction | None:
    match op:
        case Weekday(direction=d) | MonthDay(direction=d) | Season(direction=d) | Holiday(direction=d):
            return d
        case NthWeekday(direction=d) | Weekend(direction=d) | DayOfMonth(direction=d):
            return d
        case Month(when=Direction() as d) | Quarter(when=Direction() as d):
            return d
    return None


def _settle(spec: Spec, found: str | None) -> Spec:
    """``near`` made ``past`` or ``future`` as the tense cues say; ``near-future`` is ``future``
    without a cue, ``near`` stays without one."""
    settled = _SETTLED[found] if found else None

    def settle(direction: Direction) -> Direction:
        if direction in _UNSETTLED and settled is not None:
            return settled
        return Direction.FUTURE if direction is Direction.NEAR_FUTURE else direction

    def alternative(item: Alternative) -> Alternative:
        op = item.op
        match op:
            case Month(when=Direction() as d) | Quarter(when=Direction() as d):
                return evolve(item, op=evolve(op, when=settle(d)))
            case Weekday() | MonthDay() | Season() | Holiday() | NthWeekday() | Weekend() | DayOfMonth():
                return evolve(item, op=evolve(op, direction=settle(op.direction)))
        return item

    return evolve(spec, alternatives=tuple(alternative(item) for item in spec.alternatives))


# An article before a number + singular unit belongs to the noun the duration qualifies:
# "the [two-week] trip", "a [three-year] contract", "the [two day] meeting".
_ADJECTIVAL = re.compile(
    r"(?:the|a|an|its|their|his|her)\s+(?=(?:(?:fiscal\s+)?\S+[-\u2010]"
    r"|(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty"
    r"|hundred)\s)"
    r"(?:second|minute|hour|day|week|month|quarter|year|decade|century)$)",
    re.IGNORECASE,
)


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
