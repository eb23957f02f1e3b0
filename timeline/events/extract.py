"""The dated statements of one article: each resolved date with the sentence it dates.

One statement per distinct date in a sentence; dates of one granularity that follow each other
in a list ("in 2007, 2008 and 2009") make one statement over the whole range. Durations, sets
and generic references ("now") make none, except a duration that dates a statement against
another event ("retired several months before the damning Ofsted inspection"): that statement
waits for its anchor event's date (see ``relative``).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Mapping

from attrs import evolve, frozen

from ..model import Anchoring, EventDate, Granularity, Interval, Span, TemporalExpression, TimexType
from ..people import DocPeople, DocRef
from ..people.lexicon import PERSON_NOUNS
from ..people.roles import span_after
from ..text import enclosing
from . import terms
from .relative import Relation, find_relation

_LIST_GLUE = re.compile(r"\s*(?:,\s*(?:and\s+)?|and|to|-|–|—|until|through)\s*")
_GENERIC = ("PRESENT_REF", "PAST_REF", "FUTURE_REF")


@frozen
class Statement:
    """One dated statement of one article, before merging.

    ``people`` are the article-local indices of the people in the sentence (named, or by a
    pronoun) plus the speaker of the quotation the date sits in; ``loose`` those of the
    surnames it uses alone that no full name of the article explains (``DocPerson.loose``):
    somebody only once linking across articles finds who, so the article's own grouping never
    weighs them. ``relation`` is set when the
    date is relative to another event of the article (``anchor``: that statement's index).
    """

    doc: str
    index: int
    timexes: tuple[TemporalExpression, ...]
    date: EventDate | None
    sentence: Span
    excerpt: str
    people: tuple[int, ...]
    speaker: int | None
    words: frozenset[str]
    sentence_words: frozenset[str]
    relation: Relation | None = None
    anchor: int | None = None
    phrases: frozenset[tuple[str, str]] = frozenset()
    loose: tuple[int, ...] = ()

    @property
    def named(self) -> tuple[int, ...]:
        """Everyone the statement names or speaks through, loose surnames included."""
        return (*self.people, *self.loose) if self.loose else self.people

    @property
    def is_range(self) -> bool:
        """A statement over a stretch of dates ("in 2007, 2008 and 2009"), not one moment."""
        return len({t.value for t in self.timexes}) > 1 and not one_moment(self.timexes)


def event_date(timex: TemporalExpression) -> EventDate:
    """The date a statement is told at: the expression's, and for a day the part of it the words
    give ("Thursday night", "Friday morning"), which the expression's TimeML value leaves out where
    the annotation guidelines tag the day alone. Two moments of one day are then two stretches of
    its hours (``moments``). ("early Friday", "late Thursday" stay the day: read as the first or
    last hours, they joined the next or previous day's events too readily.)"""
    date = EventDate(timex.value, timex.type, timex.mod, timex.granularity, timex.interval)
    if timex.granularity is not Granularity.DAY or not _PLAIN_DAY.fullmatch(timex.value):
        return date
    words = timex.text.split()
    part = _PART_OF_DAY.get(words[-1].lower()) if len(words) > 1 else None
    if part is None:
        return date
    return evolve(date, value=f"{timex.value}T{part}", type=TimexType.TIME, granularity=Granularity.PART_OF_DAY)


_PLAIN_DAY = re.compile(r"\d{4}-\d\d-\d\d")
_PART_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI"}


def _dated(timex: TemporalExpression) -> bool:
    return (
        timex.interval is not None
        and timex.type in (TimexType.DATE, TimexType.TIME)
        and not timex.value.startswith(_GENERIC)
    )


def _runs(text: str, timexes: list[TemporalExpression]) -> list[list[TemporalExpression]]:
    """Group a sentence's dates: a list of consecutive same-granularity dates is one run; the
    same value twice is one statement."""
    runs: list[list[TemporalExpression]] = []
    for timex in timexes:
        last = runs[-1][-1] if runs else None
        if (
            last is not None
            and last.granularity == timex.granularity
            and last.interval
            and timex.interval
            and (
                (
                    _LIST_GLUE.fullmatch(text[last.span.end : timex.span.start])
                    and (timex.interval.start - last.interval.end).days == 1
                )
                or _bounds(text, last, timex)
            )
        ):
            runs[-1].append(timex)
            continue
        same = next((r for r in runs if r[0].value == timex.value and len(r) == 1), None)
        if same is None:  # "Tuesday evening ... at 7 p.m.": one moment told twice, one statement
            same = next((r for r in runs if all(_same_day(t, timex) for t in r)), None)
        if same is not None:
            same.append(timex)
        else:
            runs.append([timex])
    return runs


# "between 2019 and 2022", "from January 2021 to March 2022": the two ends of one stretch
_FROM_TO = re.compile(r"\b(?P<word>between|from)\s+$", re.IGNORECASE)
_TO_END = {"between": re.compile(r"\s+and\s+"), "from": re.compile(r"\s*(?:to|until|till|through|-|–)\s*")}


def _bounds(text: str, first: TemporalExpression, last: TemporalExpression) -> bool:
    """Whether two dates of one granularity are the ends of one stretch the sentence tells of
    ("accepted payments between January 2021 and March 2022"): one statement over the stretch,
    not one at each end."""
    opening = _FROM_TO.search(text, max(0, first.span.start - 9), first.span.start)
    if opening is None or first.interval is None or last.interval is None:
        return False
    glue = _TO_END[opening["word"].lower()]
    return (
        glue.fullmatch(text, first.span.end, last.span.start) is not None and last.interval.start > first.interval.end
    )


def _same_day(a: TemporalExpression, b: TemporalExpression) -> bool:
    """Two readings of one day or of a moment in it ("Tuesday evening", "7 p.m." that Tuesday)."""
    return a.interval is not None and a.interval == b.interval and a.interval.days == 1


def one_moment(timexes: tuple[TemporalExpression, ...]) -> bool:
    """Whether the expressions are readings of one day (or of moments in it)."""
    return all(_same_day(timexes[0], t) for t in timexes)


_ERA = frozenset((Granularity.DECADE, Granularity.YEAR, Granularity.CENTURY))
_DESCRIBING_WORDS = 4  # words between the date and the noun it qualifies, at most


def _describes_someone(text: str, timex: TemporalExpression) -> bool:
    """Whether a decade or a year qualifies a noun of what someone is known as ("Bettie Page,
    the 1950s pin-up model, has died"): it dates the person's fame, not what the sentence tells,
    which the decade would otherwise be shown as."""
    if timex.granularity not in _ERA or timex.anchoring is not Anchoring.ABSOLUTE:
        return False
    if not text[timex.span.end : timex.span.end + 1].isspace():
        return False  # "1950s-era", "2010," : not before a noun
    before = _WORD_BEFORE.search(text, max(0, timex.span.start - 30), timex.span.start)
    if before is not None and before.group(1).lower() in _PREPOSITIONS:
        return False  # "In 1998 the man", "a star in the 1950s": the date of the clause
    words = _NOUN_RUN.finditer(text, timex.span.end, min(len(text), timex.span.end + 80))
    for _, match in zip(range(_DESCRIBING_WORDS + 1), words, strict=False):
        word = match.group().lower()
        if word in PERSON_NOUNS:
            return True
        if word in _NOT_IN_A_NOUN_PHRASE or word in _DETERMINERS:
            return False
    return False


_NOUN_RUN = re.compile(r"[\w’'-]+")
_WORD_BEFORE = re.compile(r"([\w’'-]+)\s*$")
_DETERMINERS = frozenset("the a an this that these those his her their its our my your".split())
_PREPOSITIONS = frozenset(
    "in on at by since from during until till before after of for to through throughout over around between within".split()
)
# Words that end the noun phrase the date may qualify ("in 1950s films that she", "1940s when")
_NOT_IN_A_NOUN_PHRASE = frozenset(
    """
who whom whose which that when where while as at in on of for from by with to was were is are
has have had be been will would said says after before during since until but or
""".split()
)


# What a figure is compared with, right before its date: "fell to £84m from £136m a year
# earlier", "up from 3.1% in 2022", "higher than in the same period last year".
_COMPARED = re.compile(
    r"\b(?:from|than|compared\s+(?:with|to)|versus|vs\.?|against)\s+"
    r"(?:[£$€]?\d[\d.,]*\s*(?:[mbk]n?|million|billion|bn|%|p|pc|per\s+cent|percent)?\s+)?"
    r"(?:(?:in|for|during|over)\s+)?(?:the\s+same\s+(?:period|quarter|month|time)\s+)?$",
    re.IGNORECASE,
)


# The periods a year's figures are compared with: "a year earlier", "a year ago", "the previous
# year", "the year before", "last year", "year-ago".
_YEAR_BACK = re.compile(
    r"(?:an?|one)\s+year\s+(?:earlier|ago|before)|(?:the\s+)?(?:previous|prior|preceding)\s+year"
    r"|the\s+year\s+before|last\s+year|year[-\s]ago|(?:the\s+)?same\s+(?:period|quarter|month|time)\b.*",
    re.IGNORECASE,
)


def _compared_with(text: str, timex: TemporalExpression) -> bool:
    """Whether a date is the year back a figure is compared with ("fell to £84m from £136m a
    year earlier"): in a sentence with a date of its own, the sentence tells of that date; the
    point of comparison is no statement (the profit of 2023 was shown as an event of 2022 too).
    Not a change told between two dates ("reducing the number from 2,200 last February to 71
    this week"), both of which happened."""
    if _YEAR_BACK.fullmatch(timex.text) is None:
        return False
    return _COMPARED.search(text, max(0, timex.span.start - 40), timex.span.start) is not None


_QUALIFYING_GAP = re.compile(r"[\s,]{1,3}")


def _without_qualifiers(text: str, timexes: list[TemporalExpression]) -> list[TemporalExpression]:
    """A sentence's dates without those that only place the date before them in a longer period
    ("on 14 March this year", "on Tuesday this week"): one statement, at the finer date, rather
    than a second one over the whole year. Only when the finer date lies inside it: "on 14
    December this year", read as last December, keeps both, which disagree."""
    kept: list[TemporalExpression] = []
    for timex in timexes:
        last = kept[-1] if kept else None
        if (
            last is not None
            and last.interval is not None
            and timex.interval is not None
            and last.interval != timex.interval
            and timex.interval.contains(last.interval)
            and _QUALIFYING_GAP.fullmatch(text[last.span.end : timex.span.start])
        ):
            continue
        kept.append(timex)
    return kept


def _role_spans(text: str, people: DocPeople) -> list[Span]:
    """The role phrases set after a name between commas ("Dr Helen Okafor, the trust's chief
    executive since 2021, said ..."): a date inside one dates the role, not what the sentence
    tells, so it makes no statement (the sentence would be shown as an event of 2021)."""
    found = []
    for ref in people.refs:
        if not ref.pronoun:
            span = span_after(text, ref.span.end)
            if span is not None:
                found.append(span)
    return found


def _run_date(run: list[TemporalExpression]) -> EventDate:
    first, last = run[0], run[-1]
    if first.value == last.value or one_moment(tuple(run)):  # the finest reading of the moment
        dates = [event_date(t) for t in run]
        return max(dates, key=lambda d: d.granularity.rank if d.granularity else -1)
    assert first.interval is not None and last.interval is not None  # runs hold dated expressions only
    return EventDate(
        first.value, first.type, first.mod, first.granularity, Interval(first.interval.start, last.interval.end)
    )


def statements(
    doc_id: str, text: str, sentences: tuple[Span, ...], expressions: tuple[TemporalExpression, ...], people: DocPeople
) -> tuple[Statement, ...]:
    """The dated statements of one article (``text`` is its content)."""
    by_sentence: dict[Span, list[TemporalExpression]] = {}
    relative: list[tuple[TemporalExpression, Relation, Span]] = []
    lengths: dict[int, TemporalExpression] = {}  # the durations, by where they start
    roles = _role_spans(text, people) if expressions else ()
    for timex in expressions:
        sentence = enclosing(sentences, timex.span)
        if sentence is None or any(role.contains(timex.span) for role in roles) or _describes_someone(text, timex):
            continue
        if _dated(timex):
            by_sentence.setdefault(sentence, []).append(timex)
            continue
        if timex.type is TimexType.DURATION:
            lengths[timex.span.start] = timex
        relation = find_relation(text, timex)
        if relation is not None:
            relative.append((timex, relation, sentence))
    names = list(people.refs)
    # the names of a sentence by bisection over their starts (in text order), not a scan of all
    order = sorted(range(len(names)), key=lambda k: names[k].span.start)
    starts = [names[k].span.start for k in order]

    def names_in(sentence: Span) -> list[DocRef]:
        lo, hi = bisect_left(starts, sentence.start), bisect_left(starts, sentence.end)
        return [names[k] for k in sorted(order[lo:hi])]  # in their original order

    found: list[Statement] = []

    tokens: dict[Span, list[tuple[int, int, str]]] = {}

    def add(sentence: Span, run: list[TemporalExpression], date: EventDate | None, relation: Relation | None) -> None:
        words = tokens.get(sentence)
        if words is None:
            words = tokens[sentence] = terms.tokens(text, sentence.start, sentence.end)
        inside = names_in(sentence)
        named = [r for r in inside if not people.people[r.person].loose]  # a loose surname may be a word
        skip = tuple(r.span for r in named) + tuple(t.span for t in run)
        skip += (relation.anchor_span,) if relation else ()
        target = Span(run[0].span.start, run[-1].span.end)
        speaker = next((s for q, s in people.quotes if q.start <= target.start < q.end), None)
        loose = tuple(dict.fromkeys(r.person for r in inside if people.people[r.person].loose))
        persons = tuple(dict.fromkeys([r.person for r in named] + ([speaker] if speaker is not None else [])))
        foreign = _clause_after(text, target, sentence, lengths)
        near, content, phrases = terms.keys(words, target, skip, foreign)
        found.append(
            Statement(
                doc_id,
                len(found),
                tuple(run),
                date,
                sentence,
                text[sentence.start : sentence.end],
                persons,
                speaker,
                near,
                content,
                relation,
                phrases=phrases,
                loose=loose,
            )
        )

    for sentence, timexes in by_sentence.items():
        told = [t for t in timexes if not _compared_with(text, t)] or timexes
        told = _without_qualifiers(text, told)
        for run in _runs(text, told):
            add(sentence, run, _run_date(run), None)
    for timex, relation, sentence in relative:
        add(sentence, [timex], None, relation)
    found.sort(key=lambda s: s.timexes[0].span.start)
    found = [evolve(s, index=i) for i, s in enumerate(found)]
    return tuple(_with_anchors(found))


# A clause after the date that tells the event it is measured from: "resigned yesterday, a week
# after inspectors found patients left unwashed" (the length is the engine's expression). Its
# words are that other event's. (A bare "after" often gives the cause, whose words do tell this
# event: "arrested on Friday after a raid".)
_TO_THE_LENGTH = re.compile(r"\s*,?\s*")
_MEASURED_FROM = re.compile(r"\s+(?:after|before|since)\s+")
_CLAUSE_END = re.compile(r"[,;:()\u2014\u2013]|\s-\s")


def _clause_after(text: str, target: Span, sentence: Span, lengths: Mapping[int, TemporalExpression]) -> Span | None:
    """The clause right after the date that tells another event, if one opens there."""
    gap = _TO_THE_LENGTH.match(text, target.end, sentence.end)  # always matches (maybe nothing)
    length = lengths.get(gap.end() if gap else target.end)
    opening = _MEASURED_FROM.match(text, length.span.end, sentence.end) if length else None
    if opening is None:
        return None
    end = _CLAUSE_END.search(text, opening.end(), sentence.end)
    return Span(target.end, end.start() if end else sentence.end)


# What may stand between an anchor phrase and the date that dates it: "the board meeting on
# 1 March", "the election in May", "the vote last Tuesday".
_PHRASE_TO_ITS_DATE = re.compile(r"\s*(?:(?:on|in|at|of|during)\s+(?:the\s+)?)?")


def _dates_the_phrase(s: Statement, phrase: Span, date: Span) -> bool:
    """Whether the date at ``date`` lies in the anchor phrase or right after it."""
    if phrase.start <= date.start and date.end <= phrase.end:
        return True
    base = s.sentence.start
    gap = s.excerpt[phrase.end - base : date.start - base]
    return date.start >= phrase.end and _PHRASE_TO_ITS_DATE.fullmatch(gap) is not None


def _with_anchors(found: list[Statement]) -> list[Statement]:
    """Tie each relative statement to the statement of its article its anchor phrase names:
    the dated statement sharing most of the phrase's words, the nearest before it on a tie.

    A dated statement of the same sentence is its anchor only when its date lies inside the
    anchor phrase ("two weeks after the board meeting on 1 March"). Otherwise the date is the
    main clause's own ("closed the school on Monday, a week after the council voted"): the
    sentence holds the phrase's words, but dating the main clause again from itself would put
    the same action a week later."""
    result = []
    for s in found:
        if s.relation is None:
            result.append(s)
            continue
        phrase = s.relation.anchor_span
        best, best_score = None, 0
        for other in found:
            if other.relation is not None or other.date is None:
                continue
            if other.sentence == s.sentence and not all(_dates_the_phrase(s, phrase, t.span) for t in other.timexes):
                continue
            score = len(s.relation.anchor_words & other.words)
            if score > best_score or (
                score == best_score and score and other.index < s.index and (best is None or best.index < other.index)
            ):
                best, best_score = other, score
        needed = min(2, len(s.relation.anchor_words))
        result.append(evolve(s, anchor=best.index if best and best_score >= needed else None))
    return result
