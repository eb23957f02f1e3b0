"""dateparser as a fallback normaliser for an isolated absolute date in an unusual format.

The grammar isolates and validates the string ("01-Apr-2011", "2011/04/01"); dateparser only
reads it. One parser per day order is built on first use and reused (building one costs about
0.15 s, which would otherwise land on every cold start), English only, and every part of the
date required, so it never fills a missing field from today.
"""

from __future__ import annotations

from functools import lru_cache

from dateparser.date import DateDataParser


@lru_cache(maxsize=2)
def _parser(day_first: bool) -> DateDataParser:
    return DateDataParser(
        languages=["en"],
        settings={
            "DATE_ORDER": "DMY" if day_first else "MDY",
            "REQUIRE_PARTS": ["day", "month", "year"],
            "PREFER_DAY_OF_MONTH": "first",
            "RETURN_TIME_AS_PERIOD": False,
        },
    )


def parse_day(text: str, day_first: bool = True) -> str | None:
    """The ISO day an absolute date string names, or None if dateparser cannot read it as one."""
    try:
        data = _parser(day_first).get_date_data(text)
    except (ValueError, OverflowError, TypeError):
        return None
    if data is None or data.date_obj is None or data.period != "day":
        return None
    return data.date_obj.date().isoformat()
