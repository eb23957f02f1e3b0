"""More of the grammar's vocabulary: days of the month written as words, short weekday names,
and the frequency adjectives and adverbs that are sets.

Kept apart from ``vocabulary.py`` so that each table stays short enough to read; the patterns
of ``rules_days.py``, ``rules_numeric.py`` and ``rules_within.py`` are built from these keys.
"""

from __future__ import annotations

_UNIT_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
_TEEN_ORDINALS = (
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
)
_UNIT_CARDINALS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TEEN_CARDINALS = (
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
)


def _day_words() -> tuple[dict[str, int], dict[str, int]]:
    ordinals = {w: i + 1 for i, w in enumerate(_UNIT_ORDINALS)}
    ordinals |= {w: i + 10 for i, w in enumerate(_TEEN_ORDINALS)}
    ordinals |= {"twentieth": 20, "thirtieth": 30}
    ordinals |= {f"twenty {w}": 21 + i for i, w in enumerate(_UNIT_ORDINALS)}
    ordinals["thirty first"] = 31
    cardinals = {w: i + 10 for i, w in enumerate(_TEEN_CARDINALS)}
    cardinals |= {"twenty": 20, "thirty": 30, "thirty one": 31}
    cardinals |= {f"twenty {w}": 21 + i for i, w in enumerate(_UNIT_CARDINALS)}
    return ordinals, cardinals


# "the twenty-first", "June first": a day of the month as an ordinal word.
DAY_ORDINAL_WORDS, DAY_CARDINAL_WORDS = _day_words()
# "May twenty nine": a cardinal day only after a month, and only from ten up ("May one day").
# Words of the ordinals that are also other things: "the second of June" reads, "a second" not.
ORDINAL_POSITIONS: dict[str, int] = {
    **{w: i + 1 for i, w in enumerate(_UNIT_ORDINALS)},
    **{f"{i + 1}{s}": i + 1 for i, s in enumerate(("st", "nd", "rd", "th", "th", "th", "th", "th", "th"))},
    "last": -1,
    "final": -1,
}

# "Mon 13th", "Fri. 14": weekdays as calendars and listings shorten them.
WEEKDAY_ABBREVIATIONS: dict[str, int] = {
    "mon": 1,
    "tue": 2,
    "tues": 2,
    "wed": 3,
    "thu": 4,
    "thur": 4,
    "thurs": 4,
    "fri": 5,
    "sat": 6,
    "sun": 7,
}

# Frequency words that TimeML tags as SETs ("an annual review", "reports quarterly"): the value
# is the period that repeats.
FREQUENCIES: dict[str, str] = {
    "annually": "P1Y",
    "annual": "P1Y",
    "yearly": "P1Y",
    "semiannually": "P0.5Y",
    "semi-annually": "P0.5Y",
    "semiannual": "P0.5Y",
    "semi-annual": "P0.5Y",
    "biannual": "P0.5Y",
    "biannually": "P0.5Y",
    "biennial": "P2Y",
    "biennially": "P2Y",
    "quarterly": "P3M",
    "bimonthly": "P2M",
    "bi-monthly": "P2M",
    "biweekly": "P2W",
    "bi-weekly": "P2W",
    "everyday": "P1D",
}
