"""A synthetic timeline of any size, for measuring the app at scale.

Events are spread over twenty years at every granularity the app draws differently (days, weeks,
months, years, approximate years), with people and several sources each.
"""

from __future__ import annotations

import datetime as dt
import random

from timeline.model import (
    Anchoring,
    Document,
    Event,
    EventDate,
    EventMention,
    Granularity,
    Interval,
    Person,
    PersonMention,
    Span,
    TemporalExpression,
    Timeline,
    TimexType,
)

_WORDS = (
    "council budget vote school closure contract audit inquiry leader cabinet report "
    "spending bonus chief executive resigned appointed scrutiny committee meeting roads "
    "libraries care homes deficit cuts"
).split()
_NAMES = [
    f"{first} {last}"
    for first in ("Paul", "Alex", "Sam", "Jo", "Chris", "Pat", "Lee", "Kim")
    for last in ("Carter", "Gilroy", "Smith", "Jones", "Brown", "Taylor", "Wilson", "Evans")
]


def _date(rng: random.Random, day: dt.date) -> tuple[str, Granularity, Interval, str | None]:
    kind = rng.random()
    if kind < 0.55:
        return day.isoformat(), Granularity.DAY, Interval(day, day), None
    if kind < 0.65:
        start = day - dt.timedelta(days=day.weekday())
        iso = start.isocalendar()
        return f"{iso.year}-W{iso.week:02d}", Granularity.WEEK, Interval(start, start + dt.timedelta(days=6)), None
    if kind < 0.9:
        first = day.replace(day=1)
        nxt = (first + dt.timedelta(days=32)).replace(day=1)
        return first.strftime("%Y-%m"), Granularity.MONTH, Interval(first, nxt - dt.timedelta(days=1)), None
    mod = "APPROX" if kind > 0.97 else None
    return str(day.year), Granularity.YEAR, Interval(dt.date(day.year, 1, 1), dt.date(day.year, 12, 31)), mod


def synthetic_timeline(n_events: int, *, n_documents: int = 500, seed: int = 7) -> Timeline:
    """A timeline of ``n_events`` events in date order, reproducible from ``seed``."""
    rng = random.Random(seed)
    people = tuple(Person(f"p{i}", name, aliases=(name.split()[-1],)) for i, name in enumerate(_NAMES))
    documents = tuple(
        Document(
            id=f"d{i}",
            path=f"corpus/d{i}.txt",
            text="",
            title=f"Story {i} about the council",
            source=("Kent Online", "BBC News", "The Guardian")[i % 3],
            published=dt.date(2000, 1, 1) + dt.timedelta(days=rng.randrange(7300)),
            published_estimated=i % 7 == 0,
        )
        for i in range(n_documents)
    )
    origin = dt.date(1995, 1, 1)
    rows = []
    for i in range(n_events):
        day = origin + dt.timedelta(days=rng.randrange(7300))
        value, granularity, interval, mod = _date(rng, day)
        words = " ".join(rng.choice(_WORDS) for _ in range(rng.randrange(5, 14)))
        involved = tuple(sorted({rng.randrange(len(people)) for _ in range(rng.randrange(0, 3))}))
        names = [people[p].name for p in involved]
        text = f"{' and '.join(names) + ' ' if names else ''}{words} in {value}."
        mentions = []
        for doc_index in sorted({rng.randrange(n_documents) for _ in range(rng.randrange(1, 4))}):
            timex = TemporalExpression(
                text=value,
                span=Span(len(text) - len(value) - 1, len(text) - 1),
                type=TimexType.DATE,
                value=value,
                mod=mod,
                granularity=granularity,
                interval=interval,
                anchoring=Anchoring.ABSOLUTE,
                explanation=f"{value}: written in full",
            )
            mentions.append(
                EventMention(
                    f"d{doc_index}", Span(0, len(text)), text, timex, people=tuple(people[p].id for p in involved)
                )
            )
        rows.append(
            (
                interval.start,
                -interval.days,
                i,
                EventDate(value, TimexType.DATE, mod, granularity, interval),
                text,
                tuple(people[p].id for p in involved),
                tuple(mentions),
            )
        )
    rows.sort(key=lambda r: r[:3])
    events = tuple(
        Event(f"e{n}", date, text, who, mentions) for n, (_, _, _, date, text, who, mentions) in enumerate(rows)
    )
    counts: dict[str, int] = {}
    for event in events:
        for pid in event.people:
            counts[pid] = counts.get(pid, 0) + 1
    people = tuple(
        Person(
            p.id,
            p.name,
            p.aliases,
            mentions=tuple(PersonMention("d0", Span(0, 1), p.name) for _ in range(min(counts.get(p.id, 0), 3))),
        )
        for p in people
    )
    return Timeline(documents=documents, people=people, events=events)
