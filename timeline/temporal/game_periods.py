"""The periods of a game are not the quarters of a year, nor the rounds of a season its weeks.

"His touchdown pass late in the fourth quarter gave the Colts a 20-13 victory" tells of the last
quarter of a game, not of October to December; "Profits rose in the fourth quarter" tells of the
calendar. Words of play and scores in the sentence, or throughout the article (a game's report
says "late in the fourth quarter he made costly mistakes" with no word of play in that
sentence), and none of money or markets in the sentence, make "the first quarter" a game's; so
does "of the season" or "of the game" after it. Words only, so it holds for basketball, American
football and the other games played in quarters alike. The same holds for a season's rounds:
"the only loss came in week 3" of a game's report is the third round of games, not the third
week of January.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .tense import sentence_of

# The words of a game's report: scoring, plays, the clock ("with 10:03 to play"), a score ("20-13").
GAME_WORDS = re.compile(
    r"""\b(?:
        touchdowns?|field\s+goals?|free\s+throws?|three-pointers?|layups?|dunks?|jumpers?|
        rebounds?|assists?|interceptions?|fumbles?|sacks?|punts?|kick(?:ed|off)?|yards|
        picked\s+off|the\s+lead|playoffs?|game-winning|(?:first|second|third|fourth)-and-(?:goal|inches|\w+)|comebacks?|unanswered|\d+\s+points|
        scor(?:e|ed|es|ing)|quarterback|halftime|overtime|buzzer|timeouts?|
        rall(?:y|ied)|victory|defeat(?:ed|s)?|match-?ups?|
        (?:to\s+play|left|remaining)\s+in\s+the|
        \d{1,2}:\d{2}\s+(?:to\s+play|left|remaining)|
        \d{1,3}-\d{1,3}\s+(?:win|victory|loss|lead|defeat)|(?:a|an)\s+\d{1,3}-\d{1,3}\b
    )\b""",
    re.IGNORECASE | re.VERBOSE,
)
# The words of a report on money: with them a quarter is the calendar's, whatever else is said.
MONEY_WORDS = re.compile(
    r"""\b(?:
        revenues?|profits?|earnings|sales|income|losses|fiscal|results|shares?|stocks?|
        dividends?|economy|economic|GDP|growth|percent|billion|million|
        quarterly|forecasts?|guidance|deal|markets?|index|prices?|Dow|Nasdaq|FTSE|S&P
    )\b|[$%£€]""",
    re.IGNORECASE | re.VERBOSE,
)


# A quarter or week "of the season" or "of the game" is the game's calendar, not the year's.
_OF_A_GAME = re.compile(r"\s+of\s+(?:the|this|last|next|a|an|his|her|their|its)\s+(?:season|game|match|half)\b", re.I)
GAME_REPORT_WORDS = 3  # words of play in an article that make it a game's report


def in_a_game(text: str, start: int, end: int) -> bool:
    """Whether the quarter or week at ``text[start:end]`` is a game's or a season's (see the
    module docstring)."""
    if _OF_A_GAME.match(text, end):
        return True
    sentence = sentence_of(text, start, end)
    if MONEY_WORDS.search(sentence) is not None:
        return False
    return GAME_WORDS.search(sentence) is not None or _game_report(text)


@lru_cache(maxsize=16)
def _game_report(text: str) -> bool:
    """Whether ``text`` reads as a game's report (the words of play counted once per text)."""
    found = 0
    for _ in GAME_WORDS.finditer(text):
        found += 1
        if found >= GAME_REPORT_WORDS:
            return True
    return False
