"""Every rule of the grammar handles the examples it lists (publication date Sunday 10 April 2011).

An example with an empty expected value is one the rule must refuse (an impossible date);
brackets mark the extent when the example carries context ("for [years]"); the context may hold
other expressions, but none overlapping the extent.
"""

import datetime as dt

import pytest

from timeline.temporal import tag
from timeline.temporal.order import RULES

DCT = dt.date(2011, 4, 10)
CASES = [(rule.name, text, value) for rule in RULES for text, value in rule.examples]


def test_every_rule_has_examples():
    assert [rule.name for rule in RULES if not rule.examples] == []


@pytest.mark.parametrize(("rule", "text", "value"), CASES, ids=[f"{r}:{t}" for r, t, _ in CASES])
def test_rule_example(rule, text, value):
    found = tag(text.replace("[", "").replace("]", ""), DCT)
    if not value:
        assert found == ()
        return
    if "[" not in text:
        assert [(e.text, e.value, e.rule) for e in found] == [(text, value, rule)]
        return
    # With context, the bracketed extent is one expression; the context may hold others ("the
    # 2008-[09] season" also tags 2008), but none overlapping it.
    start, end = text.index("["), text.index("]") - 1
    at_extent = [(e.text, e.value, e.rule) for e in found if e.span.start < end and start < e.span.end]
    assert at_extent == [(text[start + 1 : end + 1], value, rule)]
