"""The English vocabulary of the temporal grammar: words and the values they stand for.

These tables are the engine's resources (HeidelTime keeps the same kind of thing in its
``normalization`` files). Patterns in ``patterns.py`` are built from their keys, and the rule
normalisers look words up here, so a new spelling is one new entry.
"""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
MONTHS_LONG = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
MONTHS_ABBREVIATED = ("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept", "sep", "oct", "nov", "dec")

WEEKDAYS: dict[str, int] = {
    "monday": 1,
    "tuesday": 2,
    "wednesday": 3,
    "thursday": 4,
    "friday": 5,
    "saturday": 6,
    "sunday": 7,
}

SEASONS: dict[str, str] = {
    "spring": "SP",
    "summer": "SU",
    "autumn": "FA",
    "fall": "FA",
    "winter": "WI",
}

# TIMEX3 part-of-day codes.
PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO",
    "afternoon": "AF",
    "evening": "EV",
    "night": "NI",
    "midday": "MI",
    "noon": "MI",
    "overnight": "NI",
}

NUMBER_WORDS: dict[str, float] = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "a hundred": 100,
    "one hundred": 100,
    "a dozen": 12,
    "dozen": 12,
    "a couple of": 2,
    "couple of": 2,
    "a couple": 2,
    "half a": 0.5,
    "a half": 0.5,
}
TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
UNITS_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")

# Words for an unspecified number: "several months" is PXM.
# ("a couple of" is two, give or take: "a couple of years" is P2Y, APPROX, as TimeML has it.)
VAGUE_NUMBERS = ("several", "a few", "few", "some", "many", "a number of", "numerous", "a handful of")

ORDINALS: dict[str, int] = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
}

# Calendar units: the word, its TIMEX3 duration letter and the granularity it names.
UNITS: dict[str, tuple[str, str]] = {
    "second": ("S", "second"),
    "minute": ("M", "minute"),
    "hour": ("H", "hour"),
    "day": ("D", "day"),
    "week": ("W", "week"),
    "fortnight": ("W", "week"),
    "month": ("M", "month"),
    "quarter": ("Q", "quarter"),
    "year": ("Y", "year"),
    "decade": ("Y", "decade"),
    "century": ("Y", "century"),
    "weekend": ("D", "day"),
}
# How many of the duration letter one unit is (a decade is ten years).
UNIT_FACTORS: dict[str, int] = {"decade": 10, "century": 100, "fortnight": 2, "weekend": 2}
TIME_UNITS = frozenset({"second", "minute", "hour"})

# Mods of TimeML. Durations and points differ: "nearly two years" is shorter than two years,
# "more than two years ago" lies before the point two years back.
DURATION_MODS: dict[str, str] = {
    "more than": "MORE_THAN",
    "longer than": "MORE_THAN",
    "upwards of": "MORE_THAN",
    "at least": "EQUAL_OR_MORE",
    "less than": "LESS_THAN",
    "under": "LESS_THAN",
    "fewer than": "LESS_THAN",
    "nearly": "LESS_THAN",
    "almost": "LESS_THAN",
    "just under": "LESS_THAN",
    "up to": "EQUAL_OR_LESS",
    "no more than": "EQUAL_OR_LESS",
    "at most": "EQUAL_OR_LESS",
    "about": "APPROX",
    "around": "APPROX",
    "roughly": "APPROX",
    "approximately": "APPROX",
    "some": "APPROX",
    "nearly about": "APPROX",
    "just over": "MORE_THAN",
    "well over": "MORE_THAN",
}
AGO_MODS: dict[str, str] = {
    "more than": "BEFORE",
    "over": "BEFORE",
    "at least": "ON_OR_BEFORE",
    "less than": "AFTER",
    "under": "AFTER",
    "nearly": "APPROX",
    "almost": "APPROX",
    "about": "APPROX",
    "around": "APPROX",
    "roughly": "APPROX",
    "approximately": "APPROX",
    "some": "APPROX",
    "just over": "BEFORE",
    "well over": "BEFORE",
}
# "the end of", "early", "mid-": where inside a period.
POSITION_MODS: dict[str, str] = {
    "the end of": "END",
    "end of": "END",
    "the close of": "END",
    "late": "END",
    "the latter part of": "END",
    "the last part of": "END",
    "the beginning of": "START",
    "beginning of": "START",
    "the start of": "START",
    "start of": "START",
    "early": "START",
    "the early part of": "START",
    "the middle of": "MID",
    "middle of": "MID",
    "mid": "MID",
    "the mid": "MID",
    "the late": "END",
    "the early": "START",
    "the turn of": "START",
}

# Holidays: a fixed (month, day), or a rule name computed in ``holidays.py``.
HOLIDAYS: dict[str, tuple[int, int] | str] = {
    "christmas": (12, 25),
    "christmas day": (12, 25),
    "christmas eve": (12, 24),
    "boxing day": (12, 26),
    "new year's day": (1, 1),
    "new year's eve": (12, 31),
    "valentine's day": (2, 14),
    "halloween": (10, 31),
    "hallowe'en": (10, 31),
    "bonfire night": (11, 5),
    "guy fawkes night": (11, 5),
    "independence day": (7, 4),
    "the fourth of july": (7, 4),
    "veterans day": (11, 11),
    "remembrance day": (11, 11),
    "armistice day": (11, 11),
    "st patrick's day": (3, 17),
    "st. patrick's day": (3, 17),
    "st george's day": (4, 23),
    "may day": (5, 1),
    "easter": "easter",
    "easter sunday": "easter",
    "easter day": "easter",
    "good friday": "good friday",
    "easter monday": "easter monday",
    "thanksgiving": "thanksgiving",
    "thanksgiving day": "thanksgiving",
    "labor day": "labor day",
    "memorial day": "memorial day",
    "mother's day": "mothering sunday",
    "mothering sunday": "mothering sunday",
    "election day": "election day",
    "palm sunday": "palm sunday",
    "maundy thursday": "maundy thursday",
    "ash wednesday": "ash wednesday",
    "shrove tuesday": "shrove tuesday",
    "pancake day": "shrove tuesday",
    "ascension day": "ascension day",
    "pentecost": "pentecost",
    "whit sunday": "pentecost",
    "black friday": "black friday",
    "cyber monday": "cyber monday",
    "martin luther king day": "martin luther king day",
    "martin luther king jr. day": "martin luther king day",
    "mlk day": "martin luther king day",
    "presidents day": "presidents day",
    "presidents' day": "presidents day",
    "columbus day": "columbus day",
    "father's day": "father's day",
    "juneteenth": (6, 19),
    "earth day": (4, 22),
    "saint patrick's day": (3, 17),
    "international workers' day": (5, 1),
    "new year day": (1, 1),
    "remembrance sunday": "remembrance sunday",
    "eid al-fitr": "eid al-fitr",
    "eid al fitr": "eid al-fitr",
    "eid ul-fitr": "eid al-fitr",
    "eid-ul-fitr": "eid al-fitr",
    "eid al-adha": "eid al-adha",
    "eid al adha": "eid al-adha",
    "eid ul-adha": "eid al-adha",
    "eid-ul-adha": "eid al-adha",
    "diwali": "diwali",
    "chinese new year": "chinese new year",
    "lunar new year": "chinese new year",
    "vesak": "vesak",
    "passover": "passover",
    "rosh hashanah": "rosh hashanah",
    "rosh hashana": "rosh hashanah",
    "yom kippur": "yom kippur",
    "shavuot": "shavuot",
    "sukkot": "sukkot",
}
# Holidays a US text means differently: Mother's Day is the second Sunday of May there, Mothering
# Sunday (three weeks before Easter) in the UK. A text is read as US by its dates in words
# ("May 2, 2013") or figures ("10/23/66") written month first (``figure_order``).
US_VARIANTS = {"mother's day": "us mother's day"}

# Holidays whose name, written in lower case, is also a common phrase ("a good Friday for the
# markets", "a memorial day"): in lower case they are read only with a year or "last"/"next".
HOLIDAYS_ONLY_CAPITALISED = frozenset(
    {
        "good friday",
        "may day",
        "memorial day",
        "labor day",
        "independence day",
        "thanksgiving",
        "black friday",
        "earth day",
        "election day",
        "mother's day",
        "father's day",
        "remembrance day",
        "boxing day",
    }
)

# Capitalised words after a weekday that make it a title ("the Sunday Times", "Saturday Night Live").
TITLE_WORDS = frozenset(
    """
times telegraph mirror express post herald mail independent tribune sport people star record
observer review magazine edition supplement politics programme show live school league club
""".split()
)

# Nouns for the holder of a role: "current" before them marks the person, as "former" does, and
# is not tagged ("the current managing director", "its current chairman").
ROLE_HOLDERS = frozenset(
    """
leader director executive chief boss head member members secretary minister chairman chairwoman
chair president mayor councillor governor owner owners holder holders shareholders manager managers
management board officers officials officer staff employees editor coach captain champion
""".split()
)

# A four-digit number followed by one of these is a quantity, not a year ("2008 cases").
QUANTITY_WORDS = frozenset(
    """
people cases children pupils students workers jobs homes houses staff members votes seats shares
units tonnes tons miles metres meters feet km kilometres kilometers acres pounds dollars euros
barrels calls patients beds families employees troops soldiers officers deaths victims
copies cars vehicles flights passengers residents households signatures names files
points goals runs marks applications complaints incidents offences arrests beds pupils teachers
""".split()
)
# Words after which a number is an identifier, not a date ("Channel 4", "Ward 7", "Room 1990").
IDENTIFIER_WORDS = frozenset(
    """
channel ward room number no no. flight route page chapter section article clause line platform
bus gate level grade stage phase act rule paragraph box suite apartment apt unit door track
bay exit junction highway road interstate figure table item class year-old version
""".split()
)

# The last word of a street name: a number before "Main Street" is a house number, not a year.
STREET_WORDS = frozenset(
    """
Street St Avenue Ave Road Rd Boulevard Blvd Drive Dr Lane Ln Way Place Pl Court Ct Terrace Parkway
Pkwy Highway Hwy Crescent Close Square Row Circle Trail Pike
""".split()
)

# The scanner only tries the grammar where one of these words (or a number) occurs: every
# expression contains at least one. A new rule whose expressions contain none must add one.
TRIGGER_WORDS = frozenset(
    """
now today tonight tomorrow yesterday current currently nowadays recently lately formerly future past present
moment daily weekly monthly hourly nightly fortnightly noon midnight midday morning afternoon evening
night while time soon fiscal financial nineteen eighteen thousand term end period date
twenties thirties forties fifties sixties seventies eighties nineties
christmas easter thanksgiving halloween valentine boxing eve independence labor memorial veterans
remembrance armistice patrick george bonfire fawkes mothering mother election good
pentecost juneteenth father eid diwali passover kippur hashanah hashana shavuot sukkot vesak
day days week weeks month months year years decade decades century centuries quarter quarters hour
hours minute minutes second seconds weekend weekends fortnight fortnights
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
monday tuesday wednesday thursday friday saturday sunday spring summer autumn fall winter
mondays tuesdays wednesdays thursdays fridays saturdays sundays
tmrw tmr eoy ytd workweek annual annually yearly quarterly everyday biennial biennially semiannual semiannually biannual biannually
bimonthly biweekly nights
""".split()
)

# Words that may come before a trigger inside one expression ("more than two years ago",
# "the end of last year", "at least the past 18 months"); the scanner looks back over them
# for where an expression may start.
LEADING_WORDS = (
    frozenset(
        """
the a an more than less fewer about around roughly approximately some nearly almost just under over
up to at least most no longer upwards of well early late mid end beginning start middle close turn
latter part last this next past previous preceding coming following current present same that these
those latest first second third fourth st nd rd th every each once twice times other several few many
numerous couple handful number dozen half and or one two three four five six seven eight nine ten
eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty
sixty seventy eighty ninety hundred earlier later recent final remaining initial fiscal financial
post pre as year q fy h long short near foreseeable distant in around new full very then
comparable corresponding like additional extra further trading business working
fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth
seventeenth eighteenth nineteenth twentieth thirtieth semi bi international calendar working work
mon tue tues wed thu thur thurs fri sat sun palm maundy ash shrove pancake ascension whit black cyber
martin luther king jr mlk presidents columbus earth workers saint chinese lunar yom rosh
""".split()
    )
    | set(MONTHS)
    | set(WEEKDAYS)
)

# Words that may follow "of the <season>" used as a date ("the levels of the early summer,
# when ..."): any other word makes it a modifier of a noun ("the launch of the spring collection").
AFTER_BARE_SEASON = frozenset(
    """
and or but to when as after before until since with in at on for by from into over during through
the a an that this these those he she it they we i you there
was were is are be been has have had will would could should may might can did does do
said says while because if than so then also
""".split()
)

# Leading words that never begin an expression ("of" in "the end of last year"): the scanner
# looks back over them but does not try the grammar there.
INNER_WORDS = frozenset(
    "of than least longer and or end beginning start middle close turn part times nd rd th to in s "
    "additional extra further trading business working".split()
)

# Words that make "in (the) fall" the act of falling, not autumn: "Climber Dies in Fall",
# "two workers were injured in the fall".
HARMED_IN_A_FALL = frozenset(
    "die dies died dead killed hurt injured injuries injury wounded broke breaks paralysed paralyzed".split()
)
