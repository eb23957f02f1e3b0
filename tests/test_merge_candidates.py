"""The candidates a group is compared with: the best few by shared keys, ties to the group told
later; the index filed by bucket of the calendar, and emptied as groups leave."""

from __future__ import annotations

import datetime as dt

from timeline.events.evidence import make_group
from timeline.events.merge import Merger
from timeline.model import EventDate, Granularity, Interval

MAY_3 = EventDate(
    "2011-05-03", granularity=Granularity.DAY, interval=Interval(dt.date(2011, 5, 3), dt.date(2011, 5, 3))
)


def _group(gid: int, doc: str, words: str, place: int = 0, people: frozenset[str] = frozenset()):
    return make_group(gid, doc, (place, 0), MAY_3, False, frozenset(words.split()), frozenset(), people)


def test_the_best_candidates_by_count_then_the_later_told():
    merger = Merger()
    merger.add(_group(0, "a", "fire hall council vote"))
    # two keys in common each but for group 3 (three) and group 9 (one: not a candidate)
    for gid, place in [(1, 10), (2, 30), (4, 20), (5, 60), (6, 50), (7, 40), (8, 70)]:
        merger.add(_group(gid, f"d{gid}", "fire hall", place))
    merger.add(_group(3, "d3", "fire hall council", 5))
    merger.add(_group(9, "d9", "vote", 80))
    assert merger.candidates(0) == [3, 8, 5, 6, 7, 2]


def test_ties_on_count_and_place_keep_the_order_the_groups_were_found_in():
    merger = Merger()
    merger.add(_group(0, "a", "fire hall"))
    for gid in range(1, 9):
        merger.add(_group(gid, f"d{gid}", "fire hall", 7))
    assert merger.candidates(0) == [1, 2, 3, 4, 5, 6]


def test_people_only_candidates_share_a_person():
    merger = Merger()
    merger.add(_group(0, "a", "fire", people=frozenset({"p1"})))
    merger.add(_group(1, "b", "hall", people=frozenset({"p1"})))
    merger.add(_group(2, "c", "fire", people=frozenset({"p2"})))
    assert merger.candidates(0, people_only=True) == [1]
    assert merger.candidates(0) == [1]  # a shared person weighs two words


def test_a_removed_group_is_no_longer_a_candidate():
    merger = Merger()
    merger.add(_group(0, "a", "fire hall"))
    merger.add(_group(1, "b", "fire hall"))
    merger.remove(1)
    assert merger.candidates(0) == []
    assert merger.index[("M", 2011, 5)] == {"fire": {0}, "hall": {0}}
