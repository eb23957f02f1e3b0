"""Web pages saved from news sites (``.html``, ``.htm``): the article's text and metadata.

The extraction is left to maintained libraries that follow how real sites change, rather than
to scraping rules of our own: trafilatura finds the article body among navigation, cookie
banners and "most read" boxes, and reads the headline, outlet and URL from the page's metadata;
htmldate finds the publication date (JSON-LD ``datePublished``, ``<meta>`` and Open Graph tags,
``<time>`` elements, the URL), preferring the original date over a later update. What the
document keeps as its text is the extracted article, paragraphs separated by a blank line, so
every offset and excerpt refers to that text (the page's markup is never shown or interpreted).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
from typing import Any

from attrs import field, frozen

from .metadata import Metadata

PAGE_SUFFIXES = (".html", ".htm")
LANGUAGE = "en"  # the language the analysis reads; a page that declares another is skipped

# Both libraries log what they could not find; that is reported here, as a problem, instead.
for _name in ("trafilatura", "htmldate", "courlan"):
    logging.getLogger(_name).addHandler(logging.NullHandler())

_SENTENCE = re.compile(r"\w[^.!?\n]{20,}[.!?…][\"'”’)]?(?:\s|$)")


@frozen
class Page:
    """What a page yields: the extracted text and its metadata, or why there is no article."""

    text: str = ""
    meta: Metadata = field(factory=Metadata)
    skipped: str | None = None  # the reason, when the page holds no article to read


def read_page(raw: bytes) -> Page:
    """The article of a saved page (``raw``: the file's bytes, any encoding the page declares)."""
    import trafilatura

    tree = trafilatura.load_html(raw)
    if tree is None:
        return Page(skipped="not a readable HTML page; skipped")
    declared = _declared_language(tree)
    if declared is not None and declared.split("-")[0] != LANGUAGE:
        return Page(skipped=f"page is in another language ({declared}); skipped")
    found = trafilatura.bare_extraction(
        tree, favor_precision=True, include_comments=False, include_tables=False, with_metadata=True
    )
    text = _paragraphs(getattr(found, "text", None) or "")
    if not _SENTENCE.search(text):
        return Page(skipped="no article found in the page (only navigation or lists); skipped")
    url = _text(getattr(found, "url", None))
    published, evidence, estimated = _publication(tree, url)
    meta = Metadata(
        title=_text(getattr(found, "title", None)),
        source=_text(getattr(found, "sitename", None)),
        url=url,
        published=published,
        published_estimated=estimated if published else None,
        evidence=evidence,
    )
    return Page(text, meta)


def _paragraphs(text: str) -> str:
    """trafilatura's text with a blank line between paragraphs, as an article file has them."""
    lines = [line.strip() for line in text.replace("\r", "").split("\n")]
    return "\n\n".join(line for line in lines if line) + "\n" if any(lines) else ""


def _text(value: object) -> str | None:
    return str(value).strip() or None if value is not None else None


def _declared_language(tree: Any) -> str | None:
    """The language the page says it is in: ``Content-Language``, ``og:locale``, ``<html lang>``."""
    for xpath in (
        '//meta[translate(@http-equiv,"CONTENTLAGU","contentlagu")="content-language"]/@content',
        '//meta[@property="og:locale"]/@content',
        "/html/@lang",
        "//html/@lang",
    ):
        for value in tree.xpath(xpath):
            tag = str(value).strip().replace("_", "-").lower()
            if re.fullmatch(r"[a-z]{2,3}(?:-[a-z0-9]+)*", tag):
                return tag
    return None


def _publication(tree: Any, url: str | None) -> tuple[dt.date | None, str | None, bool]:
    """The original publication date htmldate finds, where in the page it found it, and whether
    it is only an estimate (a date found in the page's text or layout rather than declared)."""
    from htmldate import find_date

    found = find_date(tree, extensive_search=False, original_date=True, url=url)
    if not found:
        return None, None, False
    try:
        day = dt.date.fromisoformat(found)
    except ValueError:
        return None, None, False
    where = _where(tree, found, url)
    if where is None:
        return day, "found in the page's layout (htmldate)", True
    return day, f"from the page's {where} (htmldate)", False


_MAX_SHOWN = 60


def _where(tree: Any, day: str, url: str | None) -> str | None:
    """The markup that declares ``day`` (YYYY-MM-DD), named for the user; None if no tag does."""
    for meta in tree.iter("meta"):
        content = (meta.get("content") or "").strip()
        if content.startswith(day):
            for attr in ("property", "name", "itemprop"):
                if meta.get(attr):
                    return f'<meta {attr}="{meta.get(attr)[:_MAX_SHOWN]}"> {content[:_MAX_SHOWN]}'
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        key = _json_ld_key(script.text or "", day)
        if key is not None:
            return f"JSON-LD {key[0]} {key[1][:_MAX_SHOWN]}"
    for time in tree.iter("time"):
        value = (time.get("datetime") or "").strip()
        if value.startswith(day):
            return f'<time datetime="{value[:_MAX_SHOWN]}">'
    if url and re.search(day.replace("-", r"[/-]?"), url):
        return "URL"
    return None


def _json_ld_key(script: str, day: str) -> tuple[str, str] | None:
    """The first ``date...`` key of a JSON-LD block whose value is ``day``, with its value."""
    try:
        data = json.loads(script)
    except (ValueError, RecursionError):
        return None
    pending = [data]
    while pending:
        item = pending.pop(0)
        if isinstance(item, dict):
            for key, value in item.items():
                if key in ("datePublished", "dateCreated", "uploadDate") and str(value).startswith(day):
                    return key, str(value)
                pending.append(value)
        elif isinstance(item, list):
            pending.extend(item)
    return None
