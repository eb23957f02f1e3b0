"""`timeline export` of a folder of every kind of input: text files, saved pages and archives,
read recursively; every file or record not read is said once, with the reason, and a folder of
thousands of such files is summed up by reason."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from timeline.cli import main

INPUTS = Path(__file__).parent / "fixtures" / "inputs"
TAX = (
    "---\ntitle: Council tax to rise\nsource: Elsham Advertiser\npublished: 2024-02-20\n---\n"
    "Council tax in Elsham will rise by 4.9 per cent from April, councillors agreed on Tuesday 20 February 2024.\n"
)


@pytest.fixture
def folder(tmp_path: Path, monkeypatch) -> Path:
    """A folder as a reader keeps one: notes, saved pages, archives, and a scan."""
    (tmp_path / "saved").mkdir()
    for name in ("herald-bridge.html", "courier-school.html", "herald-fr.html", "section-front.html"):
        shutil.copy(INPUTS / "pages" / name, tmp_path / "saved" / name)
    (tmp_path / "exports").mkdir()
    for name in ("wire.jsonl", "digest.json"):
        shutil.copy(INPUTS / "archives" / name, tmp_path / "exports" / name)
    (tmp_path / "tax.txt").write_text(TAX, encoding="utf-8")
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.7\n")
    (tmp_path / ".DS_Store").write_bytes(b"\x00")  # hidden: not the user's article
    monkeypatch.chdir(tmp_path)
    return tmp_path


def export(capsysbinary, *argv: str) -> tuple[int, str, list[str]]:
    code = main(["export", "--no-cache", *argv])
    out, err = capsysbinary.readouterr()
    return code, out.decode("utf-8"), err.decode("utf-8").splitlines()


STDERR = [
    "timeline: scan.pdf: unsupported file type (.pdf); not read",
    "timeline: exports/digest.json#2: a record is a JSON object of fields, not a list; skipped",
    "timeline: exports/digest.json#3: invalid date '30 March 2024' (expected YYYY-MM-DD); read without a publication date",
    "timeline: exports/wire.jsonl#4: no article text (field 'text'); skipped",
    "timeline: exports/wire.jsonl#5: the last line is cut short (Unterminated string starting at: column 55); skipped",
    "timeline: saved/herald-fr.html: page is in another language (fr); skipped",
    "timeline: saved/section-front.html: no article found in the page (only navigation or lists); skipped",
    "timeline: exports/digest.json#3: no publication date found (no dateline, no date in its URL, no full date in "
    "the text): 2 relative dates left unresolved, 0 dated; set one with --published FILE=DATE or d in the app",
]


def test_export_json_of_a_mixed_folder_names_each_page_record_and_url(folder, capsysbinary):
    code, out, err = export(capsysbinary, ".")
    assert code == 0
    assert err == STDERR
    documents = [
        (d["id"], d["path"], d["title"], d["source"], d["url"], d["published"], d["published_evidence"])
        for d in json.loads(out)["documents"]
    ]
    assert documents == [
        ("tax", "tax.txt", "Council tax to rise", "Elsham Advertiser", None, "2024-02-20", None),
        (
            "digest.json#1",
            "exports/digest.json#1",
            "Harbour bridge to reopen on Friday",
            "The Coastal Herald",
            None,
            "2024-04-02",
            "from the record's 'published' field",
        ),
        ("digest.json#3", "exports/digest.json#3", "Ferry timetable published", "Northshore Gazette", None, None, None),
        (
            "wire.jsonl#cw-0412",
            "exports/wire.jsonl#1",
            "Rail strike called off after late talks",
            "County Wire",
            "https://countywire.example/0412",
            "2024-04-12",
            "from the record's 'published' field",
        ),
        (
            "wire.jsonl#cw-0413",
            "exports/wire.jsonl#2",
            "Flood barrier to be finished by June",
            "County Wire",
            None,
            "2024-04-13",
            "from the record's 'published' field",
        ),
        (
            "courier-school",
            "saved/courier-school.html",
            "New primary school approved for Millbrook",
            None,
            None,
            "2024-02-27",
            'from the page\'s <time datetime="2024-02-27T16:40:00Z"> (htmldate)',
        ),
        (
            "herald-bridge",
            "saved/herald-bridge.html",
            "Harbour bridge closed after storm damage",
            "The Coastal Herald",
            "https://www.coastalherald.example/news/harbour-bridge-closed",
            "2024-03-12",
            "from the page's JSON-LD datePublished 2024-03-12T08:30:00Z (htmldate)",
        ),
    ]
    for name in ("wire.jsonl", "digest.json"):  # nothing read is modified
        assert (folder / "exports" / name).read_bytes() == (INPUTS / "archives" / name).read_bytes()


MARKDOWN = """\
# Timeline of 7 articles, February–April 2024

## 2021

- **July 2021** — Planners have approved a new primary school for Millbrook, ending a dispute that began when the old village school closed in July 2021. \\[1\\]

## 2022

- **March 2022** — The barrier was started in March 2022 after the town flooded twice in one winter. \\[2\\]

## 2023

- **spring 2023** — Parents had campaigned for a new building for almost three years, and a petition signed by 1,400 residents was handed to the council last spring. \\[1\\]

## 2024

- **20 February 2024** — Council tax in Elsham will rise by 4.9 per cent from April, councillors agreed on Tuesday 20 February 2024. \\[3\\]
- **9 March 2024** — The storm that struck the coast on 9 March brought winds of more than 80 miles per hour and flooded dozens of homes in the lower town. [\\[4\\]](<https://www.coastalherald.example/news/harbour-bridge-closed>)
- **11 March 2024** — The Harbour Bridge in Port Alder was closed to traffic on Monday after engineers found cracks in two of its supports, the county council said. [\\[4\\]](<https://www.coastalherald.example/news/harbour-bridge-closed>)
- **April 2024** — Council tax in Elsham will rise by 4.9 per cent from April, councillors agreed on Tuesday 20 February 2024. \\[3\\]
- **1 April 2024** — Council leader Tom Barker said the bridge would stay shut until at least 1 April while repairs were assessed. — *Tom Barker* [\\[4\\]](<https://www.coastalherald.example/news/harbour-bridge-closed>)
- **2 April 2024** — The Harbour Bridge in Port Alder will reopen to traffic on Friday, three weeks after it was closed for repairs, the county council said on Tuesday. \\[5\\]
- **5 April 2024** — The Harbour Bridge in Port Alder will reopen to traffic on Friday, three weeks after it was closed for repairs, the county council said on Tuesday. \\[5\\]
- **night of 11 April 2024** — A rail strike planned for Friday was called off on Thursday night after talks between the union and the operator ran late into the evening. [\\[6\\]](<https://countywire.example/0412>)
- **12 April 2024** — A rail strike planned for Friday was called off on Thursday night after talks between the union and the operator ran late into the evening. [\\[6\\]](<https://countywire.example/0412>)
- **13 April 2024** — Work on the river flood barrier at Elsham will be finished by June, the Environment Agency said on Saturday. \\[2\\]
- **19 April 2024** — Union secretary Dan Holt said members would vote on the new offer on 19 April. — *Dan Holt* [\\[6\\]](<https://countywire.example/0412>)
- **June 2024** — Work on the river flood barrier at Elsham will be finished by June, the Environment Agency said on Saturday. \\[2\\]

## 2025

- **September 2025** — The school, on land off Station Road, will open in September 2025 with places for 210 pupils. \\[1\\]

## Sources

1. “New primary school approved for Millbrook”, 27 February 2024
2. County Wire, “Flood barrier to be finished by June”, 13 April 2024
3. Elsham Advertiser, “Council tax to rise”, 20 February 2024
4. [The Coastal Herald, “Harbour bridge closed after storm damage”, 12 March 2024](<https://www.coastalherald.example/news/harbour-bridge-closed>)
5. The Coastal Herald, “Harbour bridge to reopen on Friday”, 2 April 2024
6. [County Wire, “Rail strike called off after late talks”, 12 April 2024](<https://countywire.example/0412>)
"""


def test_export_markdown_of_a_mixed_folder(folder, capsysbinary):
    code, out, err = export(capsysbinary, "--format", "md", ".")
    assert (code, err) == (0, STDERR)
    assert out == MARKDOWN


def test_a_csv_archive_with_its_field_names_and_a_record_s_date(folder, capsysbinary):
    shutil.copy(INPUTS / "archives" / "letters.csv", folder / "letters.csv")
    fields = ["--field", "text=body", "--field", "title=headline", "--field", "source=outlet", "--field", "date"]
    code, _, err = export(capsysbinary, *fields, "letters.csv")
    assert (code, err) == (
        1,
        ["timeline: --field 'date': expected ROLE=NAME, ROLE one of text, title, source, published, url, id"],
    )
    fields[-1] = "published=date"
    code, out, err = export(capsysbinary, *fields, "--published", "letters.csv#5=2024-05-10", "letters.csv")
    assert code == 0
    assert err == ["timeline: letters.csv#6: no article text (field 'body'); skipped"]
    data = json.loads(out)
    assert [(d["id"], d["published"], d["published_evidence"]) for d in data["documents"]] == [
        ("letters.csv#2", "2024-05-02", "from the record's 'date' field"),
        ("letters.csv#5", "2024-05-10", "set with --published"),
    ]
    assert sorted(e["date"]["value"] for e in data["events"]) == ["2019", "2024-05-02", "2024-05-10", "2024-10"]


def test_thousands_of_files_not_read_are_summed_up_by_reason(tmp_path, capsysbinary):
    (tmp_path / "good.txt").write_text("---\npublished: 2011-05-01\n---\nThe minister resigned on 3 March 2011.\n")
    pictures = tmp_path / "pictures"
    pictures.mkdir()
    for n in range(3000):
        (pictures / f"p{n:04d}.png").write_bytes(b"\x89PNG")
    notes = tmp_path / "notes"
    notes.mkdir()
    for n in range(2000):
        (notes / f"n{n:04d}.txt").write_text("")
    (tmp_path / "big.jsonl").write_text("".join('{"title": "No text"}\n' for _ in range(500)))
    for n in range(3):
        (tmp_path / f"readme{n}.doc").write_bytes(b"x")
    code, out, err = export(capsysbinary, str(tmp_path))
    assert code == 0
    assert err == [
        f"timeline: {pictures}: 3,000 files: unsupported file type (.png); not read (the first: p0000.png, p0001.png, p0002.png, …)",
        f"timeline: {tmp_path}/readme0.doc: unsupported file type (.doc); not read",
        f"timeline: {tmp_path}/readme1.doc: unsupported file type (.doc); not read",
        f"timeline: {tmp_path}/readme2.doc: unsupported file type (.doc); not read",
        f"timeline: {tmp_path}/big.jsonl: 500 records: no article text (field 'text'); skipped (the first: #1, #2, #3, …)",
        f"timeline: {notes}: 2,000 files: empty file; skipped (the first: n0000.txt, n0001.txt, n0002.txt, …)",
    ]
    assert [d["id"] for d in json.loads(out)["documents"]] == ["good"]


def test_tag_a_saved_page_tags_its_article_dated_by_the_page(capsys):
    page = INPUTS / "pages" / "herald-bridge.html"
    assert main(["tag", str(page)]) == 0
    out, err = capsys.readouterr()
    found = [json.loads(line) for line in out.splitlines()]
    assert [(t["start"], t["end"], t["text"], t["value"]) for t in found] == [
        (100, 106, "Monday", "2024-03-11"),
        (259, 266, "1 April", "2024-04-01"),
        (369, 376, "9 March", "2024-03-09"),
    ]
    assert err == ""
    assert main(["tag", str(INPUTS / "pages" / "herald-fr.html")]) == 1
    assert (
        capsys.readouterr().err
        == f"timeline: {INPUTS / 'pages' / 'herald-fr.html'}: page is in another language (fr); skipped\n"
    )


def test_a_stored_timeline_is_not_served_when_a_file_not_read_was_added(tmp_path, capsysbinary, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    folder = tmp_path / "articles"
    folder.mkdir()
    shutil.copy(INPUTS / "archives" / "wire.jsonl", folder / "wire.jsonl")

    def export_err() -> list[str]:
        assert main(["export", str(folder)]) == 0
        return capsysbinary.readouterr().err.decode().splitlines()

    first = export_err()
    assert export_err() == first  # read back from the store, the problems with it
    (folder / "scan.pdf").write_bytes(b"%PDF-1.7\n")
    assert export_err() == [f"timeline: {folder}/scan.pdf: unsupported file type (.pdf); not read", *first]
    assert main(["export", "--field", "text=title", str(folder)]) == 0  # other fields: other articles
    assert json.loads(capsysbinary.readouterr().out)["documents"][-1]["id"] == "wire.jsonl#cw-0414"  # titled, no text


def test_a_record_without_a_url_links_to_its_archive_with_the_record_as_fragment():
    from timeline.export.common import file_address
    from timeline.model import Document

    record = Document("wire.jsonl#cw-0413", "/data/exports/wire.jsonl#2", "Work on the barrier.")
    page = Document("herald-bridge", "/data/saved/herald-bridge.html", "The bridge closed.")
    assert file_address(record) == "file:///data/exports/wire.jsonl#2"
    assert file_address(page) == "file:///data/saved/herald-bridge.html"
