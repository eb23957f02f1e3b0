"""Markdown: parsed back with a CommonMark parser; nothing in article text becomes markup."""

from __future__ import annotations

from export_samples import BBC_URL
from markdown_it import MarkdownIt

from timeline.export import render

PARSER = MarkdownIt("commonmark")


def _tokens(timeline):
    return PARSER.parse(render(timeline, "md").decode("utf-8"))


def _headings(tokens, level):
    return [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "heading_open" and t.tag == level]


def _bullets(tokens):
    """The inline content of each item of the bullet lists."""
    out, depth = [], 0
    for i, token in enumerate(tokens):
        if token.type == "bullet_list_open":
            depth += 1
        elif token.type == "bullet_list_close":
            depth -= 1
        elif token.type == "inline" and depth and tokens[i - 2].type == "list_item_open":
            out.append(token)
    return out


def _text(inline) -> str:
    return "".join(c.content for c in inline.children if c.type in ("text", "code_inline", "html_inline"))


def test_headings_by_year_then_sources(hand):
    tokens = _tokens(hand)
    assert _headings(tokens, "h1") == ["Timeline of 2 articles, April–June 2011"]
    assert _headings(tokens, "h2") == ["2009", "2010", "2011", "Undated", "Sources"]


def test_one_bullet_per_event_with_date_summary_people_and_citation(hand):
    bullets = _bullets(_tokens(hand))
    assert len(bullets) == len(hand.events)
    dates = [b.children[[c.type for c in b.children].index("strong_open") + 1].content for b in bullets]
    assert dates == [
        "2009",
        "February 2009",
        "late 2010",
        "1 April 2011 (approximate: the article's own date is estimated)",
        "19 May 2011",
        "week of 30 May 2011",
        "XXXX-XX-XX",
    ]
    assert _text(bullets[1]) == "February 2009 — Peter Gilroy’s report raised concerns — Peter Gilroy [1]"
    assert (
        _text(bullets[3])
        == "1 April 2011 (approximate: the article's own date is estimated) — Redeployed staff start on the cases; cost “£2m” — Zoë Müller [1]"
    )


def test_sources_are_a_numbered_list(hand):
    tokens = _tokens(hand)
    start = [i for i, t in enumerate(tokens) if t.type == "ordered_list_open"]
    assert len(start) == 1
    items = [_text(t) for t in tokens[start[0] :] if t.type == "inline"]
    assert items == [
        "BBC News, “Kent’s “cases” — £2m”, 10 April 2011 (estimated)",
        "Evil <b>Outlet</b>, “<script>document.title='pwned'</script>”, 5 June 2011",
    ]


def _links(tokens) -> list[tuple[str, str]]:
    """(text, href) of every link, in order."""
    out = []
    for token in tokens:
        children = token.children or []
        for i, child in enumerate(children):
            if child.type == "link_open":
                out.append((children[i + 1].content, child.attrs["href"]))
    return out


def test_sources_with_a_web_address_are_linked(hand):
    links = _links(_tokens(hand))
    # the BBC article's number after each of its four events, then its entry in the source list
    assert links == [("[1]", BBC_URL)] * 4 + [("BBC News, “Kent’s “cases” — £2m”, 10 April 2011 (estimated)", BBC_URL)]


def test_a_hostile_url_cannot_break_out_of_its_link(hand):
    from attrs import evolve

    url = "https://example.com/a b>c)d<e\\f"
    bbc = evolve(hand.documents[0], url=url)
    tokens = _tokens(evolve(hand, documents=(bbc, hand.documents[1])))
    assert set(_links(tokens)) == set()  # a space: not a web address that can be linked
    clean = "https://example.com/a(b)[c]*_~&x=1"
    cleaned = evolve(hand, documents=(evolve(bbc, url=clean), hand.documents[1]))
    assert "(<https://example.com/a%28b%29[c]*_~&x=1>)" in render(cleaned, "md").decode("utf-8")
    assert {href for _, href in _links(_tokens(cleaned))} == {"https://example.com/a%28b%29%5Bc%5D*_~&x=1"}


def test_title_is_the_one_given(hand):
    from timeline.export import Options

    text = render(hand, "md", Options(title="Kent *children’s* services")).decode("utf-8")
    assert text.startswith("# Kent \\*children’s\\* services\n")


def test_hostile_text_becomes_no_link_image_or_html(hand):
    tokens = _tokens(hand)
    kinds = {c.type for t in tokens if t.children for c in t.children} | {t.type for t in tokens}
    assert not kinds & {"image", "html_inline", "html_block", "autolink", "code_inline"}
    assert {href for _, href in _links(tokens)} == {BBC_URL}  # only the links the export makes
    html = PARSER.render(render(hand, "md").decode("utf-8"))
    assert "<script" not in html and "<img" not in html and "<b>" not in html
    assert html.count("<a ") == 5
    bullets = _bullets(tokens)
    assert (
        _text(bullets[6]) == 'XXXX-XX-XX — =HYPERLINK("http://evil.example/","click") [click](javascript:alert(1)) [2]'
    )
    assert "Council meeting <script>document.title='pwned'</script>" in _text(bullets[4])


def test_bare_urls_are_not_autolinked_by_gfm_renderers(hand):
    raw = render(hand, "md").decode("utf-8")
    assert "http://" not in raw and "javascript:" not in raw
    assert raw.count("https://") == 5  # the links the export makes, each in <angle brackets>
    assert raw.count(f"(<{BBC_URL}>)") == 5


def test_seeds_every_event_under_its_year(seeds):
    tokens = _tokens(seeds)
    bullets = _bullets(tokens)
    assert len(bullets) == len(seeds.events)
    years = sorted({e.date.interval.start.year for e in seeds.events if e.date.interval})
    headings = _headings(tokens, "h2")
    assert headings[: len(years)] == [str(y) for y in years]
