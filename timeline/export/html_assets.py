"""The fixed style sheet and script of the HTML export, kept apart from the markup builder.

The script only shows and hides events; it never writes article text into the page, so escaping
at build time is all the page's safety needs. The page's Content-Security-Policy allows exactly
these two blocks (by hash), nothing else: no network, no other script, no inline handlers.
"""

from __future__ import annotations

import base64
import hashlib

STYLE = """
:root { color-scheme: light dark; --muted: #5f6368; --rule: #d0d4da; --accent: #1a5fb4; }
@media (prefers-color-scheme: dark) { :root { --muted: #a8adb4; --rule: #3c4043; --accent: #8ab4f8; } }
* { box-sizing: border-box; }
body { font: 1rem/1.55 Georgia, "Times New Roman", serif; max-width: 48rem; margin: 0 auto; padding: 1.5rem 1rem 4rem; }
header h1 { margin: 0 0 .25rem; font-size: 1.8rem; }
.lede, .count, .source, .people { color: var(--muted); }
.lede { margin-top: 0; }
form { margin: 1rem 0 1.5rem; font-family: system-ui, sans-serif; }
select { font: inherit; padding: .2rem .4rem; margin: 0 .5rem; }
section.year > h2 { border-bottom: 2px solid var(--rule); padding-bottom: .2rem; margin-top: 2rem; font-size: 1.4rem; }
ol.events { list-style: none; margin: 0; padding: 0; }
li.event { border-left: 3px solid var(--accent); padding: .1rem 0 .1rem 1rem; margin: 1.2rem 0; }
.date { font-family: system-ui, sans-serif; font-weight: 600; color: var(--accent); }
.approximate { font-weight: normal; font-style: italic; color: var(--muted); }
h3.summary { font-size: 1.05rem; margin: .15rem 0 .35rem; }
.people, .source { font-family: system-ui, sans-serif; font-size: .9rem; margin: .2rem 0; }
blockquote.excerpt { margin: .5rem 0 .1rem; padding: 0 0 0 .8rem; border-left: 2px solid var(--rule); white-space: pre-line; }
.source a, footer a { color: inherit; text-decoration-color: var(--accent); }
footer { margin-top: 3rem; border-top: 1px solid var(--rule); font-size: .9rem; }
[hidden] { display: none !important; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; color: #000; background: #fff; }
  form { display: none; }
  li.event, blockquote.excerpt { break-inside: avoid; }
  section.year > h2 { break-after: avoid; }
  .date, .people, .source, .lede, .count { color: #000; }
  li.event { border-left-color: #000; }
}
""".strip()

SCRIPT = """
(function () {
  "use strict";
  var select = document.getElementById("person");
  var count = document.getElementById("count");
  var events = Array.prototype.slice.call(document.querySelectorAll("li.event"));
  var years = Array.prototype.slice.call(document.querySelectorAll("section.year"));
  function show(person) {
    var shown = 0;
    events.forEach(function (li) {
      var keep = !person || (" " + li.getAttribute("data-people") + " ").indexOf(" " + person + " ") >= 0;
      li.hidden = !keep;
      if (keep) { shown += 1; }
    });
    years.forEach(function (section) {
      section.hidden = !section.querySelector("li.event:not([hidden])");
    });
    count.textContent = shown + " of " + events.length + " events";
    document.body.setAttribute("data-person", person);
  }
  function fromHash() {
    var match = /(?:^#|&)person=([^&]*)/.exec(window.location.hash);
    try {
      return match ? decodeURIComponent(match[1]) : "";
    } catch (e) {
      return "";  /* a malformed link shows everyone */
    }
  }
  function choose(person) {
    select.value = person;
    if (select.value !== person) { select.value = ""; }
    show(select.value);
  }
  select.addEventListener("change", function () {
    try {
      window.history.replaceState(null, "", select.value ? "#person=" + encodeURIComponent(select.value) : " ");
    } catch (e) { /* some browsers refuse history changes on local files */ }
    show(select.value);
  });
  window.addEventListener("hashchange", function () { choose(fromHash()); });
  document.getElementById("filter").hidden = false;
  choose(fromHash());
})();
""".strip()


def csp_hash(source: str) -> str:
    """The CSP source expression that allows exactly this inline block."""
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


CONTENT_SECURITY_POLICY = (
    f"default-src 'none'; style-src {csp_hash(STYLE)}; script-src {csp_hash(SCRIPT)}; "
    "img-src 'none'; base-uri 'none'; form-action 'none'"
)
