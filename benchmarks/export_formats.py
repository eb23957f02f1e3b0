"""Time every export format on a large synthetic timeline and print the figures.

    python benchmarks/export_formats.py [EVENTS] [DOCUMENTS] [PEOPLE]

The timeline is made of the seed articles' real text, repeated under new ids, with events at
every granularity, two mentions each and two people each, so the figures reflect the work an
export does per event, per mention and per person (no format may be quadratic in them).
Peer: Python's own ``json.dumps`` of the same data (compact, no indentation), the floor every
format is compared to.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import time

from attrs import evolve

from timeline.corpus import load, seeds_dir
from timeline.export import FORMATS, render
from timeline.export.json_format import to_data
from timeline.model import (
    Anchoring,
    Event,
    EventDate,
    EventMention,
    Granularity,
    Interval,
    Person,
    Span,
    TemporalExpression,
    Timeline,
)

_SHAPES = [
    (Granularity.YEAR, lambda d: (f"{d.year}", Interval(dt.date(d.year, 1, 1), dt.date(d.year, 12, 31)))),
    (Granularity.MONTH, lambda d: (f"{d:%Y-%m}", Interval(d.replace(day=1), d.replace(day=28)))),
    (Granularity.DAY, lambda d: (d.isoformat(), Interval(d, d))),
]


def synthetic(events: int, documents: int, people: int) -> Timeline:
    seeds = load([seeds_dir()]).documents
    docs = tuple(evolve(seeds[i % len(seeds)], id=f"d{i}", path=f"/corpus/d{i}.txt") for i in range(documents))
    persons = tuple(Person(f"p{i}", f"Person {i}", aliases=(f"Mr {i}",)) for i in range(people))
    out = []
    for n in range(events):
        day = dt.date(1990, 1, 1) + dt.timedelta(days=n % 12000)
        granularity, shape = _SHAPES[n % len(_SHAPES)]
        value, interval = shape(day)
        mentions = []
        for k in range(2):
            doc = docs[(n + k) % documents]
            start = (n * 7 + k * 31) % max(1, len(doc.text) - 200)
            timex = TemporalExpression(
                doc.text[start : start + 10],
                Span(start, start + 10),
                EventDate(value).type,
                value,
                granularity=granularity,
                interval=interval,
                anchoring=Anchoring.PUBLICATION,
            )
            mentions.append(EventMention(doc.id, Span(start, start + 150), doc.text[start : start + 150], timex))
        out.append(
            Event(
                f"e{n}",
                EventDate(value, granularity=granularity, interval=interval),
                f"Event {n} summary with “quotes” and £",
                (f"p{n % people}", f"p{(n + 1) % people}"),
                tuple(mentions),
            )
        )
    return Timeline(docs, persons, tuple(out))


def main() -> None:
    defaults = [20000, 200, 500]
    given = [int(a) for a in sys.argv[1:4]]
    events, documents, people = given + defaults[len(given) :]
    timeline = synthetic(events, documents, people)
    print(f"{events} events, {documents} documents, {people} people")
    start = time.perf_counter()
    floor = json.dumps(to_data(timeline), ensure_ascii=False).encode("utf-8")
    peer = time.perf_counter() - start
    print(f"{'peer: json.dumps(to_data)':28s} {peer:7.2f} s  {len(floor) / 1e6:8.1f} MB")
    for name in FORMATS:
        start = time.perf_counter()
        data = render(timeline, name)
        took = time.perf_counter() - start
        print(f"{name:28s} {took:7.2f} s  {len(data) / 1e6:8.1f} MB  ({took / peer:4.1f}x the peer)")


if __name__ == "__main__":
    main()
