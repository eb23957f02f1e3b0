"""The ``timeline`` command line.

``timeline [PATH ...]`` opens the terminal app; ``export``, ``tag`` and ``people`` work without
it. User errors print one line naming the file and the problem, never a traceback; the exit
status is non-zero only when the command could not do its job.
"""

from __future__ import annotations

import argparse
import datetime as dt
import errno
import json
import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from . import __version__
from .model import Problem, Timeline

if TYPE_CHECKING:
    from .analysis.pool import Workers
    from .corpus import Fields

COMMANDS = ("export", "tag", "people")

DESCRIPTION = """\
Turn a pile of news coverage into a trustworthy, sourced chronology.

  timeline [PATH ...]             open the explorer on articles (the bundled seeds if no PATH)
  timeline export [PATH ...]      write the unified timeline (json, csv, md, ics, html, ...)
  timeline tag FILE               temporal tagging only (plain text or TimeML .tml)
  timeline people [PATH ...]      list the people named, with aliases and mention counts

PATHs are articles, or directories searched recursively for them: text (.txt, .md), web pages
saved from news sites (.html, .htm), and archives of one article per record (.jsonl, .json,
.csv; --field names their fields). Metadata comes from --published, a publication date set
earlier in the app, YAML front matter (title, source, published, url) or the page's or record's
own, or a manifest.toml beside the files, in that order. Run `timeline COMMAND --help` for each
command's options.
"""


class UsageError(Exception):
    """A command that cannot run as asked; the message is meant for the user."""


def _add_corpus_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths", nargs="*", metavar="PATH", help="article files or directories (default: the bundled seeds)"
    )
    parser.add_argument(
        "--published",
        action="append",
        default=[],
        metavar="FILE=DATE",
        help="set a file's publication date, 2011-04-10 or 10 April 2011 (overrides front matter and "
        "manifest; repeatable); a FILE that names no article is an error",
    )
    parser.add_argument(
        "--field",
        action="append",
        default=[],
        metavar="ROLE=NAME",
        help="the field of .jsonl/.json/.csv records that holds ROLE (text, title, source, published, url, id); "
        "the defaults are the roles' own names (repeatable; e.g. --field text=body)",
    )
    parser.add_argument(
        "--no-cache",
        action="store_true",
        help="analyse every article even if a timeline or an analysis of it is stored, and store "
        "none (both are kept in $XDG_CACHE_HOME/timeline-explorer)",
    )
    parser.add_argument(
        "--jobs",
        "-j",
        type=_jobs,
        metavar="N",
        help="processes for analysing the articles (default: all cores, when there are enough articles)",
    )
    parser.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="analyse the articles on a running Dask cluster (tcp://HOST:8786; needs the cluster "
        "extra), then unify them here",
    )


def _workers(args: argparse.Namespace) -> Workers:
    """Where the articles are analysed: ``--jobs`` processes here, or ``--scheduler``'s cluster."""
    from .analysis.pool import Cluster

    if args.scheduler is not None:
        if args.jobs is not None:
            raise UsageError("--jobs and --scheduler: choose one (the cluster's workers do the analysis)")
        if not args.scheduler.strip():
            raise UsageError("--scheduler: give the address of a Dask scheduler, like tcp://10.0.0.5:8786")
        return Cluster(args.scheduler.strip())
    jobs: int | None = args.jobs
    return jobs


def _jobs(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        jobs = 0
    if jobs < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of processes, 1 or more, not {value!r}")
    return jobs


def _main_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="timeline", description=DESCRIPTION, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--version", action="version", version=f"timeline {__version__}")
    _add_corpus_options(parser)
    parser.add_argument(
        "--no-watch",
        action="store_true",
        help="do not watch the folders and files given for articles added, changed or removed "
        "while the explorer runs (they are watched by default)",
    )
    return parser


def _export_parser() -> argparse.ArgumentParser:
    from .export import FORMATS, GROUPINGS

    formats = "\n".join(f"  {f.name:<11} {f.suffix:<6} {f.description}" for f in FORMATS.values())
    parser = argparse.ArgumentParser(
        prog="timeline export",
        description="Write the unified timeline, filtered as the app filters it.",
        epilog=f"formats:\n{formats}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _add_corpus_options(parser)
    parser.add_argument(
        "--format", "-f", default="json", type=str.lower, choices=sorted(FORMATS), help="output format (default: json)"
    )
    parser.add_argument(
        "--title",
        metavar="TEXT",
        help="the export's title (html, md, ics, timelinejs; default: what the articles are, "
        "e.g. 'Timeline of 3 articles, April–June 2011')",
    )
    parser.add_argument(
        "--group-by",
        default="source",
        type=str.lower,
        choices=GROUPINGS,
        help="timelinejs: the band each event is drawn in: the outlet of its first source (default), "
        "its first person, or none",
    )
    parser.add_argument("-o", "--output", metavar="FILE", help="write to FILE (atomically) instead of standard output")
    parser.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    parser.add_argument(
        "--person",
        action="append",
        default=[],
        metavar="NAME",
        help="only events involving this person (repeatable: any of them)",
    )
    parser.add_argument(
        "--all-people", action="store_true", help="with several --person: only events involving all of them"
    )
    parser.add_argument(
        "--source",
        action="append",
        default=[],
        metavar="DOC",
        help="only events reported by this document (id, file name, title or outlet; repeatable)",
    )
    parser.add_argument(
        "--from", dest="date_from", metavar="DATE", help="only events on or after DATE (2010, Nov 2010, 2011-04-01)"
    )
    parser.add_argument("--to", dest="date_to", metavar="DATE", help="only events on or before DATE")
    parser.add_argument("--text", metavar="QUERY", help="only events whose summary or excerpts contain QUERY")
    return parser


def _tag_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="timeline tag", description="Find and resolve the temporal expressions of one file."
    )
    parser.add_argument(
        "file",
        metavar="FILE",
        help="an article (.txt or .md: its front matter gives the date and is not tagged; offsets "
        "count from the start of the file), a saved web page (.html or .htm: the article extracted "
        "from it is tagged, dated by the page; offsets count in that text), or TimeML (.tml: DCT "
        "from its CREATION_TIME)",
    )
    parser.add_argument(
        "--dct", metavar="DATE", help="document creation (publication) date, 2011-04-10 or 10 April 2011"
    )
    parser.add_argument(
        "--format",
        "-f",
        default="jsonl",
        type=str.lower,
        choices=["jsonl", "timeml"],
        help="output format (default: jsonl)",
    )
    parser.add_argument(
        "--month-first",
        action="store_true",
        help="read 12/09/2019 as December 9 (default: the order of the file's unambiguous dates such as 10/23/66 or 23/10/66, else day first, UK)",
    )
    return parser


def _people_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="timeline people", description="List the people named in the articles.")
    _add_corpus_options(parser)
    parser.add_argument(
        "--format", "-f", default="text", type=str.lower, choices=["text", "json"], help="output format (default: text)"
    )
    return parser


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def _say(message: object) -> None:
    """One line on stderr. File names and messages are untrusted: control characters (an escape
    sequence in a file name, say) are shown as escapes, never sent to the terminal."""
    text = _CONTROL.sub(lambda m: repr(m.group())[1:-1], str(message))
    print(f"timeline: {text}", file=sys.stderr)


def _emit(data: bytes | str) -> None:
    """Write to standard output and make sure it arrived: a failed write (a full disk, a closed
    descriptor) is a ``UsageError``, a closed pipe a ``BrokenPipeError``."""
    stream = sys.stdout
    if stream is None:
        raise UsageError("cannot write to standard output: it is closed")
    try:
        if isinstance(data, str):
            data = data.encode(stream.encoding or "utf-8", stream.errors or "strict")
        stream.flush()
        _write_all(stream.buffer, data)
        stream.flush()
    except BrokenPipeError:
        raise
    except (OSError, ValueError) as exc:
        _discard_stdout()
        detail = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise UsageError(f"cannot write to standard output: {detail}") from None


def _write_all(buffer: BinaryIO, data: bytes) -> None:
    """All of ``data``, or an ``OSError``: an unbuffered standard output (``PYTHONUNBUFFERED``,
    ``python -u``) writes what fits and returns the count, and a file system nearly full or a
    file size limit takes part of a write without an error, so the rest is written again until
    it fails."""
    view = memoryview(data)
    while True:  # even nothing is written once: a device that takes nothing (/dev/full) says so
        written = buffer.write(view) or 0
        view = view[written:]
        if not view:
            return
        if not written:  # nothing taken and no error: a descriptor that will take nothing more
            raise OSError(errno.EIO, f"only {len(data) - len(view)} of {len(data)} bytes written")


def _discard_stdout() -> None:
    """Point standard output at /dev/null, so what is still buffered is not written (and fails
    again, with a traceback) when the interpreter exits."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass


def _report(problems: Sequence[Problem]) -> None:
    for problem in problems:
        _say(problem)


def publication_dates(published: Sequence[str], paths: Sequence[str]) -> dict[str, dt.date]:
    """The ``--published FILE=DATE`` options as {FILE: date}, dates in the app's forms.

    A date that cannot be read, or a FILE that names none of the articles (the bundled seeds
    when no PATH is given), is a ``UsageError`` before anything is read: a mistyped name would
    otherwise leave the date silently unapplied."""
    from .corpus import expand, seeds_dir
    from .corpus.metadata import override_for
    from .query.filters import DateBoundError, publication_day

    overrides: dict[str, dt.date] = {}
    for option in published:
        name, sep, value = option.rpartition("=")
        if not sep or not name:
            raise UsageError(f"--published {option!r}: expected FILE=DATE (2011-04-10 or 10 April 2011)")
        try:
            overrides[name] = publication_day(value)
        except DateBoundError as exc:
            raise UsageError(f"--published {option!r}: {exc}") from None
    if not overrides:
        return overrides
    files, _ = expand(list(paths) or [seeds_dir()])  # the problems are reported when they are read
    for name, day in overrides.items():
        named = re.sub(r"#\d+\Z", "", name)  # a record of an archive: archive.jsonl#17
        if not any(override_for(f, {named: day}) for f in files):
            names = sorted(f.name for f in files)
            known = f" ({', '.join(names)})" if 0 < len(names) <= 5 else ""
            count = f"{len(files)} article{'s' if len(files) != 1 else ''}"
            raise UsageError(f"--published {name!r}: no article of that name among the {count}{known}")
    return overrides


def record_fields(options: Sequence[str]) -> Fields:
    """The ``--field ROLE=NAME`` options; a UsageError when one cannot be read."""
    from .corpus import Fields

    try:
        return Fields().with_options(list(options))
    except ValueError as exc:
        raise UsageError(str(exc)) from None


def corpus_timeline(
    paths: Sequence[str],
    published: Sequence[str],
    *,
    use_cache: bool,
    fields: Sequence[str] = (),
    workers: Workers = None,
) -> Timeline:
    """The timeline of the given paths (the seeds if none), every problem reported on stderr:
    read back from the user's cache when these very files were analysed before, else built
    (and stored). Raises UsageError when nothing usable remains."""
    from .analysis.pool import ClusterError
    from .opening import open_articles

    names = record_fields(fields)
    overrides = publication_dates(published, paths)
    try:
        opened = open_articles(paths, overrides, use_cache=use_cache, names=names, workers=workers)
    except ClusterError as exc:
        raise UsageError(str(exc)) from None
    _report(opened.timeline.problems)
    if not opened.timeline.documents:
        raise UsageError("no usable articles")
    if opened.cache_key is not None:
        from .query.index import TimelineIndex
        from .storage.cache import remember

        remember(opened.cache_key, TimelineIndex(opened.timeline))
    return opened.timeline


def _cmd_export(argv: Sequence[str]) -> int:
    from .export import FORMATS, ExportError, Options, render, write
    from .query.filters import DateBoundError, Filter, filtered, find_people, find_sources, parse_bound

    args = _export_parser().parse_args(argv)
    if args.title is not None and not FORMATS[args.format].titled:
        _say(f"--title: the {args.format} export has no title; ignored")
    timeline = corpus_timeline(
        args.paths, args.published, use_cache=not args.no_cache, fields=args.field, workers=_workers(args)
    )
    people: list[str] = []
    for name in args.person:
        ids = find_people(timeline, name)
        if not ids:
            raise UsageError(f"--person {name!r}: nobody of that name in the articles")
        people.extend(ids)
    sources: list[str] = []
    for doc in args.source:
        ids = find_sources(timeline, doc)
        if not ids:
            raise UsageError(f"--source {doc!r}: no such document")
        sources.extend(ids)
    try:
        start = parse_bound(args.date_from) if args.date_from else None
        end = parse_bound(args.date_to, end=True) if args.date_to else None
    except DateBoundError as exc:
        raise UsageError(str(exc)) from None
    flt = Filter(tuple(people), args.all_people, tuple(sources), start, end, args.text or "")
    data = render(filtered(timeline, flt), args.format, Options(args.title, args.group_by))
    if args.output is not None:
        try:
            path = write(data, args.output, force=args.force)
        except ExportError as exc:
            raise UsageError(str(exc)) from None
        written = len(filtered(timeline, flt).events)
        _say(f"wrote {written} event{'' if written == 1 else 's'} to {path} ({args.format})")
    else:
        if FORMATS[args.format].binary and sys.stdout is not None and sys.stdout.isatty():
            raise UsageError(
                f"the {args.format} export is a binary file; write it with -o FILE (or redirect the output)"
            )
        _emit(data)
    return 0


def _cmd_tag(argv: Sequence[str]) -> int:
    from .export.timeml import TimeMLError, read_timeml, write_timeml
    from .temporal import tag

    args = _tag_parser().parse_args(argv)
    path = Path(args.file)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise UsageError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise UsageError(f"{path}: is a directory, not a file") from None
    except OSError as exc:
        raise UsageError(f"{path}: cannot read: {exc.strerror or exc}") from None
    from .corpus import decode
    from .corpus.metadata import front_matter
    from .corpus.pages import PAGE_SUFFIXES, read_page
    from .files import displayable
    from .model import Document
    from .query.filters import DateBoundError, publication_day

    decoded, note = decode(raw)
    if decoded is None:
        raise UsageError(f"{path}: looks like a binary file, not text")
    if note is not None:
        _say(f"{path}: {note}")
    source = decoded
    dct: dt.date | None = None
    tagged: str | None = None  # the text as tagged, when it differs from the text as written
    if args.dct:
        try:
            dct = publication_day(args.dct)
        except DateBoundError as exc:
            raise UsageError(f"--dct: {exc}") from None
    if path.suffix.lower() in PAGE_SUFFIXES:  # a saved web page: its article, dated by the page
        page = read_page(raw)
        if page.skipped is not None:
            raise UsageError(f"{path}: {page.skipped}")
        text, doc_id = page.text, displayable(path.name)
        dct = dct or page.meta.published
    elif path.suffix.lower() in (".tml", ".xml") or source.lstrip().startswith(("<?xml", "<TimeML")):
        try:
            doc = read_timeml(source, path.stem)
        except TimeMLError as exc:
            raise UsageError(f"{path}: {exc}") from None
        if doc.note is not None:
            _say(f"{path}: {doc.note}")
        text, dct, doc_id = doc.text, dct or doc.dct, doc.doc_id or displayable(path.stem)
    else:
        text, doc_id = source, displayable(path.name)
        span, meta, trouble = front_matter(source)
        if trouble is not None:
            _say(f"{path}: {trouble}")
        if span is not None:  # blanked, not cut: offsets still count from the start of the file
            tagged = Document(doc_id, str(path), source, excluded=(span,)).content
        dct = dct or meta.published
    if dct is None:
        _say(f"{path}: no document creation date (--dct); relative dates stay unresolved")
    expressions = tag(tagged if tagged is not None else text, dct, day_first=False if args.month_first else None)
    if args.format == "timeml":
        _emit(write_timeml(doc_id, dct, text, expressions))
    else:
        _emit(
            "".join(
                json.dumps(
                    {
                        "doc": doc_id,
                        "start": timex.span.start,
                        "end": timex.span.end,
                        "text": timex.text,
                        "type": timex.type.value,
                        "value": timex.value,
                        "mod": timex.mod,
                        "anchoring": timex.anchoring.value,
                        "explanation": timex.explanation,
                    },
                    ensure_ascii=False,
                )
                + "\n"
                for timex in expressions
            )
        )
    return 0


def _cmd_people(argv: Sequence[str]) -> int:
    args = _people_parser().parse_args(argv)
    timeline = corpus_timeline(
        args.paths, args.published, use_cache=not args.no_cache, fields=args.field, workers=_workers(args)
    )
    people = sorted(timeline.people, key=lambda p: (-p.mention_count, p.name))
    if args.format == "json":
        data = [
            {
                "id": p.id,
                "name": p.name,
                "aliases": list(p.aliases),
                "roles": list(p.roles),
                "mentions": p.mention_count,
            }
            for p in people
        ]
        _emit(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return 0
    lines = []
    for person in people:
        line = f"{person.mention_count:4d}  {person.name}"
        if person.aliases:
            line += f"  (also: {', '.join(person.aliases)})"
        if person.roles:
            line += f"  — {'; '.join(person.roles)}"
        lines.append(line + "\n")
    _emit("".join(lines))
    return 0


def _cmd_app(argv: Sequence[str]) -> int:
    args = _main_parser().parse_args(argv)
    if not sys.stdout.isatty() and not sys.stdin.isatty():
        raise UsageError("the explorer needs a terminal (try `timeline export` for non-interactive use)")
    names = record_fields(args.field)
    overrides = publication_dates(args.published, args.paths)
    from tui.app import run

    return run(
        list(args.paths),
        overrides,
        [],
        use_cache=not args.no_cache,
        watch=not args.no_watch,
        names=names,
        workers=_workers(args),
    )


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    handlers = {"export": _cmd_export, "tag": _cmd_tag, "people": _cmd_people}
    try:
        if argv and argv[0] in handlers:
            return handlers[argv[0]](argv[1:])
        return _cmd_app(argv)
    except UsageError as exc:
        _say(exc)
        return 1
    except BrokenPipeError:
        _discard_stdout()
        return 0
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
