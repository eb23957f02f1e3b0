"""The app's keys as people see them: the help screen's tables and the command palette's list of
actions, both read from the live bindings so nothing is listed that cannot be done.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import partial
from typing import Any

from textual.actions import parse
from textual.app import App
from textual.binding import Binding, BindingType
from textual.screen import Screen

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


Command = tuple[str, str, Callable[[], object]]
"""A line of the command palette: its title, its help, what it does."""


def palette_commands(screen: Screen[Any]) -> list[Command]:
    """(title, help, callback) for every action bound on ``screen`` (an ``app.`` action: the app's)."""
    commands: list[Command] = []
    seen = set()
    for binding in Binding.make_bindings(screen.BINDINGS):
        namespace, name, args = parse(binding.action)
        target = screen.app if namespace == "app" else screen
        action = getattr(target, f"action_{name}", None)
        if binding.action in seen or action is None:
            continue
        seen.add(binding.action)
        title, help_text = PALETTE.get(name, (binding.description, ""))
        commands.append((title, help_text, partial(action, *args)))
    return commands


def key_table(app: App[Any], bindings: Iterable[BindingType]) -> list[tuple[str, str]]:
    """(keys, description) rows, the keys of one action joined ("↑, k")."""
    keys: dict[tuple[str, str], list[str]] = {}
    for binding in Binding.make_bindings(bindings):
        if not binding.description:
            continue
        _namespace, name, _args = parse(binding.action)
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


def key_sections(app: App[Any], article_bindings: Iterable[BindingType]) -> list[tuple[str, list[tuple[str, str]]]]:
    """The help screen: the keys active now (remapped keys as remapped), then the other screens'."""
    active = [b.binding for b in app.active_bindings.values() if b.binding.id]  # ours, not Textual's
    return [
        ("Timeline (as bound now)", key_table(app, active)),
        ("Article view", key_table(app, article_bindings)),
        ("People panel (p)", [("space", "tick a person: their events"), ("m", "where they are named; Enter opens it")]),
        ("Dialogs", [("Esc", "cancel"), ("Enter", "confirm"), ("space", "tick a person or source")]),
        ("Everywhere", EVERYWHERE),
        (
            "Command palette (ctrl+p)",
            [
                ("ctrl+p", "every action, Person: name, Go to date, Export as format, themes"),
                ("Maximize", "the focused pane fills the screen (Minimize, or Esc, gives the layout back)"),
            ],
        ),
    ]


# Keys that work without a binding of the app's own (Textual's, the panes' scrolling, the search
# bar's Esc, the mouse): listed by hand, since no binding table holds them.
EVERYWHERE = [
    ("tab, shift+tab", "move between the list, the sources pane and the people panel"),
    ("↑ ↓ pgup pgdn home end", "in the sources pane: scroll it (also the mouse wheel)"),
    ("esc", "in the list, with a search kept: clear the search"),
    ("wheel", "over the density bar: zoom in and out"),
    ("click, double click", "in the list: move to an event, open its article"),
    ("ctrl+q", "quit"),
]
