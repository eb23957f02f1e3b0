"""The people panel lists where each person is named and opens the article at the mention."""

from __future__ import annotations

from textual.widgets import Label, OptionList

from timeline.analysis import build_timeline
from timeline.corpus import load, seeds_dir
from tui.app import TimelineApp
from tui.screens.article_screen import ArticleScreen
from tui.screens.mentions_screen import MentionsScreen
from tui.widgets.people_panel import PeopleList


async def test_m_lists_every_mention_and_enter_opens_the_article_there():
    timeline = build_timeline(load([seeds_dir()]).documents)
    gilroy = next(p for p in timeline.people if p.name == "Peter Gilroy")
    app = TimelineApp(timeline=timeline)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("p")
        listing = app.query_one(PeopleList)
        listing.highlighted = next(
            i for i in range(listing.option_count) if listing.get_option_at_index(i).value == gilroy.id
        )
        await pilot.press("m")
        await pilot.pause()
        assert isinstance(app.screen, MentionsScreen)
        options = app.screen.query_one(OptionList)
        assert options.option_count == len(gilroy.mentions)
        lines = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        for line, mention in zip(lines, gilroy.mentions, strict=True):
            assert mention.text in line  # the name as that article writes it, with its context
        options.highlighted = 2
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ArticleScreen)
        third = gilroy.mentions[2]
        assert app.screen._document.id == third.document
        assert app.screen._focus == third.span
        position = str(app.screen.query_one("#article-position", Label).content)
        assert "dated statement" in position or "outside the" in position
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, (ArticleScreen, MentionsScreen))


def test_a_mention_line_opens_and_closes_its_context_at_word_edges():
    from timeline.corpus import document_from_text
    from timeline.model import Span
    from tui.screens.mentions_screen import mention_line

    text = (
        "Parents and teachers at nearby Lincoln Elementary School pleaded. Mayor Dana Whitcombe, "
        "who proposed the closure in January as part of a budget cut, said no."
    )
    timeline = build_timeline([document_from_text(text, "a", "a.txt")])
    start = text.index("Dana")
    line = mention_line(timeline, "a", Span(start, start + len("Dana Whitcombe"))).plain
    assert line.endswith(": …Elementary School pleaded. Mayor Dana Whitcombe, who proposed the closure in January as…")
