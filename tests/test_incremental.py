"""Opening a folder again after a few articles were added, edited or removed: the saved state of
the last build is updated (only those articles analysed, their files the only ones parsed), and
the timeline is the one a fresh build gives (events but for their ids; ``analysis.update``).
A damaged saved state is removed, said once and the timeline built in full."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from test_reanchor_property import canonical

import timeline.corpus as corpus_module
from benchmarks.synth_corpus import generate
from timeline import opening
from timeline.analysis.update import Updated
from timeline.files import cache_dir
from timeline.opening import open_articles

pytestmark = pytest.mark.usefixtures("own_cache")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    articles = tmp_path / "articles"
    generate(articles, 40, seed=5)
    return articles


@pytest.fixture
def updates(monkeypatch) -> list[Updated]:
    """Each update of a saved state made while opening."""
    seen: list[Updated] = []
    real = opening.update_state

    def spying(*args, **kwargs):
        seen.append(real(*args, **kwargs))
        return seen[-1]

    monkeypatch.setattr(opening, "update_state", spying)
    return seen


@pytest.fixture
def parsed(monkeypatch) -> list[str]:
    """The text files whose front matter and boilerplate were worked out (not taken as read)."""
    seen: list[str] = []
    real = corpus_module._parse_file

    def spying(text, note, name, *args):
        seen.append(Path(name).name)
        return real(text, note, name, *args)

    monkeypatch.setattr(corpus_module, "_parse_file", spying)
    return seen


def fresh(folder: Path):
    return canonical(open_articles([folder], {}, use_cache=False).timeline)


def _new_article(folder: Path, tmp_path: Path, name: str) -> Path:
    made = generate(tmp_path / "more", 3, seed=77)
    return Path(shutil.move(str(made[1]), folder / name))


def test_an_added_article_is_the_only_one_analysed_and_parsed(folder, tmp_path, calls, updates, parsed):
    open_articles([folder], {}, use_cache=True)
    assert len(calls) == 40 and updates == []  # the first build: nothing saved yet
    calls.clear()
    parsed.clear()
    _new_article(folder, tmp_path, "a00017b.txt")  # between two others
    opened = open_articles([folder], {}, use_cache=True)
    assert calls == ["a00017b"]
    assert parsed == ["a00017b.txt"]
    assert [(u.incremental, u.added, u.changed, u.removed) for u in updates] == [(True, ("a00017b",), (), ())]
    assert canonical(opened.timeline) == fresh(folder)


def test_an_edited_article_is_analysed_again_and_the_rest_kept(folder, calls, updates):
    open_articles([folder], {}, use_cache=True)
    calls.clear()
    target = folder / "a00010.txt"
    target.write_text(target.read_text() + "\nThe council will meet again on 3 March 2014.\n")
    opened = open_articles([folder], {}, use_cache=True)
    assert calls == ["a00010"]
    assert [(u.incremental, u.changed) for u in updates] == [(True, ("a00010",))]
    assert canonical(opened.timeline) == fresh(folder)


def test_a_removed_article_costs_no_analysis(folder, calls, updates):
    open_articles([folder], {}, use_cache=True)
    calls.clear()
    (folder / "a00020.txt").unlink()
    opened = open_articles([folder], {}, use_cache=True)
    assert calls == []
    assert [(u.incremental, u.removed) for u in updates] == [(True, ("a00020",))]
    assert "a00020" not in {d.id for d in opened.timeline.documents}
    assert canonical(opened.timeline) == fresh(folder)


def test_a_damaged_saved_state_is_removed_said_once_and_rebuilt(folder, tmp_path, calls, updates):
    open_articles([folder], {}, use_cache=True)
    (saved,) = (cache_dir() / "states").glob("*.state")
    data = bytearray(saved.read_bytes())
    data[len(data) // 2] ^= 0xFF
    saved.write_bytes(bytes(data))
    _new_article(folder, tmp_path, "a00041.txt")
    calls.clear()
    opened = open_articles([folder], {}, use_cache=True)
    said = [p for p in opened.timeline.problems if p.path == str(saved)]
    assert [p.message for p in said] == [
        "saved timeline state damaged (checksum mismatch); removed, the timeline is built in full"
    ]
    assert updates == [] and calls == ["a00041"]  # the other analyses are in the per-article cache
    built, expected = canonical(opened.timeline), fresh(folder)
    assert (built[:3], built[4:]) == (expected[:3], expected[4:])
    assert [p for p in built[3] if p not in said] == list(expected[3])  # and the problem said once
    assert saved.is_file()  # saved afresh
    (folder / "a00041.txt").unlink()
    again = open_articles([folder], {}, use_cache=True)
    assert not [p for p in again.timeline.problems if p.path == str(saved)]
    assert [u.incremental for u in updates] == [True]


def test_a_saved_state_that_does_not_decode_is_rebuilt(folder, updates):
    from timeline.storage import states

    open_articles([folder], {}, use_cache=True)
    (saved,) = (cache_dir() / "states").glob("*.state")
    states.write(saved.stem, b"\xc1 not msgpack")  # a valid checksum over a body that is not a state
    (folder / "a00003.txt").unlink()  # so that the stored timeline misses
    opened = open_articles([folder], {}, use_cache=True)
    messages = [p.message for p in opened.timeline.problems if p.path == str(saved)]
    assert len(messages) == 1 and messages[0].startswith("saved timeline state damaged (")
    assert updates == []


def test_a_moved_article_with_its_text_unchanged_is_read_again(folder, calls, updates, parsed):
    """The same bytes under another name are another document (its id is its file name)."""
    open_articles([folder], {}, use_cache=True)
    calls.clear()
    parsed.clear()
    (folder / "a00005.txt").rename(folder / "a00005x.txt")
    opened = open_articles([folder], {}, use_cache=True)
    assert parsed == ["a00005x.txt"]
    assert [(u.added, u.removed) for u in updates if u.incremental] in ([(("a00005x",), ("a00005",))], [])
    assert canonical(opened.timeline) == fresh(folder)


def test_a_saved_state_reads_back_as_it_was():
    import attrs
    from test_reanchor_property import corpus

    from timeline.analysis import analyse_all, unify_state
    from timeline.analysis.cached import article_key
    from timeline.analysis.saved import attach, dumps, loads

    documents = corpus(11, 60)
    state = unify_state(analyse_all(documents, workers=1))
    keys = {d.id: article_key(d) for d in documents}
    restored = loads(dumps(state, "engine", keys), "engine")
    assert attach(restored, documents, keys) == {d.id for d in documents}
    back = restored.state
    for field in attrs.fields(type(state)):
        if field.name != "timeline":  # made again by the update (``reanchor.retimeline``)
            assert getattr(back, field.name) == getattr(state, field.name), field.name
    assert back.timeline.people == state.timeline.people


def test_a_saved_part_that_does_not_decode_is_said_once_and_rebuilt(folder, tmp_path, calls, updates):
    """The digest proves the file is as written; a part of it that still does not decode when
    the update first reads it (``saved.Lazy``) is dropped with the whole state."""
    from attrs import evolve

    from timeline.analysis.saved import Lazy, dumps, loads
    from timeline.storage import states
    from timeline.storage.cache import code_fingerprint

    open_articles([folder], {}, use_cache=True)
    (saved,) = (cache_dir() / "states").glob("*.state")
    restored = states.read(saved.stem, [], lambda body: loads(body, code_fingerprint()))
    state = restored.state
    for doc, analysis in list(state.analyses.items()):
        state.analyses[doc] = evolve(analysis, statements=Lazy(b"\xc1", analysis.statements._decode))
    states.write(saved.stem, dumps(state, code_fingerprint(), restored.keys, list(restored.known.items())))
    _new_article(folder, tmp_path, "a00017b.txt")
    calls.clear()
    opened = open_articles([folder], {}, use_cache=True)
    said = [p.message for p in opened.timeline.problems if p.path == str(saved)]
    assert said == [
        "saved timeline state damaged (MessagePack data is malformed: invalid opcode '\\xc1' (byte 0)); removed, "
        "the timeline is built in full"
    ]
    assert calls == ["a00017b"]  # the others from the per-article cache
    built, expected = canonical(opened.timeline), fresh(folder)
    assert (built[:3], built[4:]) == (expected[:3], expected[4:])
    assert [p for p in built[3] if p.path != str(saved)] == list(expected[3])
    again = open_articles([folder], {}, use_cache=True)  # saved afresh: the next change updates it
    assert not [p for p in again.timeline.problems if p.path == str(saved)]
