"""The words that say what a statement is about, for telling one event from another.

A statement's key words are the content words near its date (same sentence, a few words either
side), lower-cased, possessives dropped and stemmed with the Snowball English stemmer, so that
two outlets telling one event in different forms of a word meet ("killed"/"killing" -> kill,
"Ofsted's inspections" -> ofsted, inspect); an irregular past form is first taken back to its
verb ("fell" -> fall, "shot" -> shoot: ``irregular``). Stop words, reporting verbs and calendar
words carry no evidence and are dropped.
"""

from __future__ import annotations

import re
import sys
from itertools import pairwise

import snowballstemmer

from ..model import Span
from .irregular import VERB_OF
from .related import families

_STEMMER = snowballstemmer.stemmer("english")

STOP_WORDS = frozenset(
    """
a about above after again against all almost also although am among an and any are aren't as at
be because been before being below between both but by can can't cannot could couldn't did didn't
do does doesn't doing don't down during each even ever every few for from further had hadn't has
hasn't have haven't having he he'd he'll he's her here hers herself him himself his how however i
i'd i'll i'm i've if in into is isn't it it's its itself just last least less let's like made make
many may me might more most much must mustn't my myself next no nor not now of off on once one only
or other others our ours ourselves out over own per same several shan't she she'd she'll she's
should shouldn't since so some still such than that that's the their theirs them themselves then
there there's these they they'd they'll they're they've this those through thus to too two three
under until up upon us very was wasn't we we'd we'll we're we've were weren't what what's when
when's where where's whether which while who who's whom whose why why's will with within without
won't would wouldn't yet you you'd you'll you're you've your yours yourself yourselves
said say says saying told tell tells added add adds asked ask according statement spokesman
spokeswoman spokesperson
year years month months week weeks day days today yesterday tomorrow time times ago early late
earlier later end beginning start middle mid past recent recently current currently former new
january february march april june july august september october november december
monday tuesday wednesday thursday friday saturday sunday
mr mrs ms miss dr cllr councillor sir dame lord lady
""".split()
)

_TOKEN = re.compile(r"[^\W\d_][\w'’-]*|\d[\d,.]*\d|\d")
WINDOW = 8  # content words either side of the date that speak for what it dates


_FOLDED: dict[str, str] = {}


def _stem(word: str) -> str:
    plain = _plain(word)
    plain = VERB_OF.get(plain, plain)
    return plain if plain in STOP_WORDS or not plain.isalpha() else _STEMMER.stemWord(plain)


def fold(word: str) -> str:
    """The stem a word is compared by: lower case, no possessive, then Snowball's stem (stop
        words and words with digits or hyphens are kept whole, so the stop list and "year-old" still
        read as written), and a word that tells a happening in other terms to the word it is told as
    ("temblor" to earthquake: ``related``). Each distinct word is folded once per process and the result shared, so
        the many statements that hold the same word hold one string (smaller to send between
        processes, quicker to compare)."""
    folded = _FOLDED.get(word)
    if folded is None:
        stem = _stem(word)
        folded = _FOLDED[word] = sys.intern(RELATED.get(stem, stem))
    return folded


def _plain(word: str) -> str:
    """Lower case, no possessive, no plural ending: the form the stop list is written in."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    w = w.strip("'-")
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


# stem -> the stem of the word it is told as (``related``): "temblor" and "quake" to earthquake
RELATED = {_stem(word): _stem(head) for head, words in families() for word in words}


def tokens(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, folded word) for the words of ``text[start:end]`` (offsets into ``text``)."""
    return [(m.start(), m.end(), fold(m.group())) for m in _TOKEN.finditer(text, start, end)]


def content(words: list[tuple[int, int, str]], skip: tuple[Span, ...] = ()) -> frozenset[str]:
    """The content words among ``words``, leaving out those inside ``skip`` spans."""
    return frozenset(
        w for s, e, w in words if w not in STOP_WORDS and len(w) > 1 and not any(sp.start <= s < sp.end for sp in skip)
    )


def _useful(words: list[tuple[int, int, str]], skip: tuple[Span, ...]) -> list[tuple[int, int, str]]:
    if skip:
        return [
            w
            for w in words
            if w[2] not in STOP_WORDS and len(w[2]) > 1 and not any(sp.start <= w[0] < sp.end for sp in skip)
        ]
    return [w for w in words if w[2] not in STOP_WORDS and len(w[2]) > 1]


def keys(
    words: list[tuple[int, int, str]], target: Span, skip: tuple[Span, ...] = (), foreign: Span | None = None
) -> tuple[frozenset[str], frozenset[str], frozenset[tuple[str, str]]]:
    """``window``, ``content`` and ``phrases`` of one date at once (the words sifted once).
    The words in ``foreign`` (a clause that tells another event) are the sentence's, not the
    date's."""
    useful = _useful(words, skip)
    near = useful if foreign is None else [w for w in useful if not foreign.start <= w[0] < foreign.end]
    before = [w[2] for w in near if w[1] <= target.start][-WINDOW:]
    after = [w[2] for w in near if w[0] >= target.end][:WINDOW]
    return (
        frozenset(before + after),
        frozenset(w[2] for w in useful),
        frozenset(pairwise(before)) | frozenset(pairwise(after)),
    )
