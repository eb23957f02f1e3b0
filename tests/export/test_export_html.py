"""HTML: escaping checked on the markup, and the page itself checked in headless Chromium."""

from __future__ import annotations

from export_browser import dump_dom, parse
from export_samples import BBC_URL, FORMULA, HOSTILE_SENTENCES, IMG, SCRIPT

from timeline.export import Options, render
from timeline.export.common import distinct_mentions

TITLE = "Timeline of 2 articles, April–June 2011"


def _page(timeline, tmp_path, name="timeline.html"):
    path = tmp_path / name
    path.write_bytes(render(timeline, "html"))
    return path


def _visible_events(dom):
    return [li.attrs["id"] for li in dom.iter("li", "event") if "hidden" not in li.attrs]


# --- the markup, without a browser -------------------------------------------------------------


def test_self_contained_nothing_fetched(hand):
    dom = parse(render(hand, "html").decode("utf-8"))
    assert [s.attrs for s in dom.iter("script")] == [{}], "one inline script, no src"
    assert not list(dom.iter("link")) and not list(dom.iter("img")) and not list(dom.iter("iframe"))
    csp = [m.attrs["content"] for m in dom.iter("meta") if m.attrs.get("http-equiv") == "Content-Security-Policy"]
    assert csp and csp[0].startswith("default-src 'none';")


def test_article_text_is_escaped_in_the_markup(hand):
    raw = render(hand, "html").decode("utf-8")
    for hostile in (SCRIPT, IMG, "<b>Outlet</b>", '<a href="http://evil.example/">'):
        assert hostile not in raw
    assert "&lt;script&gt;document.title=&#x27;pwned&#x27;&lt;/script&gt;" in raw


def test_events_excerpts_people_and_dates_in_the_markup(hand):
    dom = parse(render(hand, "html").decode("utf-8"))
    events = {li.attrs["id"]: li for li in dom.iter("li", "event")}
    assert list(events) == [e.id for e in hand.events]
    feb = events["e2"]
    assert feb.find("time").attrs == {"datetime": "2009-02"}
    assert feb.find("time").text == "February 2009"
    assert feb.attrs["data-people"] == "p1"
    assert events["e6"].find("time").attrs == {"datetime": "2011-W22"}
    assert events["e3"].find("time").text == "late 2010"
    assert events["e4"].find("span", "approximate").text == "(approximate: the article's own date is estimated)"
    assert [b.text for b in events["e4"].iter("blockquote")] == [
        "Kent’s “review” cost £2m, said Zoë Müller on 1 April."
    ]
    assert events["e4"].find("p", "source").text == "— BBC News, “Kent’s “cases” — £2m”, 10 April 2011 (estimated)"
    assert events["e4"].find("p", "source").find("a").attrs == {"href": BBC_URL, "rel": "noreferrer"}
    assert [h.find("h2").text for h in dom.iter("section", "year")] == ["2009", "2010", "2011", "Undated"]
    options = [(o.attrs["value"], o.text) for o in dom.find("select").iter("option")]
    assert options == [("", "Everyone"), ("p1", "Peter Gilroy (3)"), ("p2", "Zoë Müller (2)")]


# --- in the browser ----------------------------------------------------------------------------


def test_browser_renders_every_event_and_runs_no_injected_code(hand, tmp_path):
    dom = parse(dump_dom(_page(hand, tmp_path)))
    assert dom.find("title").text == TITLE, "an injected script changed the title"
    body = dom.find("body")
    assert "data-pwned" not in body.attrs, "an injected onerror handler ran"
    assert _visible_events(dom) == ["e1", "e2", "e3", "e4", "e5", "e6", "e7"]
    assert "hidden" not in dom.by_id("filter").attrs, "the filter script did not run"
    assert dom.by_id("count").text == "7 of 7 events"
    quotes = {b.text for b in dom.iter("blockquote", "excerpt")}
    assert HOSTILE_SENTENCES["script"] in quotes
    assert HOSTILE_SENTENCES["img"] in quotes
    assert HOSTILE_SENTENCES["formula"].replace(" \n", " \n") in quotes
    assert len(list(dom.iter("script"))) == 1 and not list(dom.iter("img"))
    links = {a.attrs["href"] for a in dom.iter("a")}
    assert links == {BBC_URL, "file:///articles/hostile.txt"}, "only the links to the sources"
    assert dom.by_id("e7").find("h3").text == f"{FORMULA} [click](javascript:alert(1))"


def test_browser_person_filter_from_the_url(hand, tmp_path):
    page = _page(hand, tmp_path)
    dom = parse(dump_dom(page, "#person=p1"))
    assert dom.find("body").attrs["data-person"] == "p1"
    assert dom.find("select").find("option", None) is not None
    assert _visible_events(dom) == ["e2", "e3", "e6"]
    assert dom.by_id("count").text == "3 of 7 events"
    years = {s.find("h2").text: "hidden" in s.attrs for s in dom.iter("section", "year")}
    assert years == {"2009": False, "2010": False, "2011": False, "Undated": True}

    dom = parse(dump_dom(page, "#person=p2"))
    assert _visible_events(dom) == ["e4", "e6"]
    assert {s.find("h2").text for s in dom.iter("section", "year") if "hidden" not in s.attrs} == {"2011"}

    dom = parse(dump_dom(page, "#person=nobody"))
    assert _visible_events(dom) == ["e1", "e2", "e3", "e4", "e5", "e6", "e7"], "an unknown person shows everyone"


def test_browser_seeds_every_event(seeds, tmp_path):
    dom = parse(dump_dom(_page(seeds, tmp_path)))
    assert _visible_events(dom) == [e.id for e in seeds.events]
    assert dom.by_id("count").text == f"{len(seeds.events)} of {len(seeds.events)} events"
    for li, event in zip(dom.iter("li", "event"), seeds.events, strict=True):
        # HTML parsing turns CR LF and CR into LF
        expected = [m.excerpt.strip().replace("\r\n", "\n").replace("\r", "\n") for m in distinct_mentions(event)]
        assert [b.text for b in li.iter("blockquote")] == expected


def test_browser_malformed_link_shows_everyone(hand, tmp_path):
    dom = parse(dump_dom(_page(hand, tmp_path), "#person=%E0%A4%A"))
    assert "hidden" not in dom.by_id("filter").attrs
    assert len(_visible_events(dom)) == 7


def test_browser_choosing_a_person_in_the_menu_filters_the_page(hand, tmp_path):
    import shutil

    from export_browser import webdriver_session
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    page = _page(hand, tmp_path)
    driver, profile = webdriver_session()
    try:
        driver.get(page.resolve().as_uri())

        def shown():
            return [
                li.get_attribute("id") for li in driver.find_elements(By.CSS_SELECTOR, "li.event") if li.is_displayed()
            ]

        assert shown() == ["e1", "e2", "e3", "e4", "e5", "e6", "e7"]
        menu = Select(driver.find_element(By.ID, "person"))
        menu.select_by_visible_text("Zoë Müller (2)")
        assert shown() == ["e4", "e6"]
        assert driver.find_element(By.ID, "count").text == "2 of 7 events"
        assert [h.text for h in driver.find_elements(By.CSS_SELECTOR, "section.year h2") if h.is_displayed()] == [
            "2011"
        ]
        assert driver.current_url.endswith("#person=p2"), "the filtered view can be bookmarked"
        menu.select_by_visible_text("Peter Gilroy (3)")
        assert shown() == ["e2", "e3", "e6"]
        menu.select_by_visible_text("Everyone")
        assert len(shown()) == 7
        assert driver.title == TITLE
        assert driver.find_element(By.TAG_NAME, "body").get_attribute("data-pwned") is None
        # printed, the page drops its controls and keeps the events
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
        assert not driver.find_element(By.ID, "filter").is_displayed()
        assert len(shown()) == 7
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def test_an_event_over_several_years_reads_as_the_range(hand):
    import datetime as dt

    from attrs import evolve

    from timeline.model import Interval

    wide = evolve(
        hand.events[0], date=evolve(hand.events[0].date, interval=Interval(dt.date(2009, 1, 1), dt.date(2010, 12, 31)))
    )
    dom = parse(render(evolve(hand, events=(wide, *hand.events[1:])), "html").decode("utf-8"))
    time = dom.by_id("e1").find("time")
    assert (time.text, time.attrs) == ("2009–2010", {})


def test_every_excerpt_and_source_links_to_its_article(hand):
    dom = parse(render(hand, "html").decode("utf-8"))
    cited = {li.attrs["id"]: [a.attrs["href"] for a in li.iter("a")] for li in dom.iter("li", "event")}
    hostile = "file:///articles/hostile.txt"  # no web address: the page file
    assert cited == {
        "e1": [BBC_URL],
        "e2": [BBC_URL],
        "e3": [BBC_URL],
        "e4": [BBC_URL],
        "e5": [hostile, hostile],
        "e6": [hostile],
        "e7": [hostile],
    }
    sources = [(li.attrs["id"], li.find("a").attrs["href"]) for li in dom.find("ol", "sources").iter("li")]
    assert sources == [("source-bbc", BBC_URL), ("source-hostile", hostile)]


def test_a_url_that_is_no_web_address_is_not_linked(hand):
    from attrs import evolve

    for url in (
        "javascript:alert(1)",
        'https://x.example/" onmouseover="alert(1)',
        "data:text/html,<b>",
        "//x.example",
    ):
        bbc = evolve(hand.documents[0], url=url)
        raw = render(evolve(hand, documents=(bbc, hand.documents[1])), "html").decode("utf-8")
        dom = parse(raw)
        assert {a.attrs["href"] for a in dom.iter("a")} == {"file:///articles/bbc.txt", "file:///articles/hostile.txt"}
        assert not [e for e in dom.iter() if "onmouseover" in e.attrs]


def test_title_given_or_worked_out(hand):
    dom = parse(render(hand, "html", Options(title="Kent <children>")).decode("utf-8"))
    assert (dom.find("title").text, dom.find("h1").text) == ("Kent <children>", "Kent <children>")
    dom = parse(render(hand, "html").decode("utf-8"))
    assert (dom.find("title").text, dom.find("h1").text) == (TITLE, TITLE)
