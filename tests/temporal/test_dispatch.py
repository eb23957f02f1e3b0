"""The rules tried at a position are the ones that can match there, in order.

The scanner tries at a position only the rules that may begin with the word or character there
(``rule_starts``, ``dispatch``). Leaving out a rule that could match would silently lose or
change expressions, so the dispatched rules are checked against trying every rule, on the rule
examples and on generated text.
"""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.temporal import vocabulary as v
from timeline.temporal.dispatch import matches, pattern
from timeline.temporal.order import RULES
from timeline.temporal.rule_starts import ALPHABET, Starts, starts

_STARTS = re.compile(r"(?<![A-Za-z])[A-Za-z]|(?<!\d)\d|[^\sA-Za-z\d]")


def every_rule(text: str, position: int) -> list[tuple[int, tuple[int, int]]]:
    found = []
    for index in range(len(RULES)):
        match = pattern(index).match(text, position)
        if match is not None:
            found.append((index, match.span()))
    return found


def dispatched(text: str, position: int) -> list[tuple[int, tuple[int, int]]]:
    return [(index, match.span()) for index, match in matches(text, position)]


def check(text: str) -> None:
    for start in _STARTS.finditer(text):
        position = start.start()
        assert dispatched(text, position) == every_rule(text, position), (text, position)


def test_rule_examples_dispatch_as_every_rule():
    for item in RULES:
        for example, _ in item.examples:
            check(example.replace("[", "").replace("]", ""))


WORDS = st.sampled_from(
    [
        *sorted(v.TRIGGER_WORDS | v.LEADING_WORDS),
        "2008",
        "31",
        "9",
        "1990s",
        "12/09/2019",
        "3rd",
        "am",
        "p.m.",
        "ago",
        "later",
        "'s",
        "mid-",
        "Q3",
        # Letters of other scripts, and those that match ASCII ones when case is ignored (the
        # Kelvin sign, the long s, the dotted capital I), beside the words or inside them.
        "caf\u00e9",
        "\u212a",
        "wee\u212a",
        "\u017fpring",
        "\u0130n",
        "\u0663",
        "2\u0663",
        "Sept\u00e9mber",
        "\u00e9t\u00e9",
    ]
)
SEPARATORS = st.sampled_from([" ", " ", " ", "-", ", ", ". ", "\n", "'", "/", ""])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(WORDS, SEPARATORS, st.booleans()), min_size=1, max_size=8))
def test_generated_text_dispatches_as_every_rule(parts):
    check("".join((word.title() if title else word) + sep for word, sep, title in parts))


def test_first_words_of_a_pattern():
    found = starts(r"(?:the\s+)?(?:last|next)\s+year")
    assert found.words == {"the", "last", "next"} and not found.prefixes
    assert found.chars == set("tln")
    # A match may end inside a longer word: "mon" may begin "month".
    assert starts(r"mon(?:day)?").prefixes == {"mon", "monday"}
    assert starts(r"mon(?:day)?").may_begin("month")


def test_what_is_not_understood_widens_the_answer():
    assert starts(r"[a-z]+\s+ago").may_begin("anything")
    assert starts(r"(?:of\s+)?\d{4}").chars == set("o0123456789")
    assert starts(r"(?:the\s+)?").chars == ALPHABET  # may match nothing
    assert starts(r"(?P<x>a)(?P=x)b").may_begin("ab")
    assert isinstance(starts(r"[^,]"), Starts) and starts(r"[^,]").chars == ALPHABET


def test_case_is_ignored():
    assert starts("Friday").may_begin("friday")
    assert starts("\u212a").chars == {"k"}  # the Kelvin sign matches "k" when case is ignored


def test_the_kept_table_is_up_to_date():
    """``rule_starts.json`` holds what each rule may begin with; when a rule changes, bring it
    up to date with ``python -c "from timeline.temporal import starts_table; starts_table.main()"``."""
    from timeline.temporal.rule_starts import FLAGS
    from timeline.temporal.starts_table import TABLE, table

    assert TABLE.read_text(encoding="utf-8") == table(RULES, FLAGS)


def test_a_rule_changed_since_the_table_is_worked_out_again():
    from attrs import evolve

    from timeline.temporal.rule_starts import FLAGS
    from timeline.temporal.starts_table import load

    changed = [evolve(RULES[0], pattern=r"(?:zork\s+)?" + RULES[0].pattern), *RULES[1:]]
    found = load(changed, FLAGS)
    assert found[0].may_begin("zork") and found[0] == starts(changed[0].pattern, FLAGS)
    assert found[1:] == load(RULES, FLAGS)[1:]


def test_letters_that_match_ascii_ones_when_case_is_ignored():
    """The Kelvin sign matches "k" and the long s "s" when case is ignored, so "wee\u212a" can be
    read as "week" although its ASCII letters stop at "wee": at a word followed by a letter of
    another script, every rule that may begin with its first letter is tried."""
    for text in ("wee\u212a 12", "ye\u017fterday", "this \u212aeek", "Sept\u00e9mber 2009", "\u0130n 2009"):
        check(text)
