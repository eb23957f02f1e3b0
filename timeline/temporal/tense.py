"""Which way a bare weekday or month points: before or after the publication date.

Without a part-of-speech tagger, a cue lexicon near the expression does the job HeidelTime
gives to the tense of the nearest verb. The word right before the expression decides first
("from Monday", "since March", "until Friday"); then the nearest cue to the left within the
sentence; then the nearest to the right. No cue, no decision (the caller picks a default).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from heapq import merge

PAST, FUTURE = "past", "future"

# Prepositions directly before the expression.
_PREPOSITION = {"from": FUTURE, "until": FUTURE, "till": FUTURE, "since": PAST}
# Words before a weekday, a month or a day of the month that set a deadline or a start still to come,
# unless the clause is in the past perfect or the word opens the sentence: "to pay down the
# loan by February", "effective Feb. 1", but "it had sold the plant by January", "By February,
# the company was bankrupt".
_DEADLINE = {"by": FUTURE, "effective": FUTURE}
_PAST_PERFECT = re.compile(r"\bhad\b", re.I)
_CLAUSE_WORDS = 8  # how near "had" must be to belong to the same clause
_FUTURE_WORDS = frozenset(
    """
will 'll ’ll shall won't wont expected scheduled upcoming tomorrow would let's let’s
""".split()
)
# "since" anywhere in the clause looks back: "searching for him since shortly after the Oct. 23
# slaying".
_PAST_WORDS = frozenset(
    """
said was were had did ago told added reported announced met came went began took gave made saw
left found held got sent wrote spoke heard became brought lost won led ran fell rose paid sold bought
yesterday last earlier since
""".split()
)
# -ed words that are not past tense (or mark the future: "expected to", "scheduled for").
_NOT_PAST_ED = frozenset(
    """
expected scheduled planned proposed intended supposed need needed indeed red bed bed led
united hundred based related concerned interested detailed limited
""".split()
) - {"led"}
# Words before "to" that look forward: a plan, a schedule, or a verb of intent or agreement
# whose complement comes after it ("agreed to buy the plant in February"). Not a wish in the
# past ("wanted to", "hoped to"): it may have come to nothing before publication.
_FUTURE_BEFORE_TO = """
going due set expected scheduled plan plans planned planning hope hopes intend intends aim aims
agree agrees agreed decided promised vowed pledged offered threatened want wants likely poised ready
""".split()
# A decision whose infinitive may come a few words later: "voted 5-2 on Tuesday night to close
# the library at the end of June", "decided on Monday to sell the plant in June".
_DECIDED = "voted votes vote opted chose elected resolved decided agreed".split()
# Those of the verbs above in the past: told after the date, they say what happened on it.
_PAST_INTENT = frozenset(
    "agreed decided promised vowed pledged offered threatened planned voted opted chose elected resolved".split()
)
_FUTURE_PHRASE = (
    r"\b(?<!\bhad\sbeen\s)(?:" + "|".join(_FUTURE_BEFORE_TO) + r")\s+to\b"
    r"|\b(?:" + "|".join(_DECIDED) + r")(?:\s+[^\s.;:!?]+){0,4}?\s+to\s+(?!the\b|a\b|an\b)[a-z]"
    r"|\bwill\b|['\u2019]ll\b|\bshall\b"
    # an appointment, even one made in the past: "Sentencing was set for May 6"
    r"|\b(?:(?:set|scheduled|slated|rescheduled|adjourned|postponed)\s+(?:until|for|to)|pending)"
    r"(?=\s*$|\s+(?:an?\s+|the\s+)?(?:[a-z-]+\s+){0,3}?(?:hearing|trial|sentencing|vote|meeting))"
)
_FUTURE_PHRASES = re.compile(_FUTURE_PHRASE, re.I)
# The same over ASCII text lowered: the same matches, found several times faster, since the
# engine skips a branch of the alternation at its first letter only when case matters.
_FUTURE_PHRASES_LOWER = re.compile(_FUTURE_PHRASE)


# A modal before a verb looks forward too ("residents may return home on Thursday", "must
# leave by Friday"), unless it looks back ("may have left on Monday"). Written in lower case
# only: "May sales rose" is the month. Not "could", so often of the past ("could not be
# reached on Monday"), nor in the past perfect ("had ruled that he must be returned, and set
# Friday as the deadline").
_MODAL = re.compile(r"\b(?:may|might|can|must|should)\s+(?:not\s+)?(?!have\b)[a-z]+")


_CLAUSE_BREAK = re.compile(r"[,;]|\s(?:and|but|or)\s")


def _future_phrases(text: str, modals: bool = True, right: bool = False) -> Iterator[re.Match[str]]:
    """The phrases of ``text`` that look forward ("will", "plans to", and with ``modals`` "may
    return"), in order. A modal counts in the expression's own clause only: the part of ``text``
    after its last comma or "and" (before its first when ``right``: ``text`` follows the
    expression)."""
    found = _FUTURE_PHRASES_LOWER.finditer(text.lower()) if text.isascii() else _FUTURE_PHRASES.finditer(text)
    if not modals:
        return found
    breaks = [m.start() for m in _CLAUSE_BREAK.finditer(text)]
    start, end = (0, breaks[0]) if right and breaks else (breaks[-1] if breaks else 0, len(text))
    return merge(found, _MODAL.finditer(text, start, end), key=lambda m: m.start())


_PASSIVE_AUXILIARIES = frozenset({"be", "been", "being"})
# A verb after a sentence-opening "since" makes it a reason, not a time: "Since the final is in
# September" (but "Since September, prices have risen").
_FINITE_VERBS = frozenset("is are was were has have had will would can could may might does do did".split())
_WORD = re.compile(r"[A-Za-z'\u2019]+")
# A line break before a capital ends a sentence too: headlines and datelines have no full stop.
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z\"“‘'])|\n\s*\n|(?<![,;:])[ \t]*\n(?=[ \t]*[A-Z\"“‘'])")
# Abbreviations whose full stop does not end the sentence: the cue may lie beyond them
# ("In January, a week after the Roe vs. Wade ruling, a bomb killed ...", "..., Mr. Smith said").
_NOT_SENTENCE_END = frozenset("mr mrs ms dr prof sen rep gov gen col lt sgt capt rev st vs".split())
_WORD_BEFORE = re.compile(r"(\w+)\.$")
_WINDOW = 160


@lru_cache(maxsize=8192)
def _classify(word: str, weak: bool = True) -> str | None:
    """The tense a word signals. Auxiliaries and listed verbs are strong cues; any other word
    ending in -ed is a weak one (it may be an adjective: "an unspecified date")."""
    w = word.lower()
    if w in _FUTURE_WORDS:
        return FUTURE
    if w in _PAST_WORDS:
        return PAST
    if weak and len(w) > 4 and w.endswith("ed") and w not in _NOT_PAST_ED:
        return PAST
    return None


def direction(text: str, start: int, end: int, prepositions: bool = True) -> str | None:
    """ "past", "future" or None for the expression at ``text[start:end]``.

    ``prepositions`` lets "from" and "since" decide; they do for weekdays ("from Monday") but
    not for months ("from January to March we saw" is in the past).
    """
    left, cut = _sentence_left(text, start)
    words = list(_WORD.finditer(left))
    # Each word's text, lower case and offset, read once: the passes below look at them often.
    written = [word.group() for word in words]
    lowers = [word.lower() for word in written]
    offsets = [word.start() for word in words]
    right = _sentence_right(text, end)
    near_left = " ".join(written[-_CLAUSE_WORDS:])
    near_right = " ".join(right.split()[:_CLAUSE_WORDS])
    past_perfect = bool(_PAST_PERFECT.search(near_left) or _PAST_PERFECT.search(near_right))
    if words and lowers[-1] in _DEADLINE and not past_perfect and len(words) > 1:
        # Not at the head of the sentence: "By February, the company was bankrupt" tells a
        # story; "repay the loan by February" sets a deadline.
        return _DEADLINE[lowers[-1]]
    if words and lowers[-1] in ("until", "till") and len(words) > 1:
        # "suspended until March", "closed until Friday" look forward; "Until Thursday, they had
        # not called him a suspect", "did not arrive until December" back.
        return PAST if past_perfect or _past_before_until(lowers[:-1]) else FUTURE
    if words and prepositions:
        prev = lowers[-1]
        if prev in ("until", "till") and past_perfect:
            return PAST  # "Until Thursday, they had not called him a suspect"
        if prev in _PREPOSITION:
            return _PREPOSITION[prev]
        if len(words) >= 2 and lowers[-2] in _PREPOSITION and prev in ("last", "next", "this", "on"):
            return _PREPOSITION[lowers[-2]]
        if left.rstrip().lower().endswith(("as soon as", "ahead of", "in time for")):
            return FUTURE
    phrase_at = max((m.start() for m in _future_phrases(left, not past_perfect)), default=-1)
    # A verb right before the expression decides ("closed Wednesday", "issued July 1"); further
    # away, auxiliaries outrank -ed words, which may be adjectives ("an unspecified date in January").
    count = len(words)
    for weak, reach in ((True, 2), (False, count), (True, count)):
        for index in range(count - 1, max(-1, count - 1 - reach), -1):
            if offsets[index] < phrase_at:
                return FUTURE
            if index and lowers[index - 1] in _PASSIVE_AUXILIARIES:
                continue  # "will be published": the auxiliary further left carries the tense
            if (
                index == 0
                and lowers[0] == "since"
                and (cut or start <= _WINDOW)
                and any(word in _FINITE_VERBS for word in lowers[1:])
            ):
                continue  # "Since the final is in September, ...": a reason, not a time
            found = _classify(written[index], weak)
            if found:
                return found
    if phrase_at >= 0:
        return FUTURE
    phrase = next(_future_phrases(right, not past_perfect, right=True), None)
    for word in _WORD.finditer(right):
        if phrase and phrase.start() <= word.start():
            # "At a meeting on Thursday, the cabinet agreed to close the schools in July": the day
            # of the agreeing, which is past; what was agreed is what looks forward.
            return PAST if word.group().lower() in _PAST_INTENT else FUTURE
        found = _classify(word.group())
        if found:
            return found
    return FUTURE if phrase else None


# Before "until", words of a state that lasts or of a date moved: what they wait for is to come
# ("is closed until Friday", "postponed until Tuesday morning", "extended its deadline until").
_UNTIL_STILL_TO_COME = frozenset(
    """
is are remains remain stays stay be postponed delayed extended adjourned suspended deferred
moved pushed rescheduled put kept held
""".split()
)


def _past_before_until(lowers: list[str]) -> bool:
    """Whether the verb of the clause before "until" is in the past: "did not arrive until
    December", "stayed open until Friday" (but "is closed until Friday", "will stay until")."""
    for index in range(len(lowers) - 1, max(-1, len(lowers) - 1 - _CLAUSE_WORDS), -1):
        word = lowers[index]
        if word in _FUTURE_WORDS or word in _UNTIL_STILL_TO_COME:
            return False
        found = _classify(word, weak=not (index and lowers[index - 1] in _PASSIVE_AUXILIARIES | {"is", "are"}))
        if found:
            return found == PAST
    return False


def sentence_of(text: str, start: int, end: int) -> str:
    """The sentence holding ``text[start:end]`` (within the window on each side)."""
    return _sentence_left(text, start)[0] + text[start:end] + _sentence_right(text, end)


def _sentence_left(text: str, start: int) -> tuple[str, bool]:
    """The sentence before ``start`` (within the window), and whether a sentence end cut it."""
    left = text[max(0, start - _WINDOW) : start]
    cut = None
    for cut in _sentence_ends(left):  # noqa: B007 - the last sentence end is the one wanted
        pass
    return (left, False) if cut is None else (left[cut.end() :], True)


def _sentence_right(text: str, end: int) -> str:
    """The rest of the sentence after ``end`` (within the window)."""
    right = text[end : end + _WINDOW]
    stop = next(_sentence_ends(right), None)
    return right[: stop.start()] if stop else right


def _sentence_ends(text: str) -> Iterator[re.Match[str]]:
    """The sentence ends in ``text``, not counting the full stop of a title or of "vs."."""
    for match in _SENTENCE_END.finditer(text):
        before = _WORD_BEFORE.search(text, max(0, match.start() - 6), match.start() + 1)
        if before is None or before.group(1).lower() not in _NOT_SENTENCE_END:
            yield match
