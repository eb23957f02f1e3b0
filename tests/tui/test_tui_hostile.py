"""An article written to attack the terminal: markup and escape sequences must show literally."""

from __future__ import annotations

from pathlib import Path

from tui_fixtures import settle

from tui.app import TimelineApp
from tui.screens.article_screen import ArticleScreen
from tui.widgets.timeline_view import TimelineView

HOSTILE = (
    "[bold]Gotcha[/bold] [@click=app.quit]click me[/] [link=https://evil.example]link[/link]\n\n"
    "On 3 March 2010 the [red]council[/red] met \x1b[2J\x1b]0;pwned\x07 and [@click=app.quit]voted[/].\n"
)


def _all_text(widget) -> str:
    return "\n".join(widget.render_line(y).text for y in range(widget.size.height))


async def test_hostile_article_is_shown_literally(tmp_path: Path):
    (tmp_path / "hostile.txt").write_text(HOSTILE)
    app = TimelineApp([str(tmp_path)])
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        assert len(app.timeline.events) == 1
        row = _all_text(app.query_one(TimelineView))
        assert "[red]council[/red]" in row
        assert "\x1b" not in row and "\x07" not in row
        assert "met ␛[" in row  # the escape is shown as a visible stand-in
        await pilot.pause(2 * app.main_screen.EXCERPT_SETTLE)  # the sources pane follows once the cursor rests
        plain = app.query_one("#excerpt").plain
        assert "[@click=app.quit]voted[/]" in plain and "\x1b" not in plain
        # clicking the would-be link does nothing: the app is still running
        await pilot.click("#excerpt", offset=(10, 6))
        await pilot.click("#excerpt", offset=(30, 6))
        await pilot.pause()
        assert app.is_running
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ArticleScreen)
        body = app.screen.query_one("#article-body")
        text = _all_text(body)
        assert "[bold]Gotcha[/bold] [@click=app.quit]click me[/] [link=https://evil.example]link[/link]" in text
        assert "\x1b" not in text and "␛]0;pwned␇" in text
        for y in range(3):
            await pilot.click("#article-body", offset=(20, y))
        await pilot.pause()
        assert app.is_running and isinstance(app.screen, ArticleScreen)
        # the title in the header is the file's first line, also literal
        assert "[bold]Gotcha[/bold]" in str(app.screen.query_one("#article-title").content)
