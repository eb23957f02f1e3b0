"""Updating a built state with added, edited and removed articles (``timeline.analysis.update``)
gives what a rebuild gives in the ways the module promises: the same documents, people,
expressions and problems, every statement in one event, the state's invariants kept; the events
themselves equal a rebuild's in the examples here, and on generated corpora differ, if at all,
only around the change (best-first merging is order-dependent).

The corpora are those of the re-anchoring property test; new articles come from a corpus of
another seed, under ids no article has.
"""

from __future__ import annotations

import datetime as dt
import random

import pytest
from attrs import evolve
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from test_reanchor_property import canonical, corpus

from timeline.analysis import analyse, analyse_all, unify_state
from timeline.analysis import update as update_module
from timeline.analysis.state import check
from timeline.analysis.update import update_state
from timeline.corpus import document_from_text
from timeline.corpus.metadata import Metadata

_SETTINGS = settings(
    max_examples=12,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
)


def _new_articles(seed: int, count: int) -> list:
    return [evolve(d, id=f"n{d.id}", path=f"/corpus/n{d.id}.txt") for d in corpus(seed + 1, max(count, 20))[:count]]


def _edited(document):
    return evolve(document, text=document.text + "\nThe council will meet again on 3 March 2014.\n")


@_SETTINGS
@given(
    seed=st.integers(0, 10_000),
    articles=st.integers(20, 150),
    adding=st.integers(0, 4),
    editing=st.integers(0, 2),
    removing=st.integers(0, 2),
)
def test_an_update_equals_a_rebuild(seed, articles, adding, editing, removing):
    documents = corpus(seed, articles)
    analyses = analyse_all(documents, workers=1)
    state = unify_state(analyses)
    rng = random.Random(seed)
    now = list(analyses)
    for gone in rng.sample(range(len(now)), removing):
        now[gone] = None  # type: ignore[call-overload]
    for i in rng.sample([i for i, a in enumerate(now) if a is not None], editing):
        now[i] = analyse(_edited(now[i].document))
    kept = [a for a in now if a is not None]
    for document in _new_articles(seed, adding):
        kept.insert(rng.randrange(len(kept) + 1), analyse(document))
    expected = unify_state(kept).timeline
    updated = update_state(state, kept)
    assert check(updated.state) == []
    got, want = canonical(updated.state.timeline), canonical(expected)
    assert (got[:2], got[3:]) == (want[:2], want[3:])  # documents, people, problems, expressions
    # every statement is in one event, as in the rebuild; which events (module docstring) may
    # differ near the change, and only there
    assert sorted(repr(m) for e in got[2] for m in e[3]) == sorted(repr(m) for e in want[2] for m in e[3])
    differing = set(got[2]) ^ set(want[2])
    assert len(differing) <= 4 * (adding + editing + removing)
    if not updated.incremental:
        # the reasons a small change may still rebuild, with the corpora of this test
        assert updated.reason.endswith(" articles changed") or updated.reason in {
            "an article identical to another changed",
            "a new or edited article is identical to another",
            "the people of unchanged articles are linked differently",
        }


@pytest.mark.parametrize(
    ("seed", "articles", "adding", "editing", "removing"),
    [(11, 60, 1, 0, 0), (21, 80, 2, 1, 0), (31, 50, 0, 0, 2), (42, 120, 3, 1, 1)],
)
def test_these_updates_equal_a_rebuild_exactly(seed, articles, adding, editing, removing):
    analyses = analyse_all(corpus(seed, articles), workers=1)
    rng = random.Random(seed)
    gone = set(rng.sample(range(len(analyses)), removing))
    now = [a for i, a in enumerate(analyses) if i not in gone]
    for i in rng.sample(range(len(now)), editing):
        now[i] = analyse(_edited(now[i].document))
    for document in _new_articles(seed, adding):
        now.insert(rng.randrange(len(now) + 1), analyse(document))
    updated = update_state(unify_state(analyses), now)
    assert updated.incremental, updated.reason
    assert canonical(updated.state.timeline) == canonical(unify_state(now).timeline)


def test_adding_an_article_at_the_end_is_incremental_and_equals_a_rebuild():
    documents = corpus(11, 60)
    analyses = analyse_all(documents, workers=1)
    new = analyse(_new_articles(11, 1)[0])
    updated = update_state(unify_state(analyses[:]), [*analyses, new])
    assert updated.incremental, updated.reason
    assert updated.added == (new.document.id,)
    assert (updated.changed, updated.removed) == ((), ())
    assert canonical(updated.state.timeline) == canonical(unify_state([*analyses, new]).timeline)
    # the events follow the same order as a rebuild's
    assert [e.mentions for e in updated.state.timeline.events] == [
        e.mentions for e in unify_state([*analyses, new]).timeline.events
    ]


def test_removing_an_article():
    analyses = analyse_all(corpus(12, 60), workers=1)
    state = unify_state(analyses)
    target = next(a for a in reversed(analyses) if a.document.id not in state.duplicates.values())
    rest = [a for a in analyses if a is not target]
    updated = update_state(state, rest)
    assert updated.removed == (target.document.id,) or not updated.incremental
    assert canonical(updated.state.timeline) == canonical(unify_state(rest).timeline)
    assert target.document.id not in {m.document for e in updated.state.timeline.events for m in e.mentions}


def test_too_many_changes_rebuild(monkeypatch):
    analyses = analyse_all(corpus(13, 40), workers=1)
    monkeypatch.setattr(update_module, "MAX_CHANGED", 2)
    new = [analyse(d) for d in _new_articles(13, 3)]
    updated = update_state(unify_state(analyses), [*analyses, *new])
    assert not updated.incremental
    assert updated.reason == "3 articles changed"
    assert canonical(updated.state.timeline) == canonical(unify_state([*analyses, *new]).timeline)


def test_articles_in_another_order_rebuild():
    analyses = analyse_all(corpus(14, 30), workers=1)
    swapped = [analyses[1], analyses[0], *analyses[2:]]
    updated = update_state(unify_state(analyses), swapped)
    assert (updated.incremental, updated.reason) == (False, "the articles are in another order")
    assert canonical(updated.state.timeline) == canonical(unify_state(swapped).timeline)


def test_a_failure_during_the_update_rebuilds(monkeypatch):
    analyses = analyse_all(corpus(11, 60), workers=1)
    new = analyse(_new_articles(11, 1)[0])

    def broken(*args: object) -> None:
        raise RuntimeError("halfway")

    monkeypatch.setattr(update_module, "replace_articles", broken)
    updated = update_state(unify_state(analyses), [*analyses, new])
    assert (updated.incremental, updated.reason) == (False, "the update failed (RuntimeError: halfway)")
    assert canonical(updated.state.timeline) == canonical(unify_state([*analyses, new]).timeline)


@pytest.mark.parametrize("where", [0, 1, 15, 30])
def test_new_articles_fit_between_the_others(where):
    old = {f"d{i}": i * update_module.ORDER_GAP for i in range(30)}
    order = list(old)
    order[where:where] = ["x", "y"]
    places = update_module._places(order, old)
    assert places is not None
    assert sorted(places, key=places.__getitem__) == order
    assert all(places[d] == old[d] for d in old)
    assert update_module._places(["a", "x", "b"], {"a": 5, "b": 6}) is None  # no room


def test_updates_in_place_are_bounded_by_a_full_build_now_and_then(monkeypatch):
    analyses = analyse_all(corpus(11, 60), workers=1)
    monkeypatch.setattr(update_module, "MAX_DRIFT", 2)
    new = [analyse(d) for d in _new_articles(11, 3)]
    first = update_state(unify_state(analyses), [*analyses, new[0]])
    assert (first.incremental, first.state.drift) == (True, 1)
    second = update_state(first.state, [*analyses, new[0], new[1]])
    assert (second.incremental, second.state.drift) == (True, 2)
    third = update_state(second.state, [*analyses, *new])
    assert (third.incremental, third.reason) == (False, "3 articles updated in place since the last full build")
    assert third.state.drift == 0
    assert canonical(third.state.timeline) == canonical(unify_state([*analyses, *new]).timeline)


def test_an_article_naming_in_full_a_surname_others_used_alone_rebuilds_and_links_it():
    def doc(doc_id: str, text: str):
        return document_from_text(text, doc_id, f"{doc_id}.txt", Metadata(published=dt.date(2024, 4, 4)))

    first = analyse(doc("a", "Whitcombe, the mayor, said the city will look at the branch again this fall.\n"))
    others = [
        analyse(doc(f"o{n}", f"The harbour ferry ran {n} extra sailings on {n} March 2024.\n")) for n in range(1, 6)
    ]
    state = unify_state([first, *others])
    assert (state.timeline.people, state.timeline.events[-1].people) == ((), ())
    named = analyse(doc("b", "Mayor Dana Whitcombe proposed the closure in January.\n"))
    updated = update_state(state, [first, *others, named])
    assert (updated.incremental, updated.reason) == (False, "the people of unchanged articles are linked differently")
    (mayor,) = updated.state.timeline.people
    assert [(m.document, m.text) for m in mayor.mentions] == [("a", "Whitcombe"), ("b", "Dana Whitcombe")]
    assert [(e.sources, e.people) for e in updated.state.timeline.events if e.people] == [
        (("b",), (mayor.id,)),
        (("a",), (mayor.id,)),
    ]
