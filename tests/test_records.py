"""Archives of one article per record (JSON lines, JSON, CSV): each record a document named by
its file and record, fields named as the archive names them, read as a stream; a record that
cannot be used is said with its file and line, and the others are still read."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import tracemalloc
from pathlib import Path

import pytest

from timeline.corpus import Fields, load
from timeline.corpus.records import Record, read_records
from timeline.model import Problem

ARCHIVES = Path(__file__).parent / "fixtures" / "inputs" / "archives"
CSV_FIELDS = Fields().with_options(["text=body", "title=headline", "source=outlet", "published=date", "url=link"])


@pytest.fixture
def archives(tmp_path: Path) -> Path:
    shutil.copytree(ARCHIVES, tmp_path / "archives")
    return tmp_path / "archives"


def summary(corpus):
    return [
        (d.id, d.path, d.title, d.source, d.url, d.published, d.published_evidence, d.text) for d in corpus.documents
    ]


def test_json_lines_with_a_record_without_text_and_a_truncated_last_line(archives: Path):
    path = archives / "wire.jsonl"
    corpus = load([path])
    assert summary(corpus) == [
        (
            "wire.jsonl#cw-0412",
            f"{path}#1",
            "Rail strike called off after late talks",
            "County Wire",
            "https://countywire.example/0412",
            dt.date(2024, 4, 12),
            "from the record's 'published' field",
            "A rail strike planned for Friday was called off on Thursday night after talks between the union and "
            "the operator ran late into the evening.\n\nUnion secretary Dan Holt said members would vote on the new "
            "offer on 19 April.",
        ),
        (
            "wire.jsonl#cw-0413",
            f"{path}#2",
            "Flood barrier to be finished by June",
            "County Wire",
            None,
            dt.date(2024, 4, 13),
            "from the record's 'published' field",
            "Work on the river flood barrier at Elsham will be finished by June, the Environment Agency said on "
            "Saturday.\n\nThe barrier was started in March 2022 after the town flooded twice in one winter.",
        ),
    ]
    assert corpus.problems == (
        Problem(f"{path}#4", "no article text (field 'text'); skipped"),
        Problem(f"{path}#5", "the last line is cut short (Unterminated string starting at: column 55); skipped"),
    )
    assert path.read_bytes() == (ARCHIVES / "wire.jsonl").read_bytes()  # nothing modified


def test_csv_with_its_own_field_names(archives: Path):
    path = archives / "letters.csv"
    corpus = load([path], names=CSV_FIELDS)
    assert summary(corpus) == [
        (
            "letters.csv#2",
            f"{path}#2",
            "Bypass plan goes to public inquiry",
            "Elsham Advertiser",
            "https://advertiser.example/bypass",
            dt.date(2024, 5, 2),
            "from the record's 'date' field",
            "The long-delayed Elsham bypass will go to a public inquiry in October, the transport minister "
            "announced on Thursday.\n\nCampaigners had asked for an inquiry since the route was first published in 2019.",
        ),
        (
            "letters.csv#5",
            f"{path}#5",
            "Market hall sold to developer",
            "Elsham Advertiser",
            None,
            dt.date(2024, 5, 3),
            "from the record's 'date' field",
            "The Victorian market hall on Bridge Street has been sold to a developer for £2.1m, the council "
            "confirmed on Friday.",
        ),
    ]
    assert corpus.problems == (Problem(f"{path}#6", "no article text (field 'body'); skipped"),)


def test_csv_without_the_text_column_names_its_columns(archives: Path):
    path = archives / "letters.csv"
    corpus = load([path])
    assert corpus.documents == ()
    assert corpus.problems == (
        Problem(
            str(path),
            "no 'text' column for the article text (columns: 'headline', 'outlet', 'date', 'link', 'body'); "
            "use --field text=NAME; skipped",
        ),
    )


def test_a_json_array_of_records(archives: Path):
    path = archives / "digest.json"
    corpus = load([path])
    assert [(d.id, d.path, d.title, d.published) for d in corpus.documents] == [
        ("digest.json#1", f"{path}#1", "Harbour bridge to reopen on Friday", dt.date(2024, 4, 2)),
        ("digest.json#3", f"{path}#3", "Ferry timetable published", None),
    ]
    assert corpus.problems == (
        Problem(f"{path}#2", "a record is a JSON object of fields, not a list; skipped"),
        Problem(f"{path}#3", "invalid date '30 March 2024' (expected YYYY-MM-DD); read without a publication date"),
    )


@pytest.mark.parametrize(
    ("name", "content", "problems"),
    [
        (
            "bad.jsonl",
            '{"text": "The mayor resigned on 3 March 2011."}\n{"text": oops}\n{"text": "She left on 4 March 2011."}\n',
            [("#2", "invalid JSON (Expecting value: column 10); skipped")],
        ),
        (
            "bad.json",
            '{"text": "The mayor resigned',
            [("", "invalid JSON (Unterminated string starting at: column 10); skipped")],
        ),
        (
            "cut.json",
            '[{"text": "The mayor resigned on 3 March 2011."}, {"text": "She left',
            [("#2", "invalid JSON (Unterminated string starting at: line 1); the rest of the file is skipped")],
        ),
        (
            "open.json",
            '[{"text": "The mayor resigned on 3 March 2011."}, ',
            [("", "invalid JSON (the array is not closed after record 1); the rest is skipped")],
        ),
        (
            "numbers.jsonl",
            '{"text": "The mayor resigned on 3 March 2011."}\n{"text": 17}\n',
            [("#2", "the 'text' field holds a number, not article text; skipped")],
        ),
        ("empty.csv", "", [("", "empty CSV file; skipped")]),
        (
            "pretty.json",
            '{\n  "title": "Budget",\n  "text": "The council met on 3 March 2011."\n  "source": "Advertiser"\n}\n',
            [("", "invalid JSON (Expecting ',' delimiter: line 4 column 3); skipped")],
        ),
        (
            "lines.json",
            '[\n{"text": "The mayor resigned on 3 March 2011."},\n{"text": "She left on 4 March 2011.",\n}]',
            [
                (
                    "#2",
                    "invalid JSON (Expecting property name enclosed in double quotes: line 4); the rest of the file is skipped",
                )
            ],
        ),
        ("blank.jsonl", "\n\n", [("", "holds no records; skipped")]),
    ],
)
def test_bad_archives_say_which_file_and_record(write, name, content, problems):
    good = write("good.txt", "---\npublished: 2011-05-01\n---\nThe minister resigned on 3 March 2011.\n")
    path = write(name, content)
    corpus = load([good.parent])
    assert "good" in [d.id for d in corpus.documents]
    assert [(p.path, p.message) for p in corpus.problems] == [(f"{path}{where}", why) for where, why in problems]


def test_a_record_s_date_can_be_given_and_corrected_by_its_line(archives: Path):
    path = archives / "wire.jsonl"
    corpus = load([path], {"wire.jsonl#2": dt.date(2024, 4, 20)}, {f"{path.resolve()}#1": dt.date(2024, 4, 11)})
    assert [(d.id, d.published, d.published_evidence) for d in corpus.documents] == [
        ("wire.jsonl#cw-0412", dt.date(2024, 4, 11), "set by the user in the app"),
        ("wire.jsonl#cw-0413", dt.date(2024, 4, 20), "set with --published"),
    ]
    whole = load([path], {"wire.jsonl": dt.date(2024, 1, 1)})
    assert [d.published for d in whole.documents] == [dt.date(2024, 1, 1)] * 2


def test_field_options_are_checked():
    assert Fields().with_options(["TEXT=body", "id = uid"]) == Fields(text="body", id="uid")
    assert Fields(text="body").changed() == (("text", "body"),)
    with pytest.raises(ValueError, match=r"--field 'author=by': expected ROLE=NAME, ROLE one of text, title"):
        Fields().with_options(["author=by"])


ARTICLE = "On 3 March 2011 the council of Elsham met and agreed the budget for the next year. " * 6


@pytest.mark.parametrize("suffix", [".jsonl", ".csv", ".json"])
def test_large_archives_are_streamed(tmp_path: Path, suffix: str):
    """About 12 MB of records read with a small fraction of that in memory at any time."""
    path = tmp_path / f"big{suffix}"
    count = 24_000
    with path.open("w", encoding="utf-8", newline="") as handle:
        if suffix == ".csv":
            handle.write("id,text\n")
            handle.writelines(f'{n},"{ARTICLE}{n}"\n' for n in range(count))
        else:
            rows = (json.dumps({"id": n, "text": f"{ARTICLE}{n}"}) for n in range(count))
            handle.write("[\n" + ",\n".join(rows) + "\n]\n" if suffix == ".json" else "\n".join(rows) + "\n")
    size = path.stat().st_size
    assert size > 11_000_000
    tracemalloc.start()
    try:
        seen = 0
        last = None
        for record in read_records(path, Fields()):
            assert isinstance(record, Record)
            seen += 1
            last = record
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert seen == count
    assert last is not None and last.record_id == str(count - 1) and last.text.endswith(f"year. {count - 1}")
    assert peak < size / 3, f"{peak:,} bytes held for a {size:,}-byte file"


def test_a_json_file_may_hold_one_article_or_json_lines(write):
    one = write(
        "one.json",
        '{\n  "title": "Budget",\n  "published": "2011-05-01",\n  "text": "The council met on 3 March 2011."\n}\n',
    )
    lines = write(
        "lines.json", '{"text": "The mayor resigned on 3 March 2011."}\n{"text": "She left on 4 March 2011."}\n'
    )
    corpus = load([one, lines])
    assert [(d.id, d.path, d.title, d.published) for d in corpus.documents] == [
        ("one.json#1", f"{one}#1", "Budget", dt.date(2011, 5, 1)),
        ("lines.json#1", f"{lines}#1", "The mayor resigned on 3 March 2011.", None),
        ("lines.json#2", f"{lines}#2", "She left on 4 March 2011.", None),
    ]
    assert corpus.problems == ()


def test_bytes_that_are_not_utf8_are_replaced_and_said_per_record(write):
    """An archive exported in Windows-1252 ("café" as ``caf\\xe9``): read, with U+FFFD, and said."""
    lines = write(
        "latin.jsonl", b'{"text": "The caf\xe9 closed on 3 March 2011."}\n{"text": "It reopened on 4 May 2011."}\n'
    )
    table = write(
        "latin.csv", b'title,text\nCaf\xe9,"The caf\xe9 closed on 3 March 2011."\nPier,"The pier shut on 6 May."\n'
    )
    array = write(
        "latin.json", b'[{"text": "The caf\xe9 closed on 3 March 2011."}, {"text": "It reopened on 4 May 2011."}]'
    )
    corpus = load([lines, table, array])
    assert [d.text for d in corpus.documents] == [
        "The caf\ufffd closed on 3 March 2011.",
        "It reopened on 4 May 2011.",
        "The caf\ufffd closed on 3 March 2011.",
        "The pier shut on 6 May.",
        "The caf\ufffd closed on 3 March 2011.",
        "It reopened on 4 May 2011.",
    ]
    assert corpus.problems == (
        Problem(f"{lines}#1", "not valid UTF-8; undecodable bytes replaced with U+FFFD"),
        Problem(f"{table}#2", "not valid UTF-8; undecodable bytes replaced with U+FFFD"),
        Problem(str(array), "not valid UTF-8; undecodable bytes replaced with U+FFFD (first at byte 18)"),
    )
