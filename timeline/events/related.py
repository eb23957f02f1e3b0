"""Words that news outlets use for one kind of happening: "quake", "earthquake" and "temblor";
"bought", "acquired" and "the acquisition"; "died", "death" and "found dead". Two outlets telling
one event in different words then share a key word, as two forms of one word already do
(``terms``).

Only words that tell the same happening in any story are here, not words related in one story
only ("fire" is a blaze, a shooting or a dismissal, so it is not here; nor "blast", which is an
explosion or a rebuke). Each line: the word the others fold to, then the others. They are
compared by their stems, so one form of each is enough.
"""

from __future__ import annotations

TABLE = """
earthquake quake temblor tremor
die death dead
kill slay slain slaying
buy acquire acquisition purchase takeover
arrest detain detention
wound injure injury
pirate piracy
explode explosion
collide collision
rob robbery
steal theft
"""


def families() -> list[tuple[str, tuple[str, ...]]]:
    """(the word the others fold to, the others) for each line of the table."""
    return [(line.split()[0], tuple(line.split()[1:])) for line in TABLE.strip().splitlines()]
