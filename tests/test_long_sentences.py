"""A text without full stops is cut into bounded pieces, so its cost follows its size."""

from __future__ import annotations

import itertools

from timeline.text import MAX_SENTENCE, sentences


def test_a_text_without_full_stops_is_cut_into_bounded_pieces():
    text = " ".join(f"the council met on {d} March 2011 and talked, at length" for d in range(1, 29)) * 80
    spans = sentences(text)
    assert len(text) > 100_000
    assert max(s.end - s.start for s in spans) <= MAX_SENTENCE
    assert all(a.end <= b.start for a, b in itertools.pairwise(spans))
    assert "".join(text[s.start : s.end] for s in spans).replace(" ", "") == text.replace(" ", "")
    assert all(text[s.end - 1] == "," or s is spans[-1] for s in spans)  # cut after a comma


def test_a_run_without_any_boundary_is_cut_hard():
    text = "x" * (3 * MAX_SENTENCE + 5)
    assert [(s.start, s.end) for s in sentences(text)] == [
        (0, MAX_SENTENCE),
        (MAX_SENTENCE, 2 * MAX_SENTENCE),
        (2 * MAX_SENTENCE, 3 * MAX_SENTENCE),
        (3 * MAX_SENTENCE, 3 * MAX_SENTENCE + 5),
    ]


def test_ordinary_sentences_are_untouched():
    text = "Mr. Gilroy spoke on Monday. The hall was sold!\n\nA fire hit it in March 2009."
    assert [text[s.start : s.end] for s in sentences(text)] == [
        "Mr. Gilroy spoke on Monday.",
        "The hall was sold!",
        "A fire hit it in March 2009.",
    ]
