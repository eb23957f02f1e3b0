"""Headless Chromium for the HTML export's tests.

``dump_dom`` runs Debian's ``chromium`` with ``--dump-dom``: no driver, and the dump is the live
DOM (what scripts changed included), which the tests parse with ``html.parser``. For what only a
user's action shows (choosing in the person menu), ``webdriver_session`` drives the browser
through selenium and Debian's ``chromedriver``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from html.parser import HTMLParser
from pathlib import Path

import pytest

FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--virtual-time-budget=5000",
)


def chromium() -> str:
    """The chromium executable; skips the test when there is none, except on CI, where it fails."""
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None and Path("/usr/bin/chromium").exists():
        found = "/usr/bin/chromium"
    if found is None:
        reason = "chromium is not installed (apt-get install chromium); the HTML export's browser tests need it"
        if os.environ.get("CI", "").lower() not in ("", "0", "false", "no"):
            pytest.fail(f"{reason} and CI is set")
        pytest.skip(reason)
    return found


def dump_dom(page: Path, fragment: str = "") -> str:
    """The serialised DOM of ``page`` (a local file) after its scripts ran."""
    executable = chromium()
    with tempfile.TemporaryDirectory(prefix="chromium-profile-") as profile:
        url = page.resolve().as_uri() + fragment
        result = subprocess.run(
            [executable, *FLAGS, f"--user-data-dir={profile}", "--dump-dom", url],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    if result.returncode != 0 or "<html" not in result.stdout:
        raise AssertionError(f"chromium failed ({result.returncode}): {result.stderr[-2000:]}")
    return result.stdout


class Element:
    def __init__(self, tag: str, attrs: dict[str, str | None], parent: Element | None):
        self.tag, self.attrs, self.parent = tag, attrs, parent
        self.children: list[Element | str] = []

    @property
    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text for c in self.children)

    @property
    def classes(self) -> set[str]:
        return set((self.attrs.get("class") or "").split())

    def iter(self, tag: str | None = None, cls: str | None = None):
        for child in self.children:
            if isinstance(child, Element):
                if (tag is None or child.tag == tag) and (cls is None or cls in child.classes):
                    yield child
                yield from child.iter(tag, cls)

    def find(self, tag: str | None = None, cls: str | None = None) -> Element | None:
        return next(self.iter(tag, cls), None)

    def by_id(self, element_id: str) -> Element | None:
        return next((e for e in self.iter() if e.attrs.get("id") == element_id), None)


_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class _TreeBuilder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Element("#document", {}, None)
        self.current = self.root

    def handle_starttag(self, tag, attrs):
        element = Element(tag, dict(attrs), self.current)
        self.current.children.append(element)
        if tag not in _VOID:
            self.current = element

    def handle_endtag(self, tag):
        node = self.current
        while node is not None and node.tag != tag:
            node = node.parent
        if node is not None and node.parent is not None:
            self.current = node.parent

    def handle_data(self, data):
        self.current.children.append(data)


def parse(html: str) -> Element:
    builder = _TreeBuilder()
    builder.feed(html)
    builder.close()
    return builder.root


def chromedriver() -> str:
    """The chromedriver executable (Debian's chromium-driver); skips or fails like ``chromium``."""
    chromium()
    found = shutil.which("chromedriver")
    if found is None and Path("/usr/bin/chromedriver").exists():
        found = "/usr/bin/chromedriver"
    if found is None:
        reason = "chromedriver is not installed (apt-get install chromium-driver); the HTML filter test needs it"
        if os.environ.get("CI", "").lower() not in ("", "0", "false", "no"):
            pytest.fail(f"{reason} and CI is set")
        pytest.skip(reason)
    return found


def webdriver_session():
    """A headless Chromium driven through WebDriver, with the local driver (nothing downloaded)."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = chromium()
    for flag in FLAGS:
        if not flag.startswith("--virtual-time-budget"):
            options.add_argument(flag)
    profile = tempfile.mkdtemp(prefix="chromium-profile-")
    options.add_argument(f"--user-data-dir={profile}")
    driver = webdriver.Chrome(service=Service(executable_path=chromedriver()), options=options)
    return driver, profile
