"""The order in which the rules are tried: the one place that says it.

The scanner tries these rules in this order (only those that may begin with the word there, see
``dispatch.py``); at one position of the text the first rule that matches wins, and when its normaliser refuses the match the rules after it are tried
there. So a rule goes before every rule that would match a shorter or less specific part of
what it matches ("the end of last year" before "last year", "January 2009" before "January").
A rule's place here is part of what it means: check it against its neighbours, and let the
rule examples and the evaluation say whether it holds.
"""

from __future__ import annotations

from . import rules_absolute as absolute
from . import rules_clock as clock
from . import rules_days as days
from . import rules_lengths as lengths
from . import rules_numeric as numeric
from . import rules_offsets as offsets
from . import rules_periods as periods
from . import rules_references as references
from . import rules_relative as relative
from . import rules_vague as vague
from . import rules_within as within
from . import rules_years as years
from .grammar import Rule

RULES: tuple[Rule, ...] = (
    # Full dates, and the periods of a year that carry their year: nothing longer starts with
    # them, and their parts ("12 September", "2019", "the third quarter") must not win.
    absolute.iso_date,
    absolute.numeric_date,
    absolute.unusual_date,
    numeric.compact_date,
    numeric.month_name_figures,
    numeric.year_month,
    numeric.month_year_figures,
    numeric.day_month_figures,
    absolute.day_month_year,
    absolute.month_day_year,
    absolute.nth_weekday,
    years.financial_year,
    years.fiscal_year,
    years.quarter_of_year,
    years.half_of_year,
    years.quarter_code,
    years.fiscal_code,
    years.half_code,
    # Ranges and frequencies ("three to six months", "twice a year"), ahead of the rules that
    # would read "six months" or "a year" alone.
    vague.duration_range,
    vague.set_frequency,
    # Days and offsets, before the partial dates: "two days later" is not "2 ...", "the day
    # before yesterday" not "yesterday".
    days.the_day,
    offsets.day_before_yesterday,
    offsets.today,
    offsets.this_part_of_day,
    offsets.part_of_day,
    offsets.compound_ago,
    offsets.ago,
    offsets.anaphoric_day,
    # Month + year, season + year, day + month, before the named periods: "January 2009" is
    # not "January", "the week of March 6" not "March 6".
    absolute.week_of,
    absolute.day_range_start,
    absolute.month_year,
    absolute.month_range_start,
    years.spoken_year,
    absolute.season_year,
    # Days written as words or ordinals, with or without their month: "June twenty-first",
    # "the second of June", "Friday the 23rd", before the rules that read the month or the
    # weekday alone.
    days.month_day_words,
    days.day_words_month,
    days.weekday_day,
    days.ordinal_day,
    # A part named inside another period ("Thursday of next week", "the first week of March
    # 2016", "week 41"), before the rules that read the period alone ("next week", "2016").
    within.weekday_of_week,
    within.nth_part_of,
    within.week_number,
    within.day_of_year_offset,
    within.month_of_year,
    within.month_of_that_year,
    absolute.day_month,
    absolute.month_day,
    # Named periods relative to publication or to the date told about. The reporting periods
    # come first ("last year's quarter" before "last year", "the quarter ended" before "the
    # quarter"), then the other named units, days, seasons and months.
    periods.named_quarter,
    periods.last_years_period,
    relative.relative_unit,
    periods.the_period,
    periods.year_period,
    periods.year_earlier_adjective,
    relative.period_of_the_unit,
    relative.holiday,
    relative.the_weekend,
    relative.named_season,
    relative.bare_season,
    relative.named_weekday,
    relative.named_month,
    # Decades, centuries and years: after everything that holds a year ("February 2009",
    # "the 1988 quarter").
    years.decade,
    years.decade_words,
    years.century,
    years.year_range_start,
    years.year_range_end,
    years.year,
    years.short_year,
    # Durations and sets, clock times and the vague references: after the dates, so that
    # "every Monday" and "a year" are tried only where no date matched.
    vague.set_every,
    vague.weekday_set,
    lengths.frequency_word,
    vague.set_adverb,
    references.recent_units,
    references.one_day_future,
    # Lengths in several units or with a fraction ("3 years and 2 months", "half an hour"),
    # before the rule that reads one number and one unit.
    lengths.compound_length,
    lengths.fractional_length,
    vague.duration,
    vague.vague_duration,
    lengths.short_length,
    lengths.nights,
    clock.clock_time,
    references.now,
    references.reference,
    references.current,
    # "25" in "April 24 and 25": a bare number, read only when no other rule wanted it.
    absolute.day_range_end,
)
