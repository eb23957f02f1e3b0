"""What each rule may begin with (``rule_starts``), worked out once and kept beside the code.

Working it out reads every rule's pattern with the parser of ``re``, which costs about as much
as compiling a third of the grammar: too much for the first article of a fresh process (the cold
start of ``timeline tag`` and of every worker of a corpus analysis). So the answers are kept in
``rule_starts.json``, each with the pattern it was worked out from; a rule whose pattern is not
the one kept (it was edited since) is worked out again when the table is loaded, so the table
can be out of date but never wrong. A test fails while it is out of date; to bring it up to date:

    python -c "from timeline.temporal import starts_table; starts_table.main()"
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from .grammar import Rule
from .rule_starts import FLAGS, Starts, starts

TABLE = Path(__file__).with_name("rule_starts.json")


def load(rules: Sequence[Rule], flags: int) -> list[Starts]:
    """What each of ``rules`` may begin with, from the table where it holds the rule's pattern."""
    try:
        kept = {entry["name"]: entry for entry in json.loads(TABLE.read_text(encoding="utf-8"))}
    except (OSError, ValueError, TypeError, KeyError):
        kept = {}  # no table, or a damaged one: everything is worked out
    found = []
    for item in rules:
        entry = kept.get(item.name)
        if entry is not None and entry.get("pattern") == item.pattern and entry.get("flags") == flags:
            found.append(Starts(frozenset(entry["chars"]), frozenset(entry["words"]), frozenset(entry["prefixes"])))
        else:
            found.append(starts(item.pattern, flags))
    return found


def table(rules: Sequence[Rule], flags: int) -> str:
    """The table for ``rules``, as kept in ``TABLE``: one rule a line, so that a rule changed
    changes one line."""
    entries = []
    for item in rules:
        found = starts(item.pattern, flags)
        entries.append(
            {
                "name": item.name,
                "flags": flags,
                "chars": "".join(sorted(found.chars)),
                "words": sorted(found.words),
                "prefixes": sorted(found.prefixes),
                "pattern": item.pattern,
            }
        )
    return "[\n" + ",\n".join(json.dumps(entry, ensure_ascii=False) for entry in entries) + "\n]\n"


def main() -> None:
    from .order import RULES

    TABLE.write_text(table(RULES, FLAGS), encoding="utf-8")
    print(f"{TABLE}: {len(RULES)} rules")
