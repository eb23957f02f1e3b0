"""The app's keys as people see them: the help screen's tables and the command palette's list of
actions, both read from the live bindings so nothing is listed that cannot be done.
"""

from __future__ import annotations

import ast
from collections.abc import Callable, Iterable
from functools import partial

from textual.app import App
from textual.binding import Binding

# action -> (palette title, palette help); actions not listed use their binding's description.
PALETTE = {
    "search": ("Search", "filter the events by text as you type"),
    "people": ("People panel", "everyone named; tick people to filter by them"),
    "any_all": ("Any / all chosen people", "events with any of the chosen people, or all of them"),
    "clear_people": ("Clear people filter", ""),
    "clear_filters": ("Clear all filters", ""),
    "sources": ("Filter by source", "choose the articles to show"),
    "date_range": ("Date range", "only events between two dates (2010, Nov 2010, 2011-04-01)"),
    "go_to_date": ("Go to date", "move to the first event from a date"),
    "hide_coarse": ("Hide / show coarse dates", "events dated only to a year or coarser"),
    "export": ("Export", "write the events shown to a file"),
    "publication_date": ("Set publication date", "correct an article's date; its dates are re-resolved"),
    "open_article": ("Open article", "the focused event's source article"),
    "problems": ("Load problems", "files that could not be read"),
    "help": ("Keys", "every key"),
    "quit": ("Quit", ""),
}


def _parse(action: str) -> tuple[str, tuple[object, ...]]:
    name, _, rest = action.partition("(")
    args = ast.literal_eval(f"({rest[:-1]},)") if rest.strip(")") else ()
    return name, args


def palette_commands(app: App) -> list[tuple[str, str, Callable[[], object]]]:
    """(title, help, callback) for every action bound on the app."""
    commands, seen = [], set()
    for binding in app.BINDINGS:
        name, args = _parse(binding.action)
        if binding.action in seen or not hasattr(app, f"action_{name}"):
            continue
        seen.add(binding.action)
        title, help_text = PALETTE.get(name, (binding.description, ""))
        commands.append((title, help_text, partial(getattr(app, f"action_{name}"), *args)))
    return commands


def key_table(app: App, bindings: Iterable[Binding]) -> list[tuple[str, str]]:
    """(keys, description) rows, the keys of one action joined ("↑, k")."""
    keys: dict[tuple[str, str], list[str]] = {}
    for binding in bindings:
        if not binding.description:
            continue
        name, _args = _parse(binding.action)
        title, help_text = PALETTE.get(name, (binding.description, ""))
        description = (
            f"{title}: {help_text}"
            if help_text and name in PALETTE and "(" not in binding.action
            else binding.description
        )
        for key in binding.key.split(","):
            display = app.get_key_display(Binding(key.strip(), ""))
            keys.setdefault((binding.action, description), []).append(display)
    return [(", ".join(dict.fromkeys(k)), description) for (_action, description), k in keys.items()]


def key_sections(app: App, article_bindings: Iterable[Binding]) -> list[tuple[str, list[tuple[str, str]]]]:
    """The help screen: the keys active now (remapped keys as remapped), then the other screens'."""
    active = [b.binding for b in app.active_bindings.values() if b.binding.id]  # the app's own keys
    return [
        ("Timeline (as bound now)", key_table(app, active)),
        ("Article view", key_table(app, article_bindings)),
        ("Dialogs", [("Esc", "cancel"), ("Enter", "confirm"), ("space", "tick a person or source")]),
        ("Command palette (ctrl+p)", [("ctrl+p", "every action, Person: name, Go to date, Export as format, themes")]),
    ]
