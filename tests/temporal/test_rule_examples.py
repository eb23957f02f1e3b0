"""Every rule of the grammar handles the examples it lists (publication date Sunday 10 April 2011).

An example with an empty expected value is one the rule must refuse (an impossible date);
brackets mark the extent when the example carries context ("for [years]").
"""

import datetime as dt

import pytest

from timeline.temporal import tag
from timeline.temporal.scanner import RULES

DCT = dt.date(2011, 4, 10)
CASES = [(rule.name, text, value) for rule in RULES for text, value in rule.examples]


def test_every_rule_has_examples():
    assert [rule.name for rule in RULES if not rule.examples] == []


@pytest.mark.parametrize(("rule", "text", "value"), CASES, ids=[f"{r}:{t}" for r, t, _ in CASES])
def test_rule_example(rule, text, value):
    extent = text[text.index("[") + 1:text.index("]")] if "[" in text else text
    found = tag(text.replace("[", "").replace("]", ""), DCT)
    if not value:
        assert found == ()
        return
    assert [(e.text, e.value, e.rule) for e in found] == [(extent, value, rule)]
