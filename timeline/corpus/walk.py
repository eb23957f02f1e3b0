"""Finding the articles that paths name, and saying what was left unread and why.

A folder of coverage holds more than articles (pictures, PDFs, notes), and every file that is
not read is said, so nothing is dropped unseen. A folder of a hundred thousand files must not
bury the user under as many lines: past a few files with the same reason, one line says how
many there are and names the first few (``summarised``).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Sequence
from pathlib import Path

from ..files import cache_dir, displayable, state_dir
from ..model import Problem
from .metadata import MANIFEST_NAME
from .pages import PAGE_SUFFIXES
from .records import RECORD_SUFFIXES

TEXT_SUFFIXES = (".txt", ".md")
ARTICLE_SUFFIXES = TEXT_SUFFIXES + PAGE_SUFFIXES + RECORD_SUFFIXES
KINDS = ", ".join(ARTICLE_SUFFIXES)
LISTED = 10  # files with one reason listed one by one; past that, one line for all of them
EXAMPLES = 3  # files named in that line


def expand(paths: Iterable[str | Path]) -> tuple[list[Path], list[Problem]]:
    """The article files that ``paths`` name, in reading order (directories recursively, by
    suffix: ``ARTICLE_SUFFIXES``), and a problem for each path that names none and for each
    other file found in a directory (quiet files and folders, manifests and the program's own
    files excepted)."""
    problems: list[Problem] = []
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found, broken, unread = _articles_under(path)
            if broken:
                links = f"{broken} symbolic link{'s' if broken != 1 else ''}"
                problems.append(
                    Problem(displayable(str(path)), f"{links} to articles lead nowhere (dangling or a loop); skipped")
                )
            if not found:
                problems.append(Problem(displayable(str(path)), f"directory holds no articles ({KINDS})"))
            problems.extend(unread)
            files.extend(found)
        elif path.is_file():
            files.append(path)
        elif path.exists():
            problems.append(Problem(displayable(str(path)), "not a regular file or directory"))
        elif path.is_symlink():
            problems.append(Problem(displayable(str(path)), "symbolic link that leads nowhere (dangling or a loop)"))
        else:
            problems.append(Problem(displayable(str(path)), "no such file or directory"))
    return files, problems


def _articles_under(root: Path) -> tuple[list[Path], int, list[Problem]]:
    """The article files below ``root`` in path order, walked without recursion (any depth),
    not following links to directories; the number of links to articles that lead nowhere; and
    a problem for each other visible file."""
    found: list[str] = []
    unread: list[tuple[str, str]] = []
    broken = 0
    own = _own_directories()
    pending = [(root, False)]
    while pending:
        directory, quiet = pending.pop()
        quiet = quiet or os.path.abspath(directory) in own
        try:
            entries = list(os.scandir(directory))
        except OSError:
            continue
        for entry in entries:
            try:
                if entry.is_dir(follow_symlinks=False):
                    pending.append((Path(entry.path), quiet or entry.name.startswith(".")))  # hidden: not listed
                    continue
                suffix = os.path.splitext(entry.name)[1].lower()
                if suffix in ARTICLE_SUFFIXES:
                    if entry.is_file():
                        found.append(entry.path)
                    elif entry.is_symlink() and not os.path.exists(entry.path):
                        broken += 1
                elif entry.is_file() and not (quiet or entry.name.startswith(".") or entry.name == MANIFEST_NAME):
                    unread.append((entry.path, f"unsupported file type ({suffix or 'no extension'}); not read"))
            except OSError:
                broken += entry.is_symlink()
    unread.sort()
    found.sort(key=lambda path: path.split(os.sep))  # as paths sort: by their parts
    return [Path(path) for path in found], broken, [Problem(displayable(_shown(path)), why) for path, why in unread]


def _shown(path: str) -> str:
    """A path found in a folder as ``pathlib`` shows it (``scandir(".")`` gives ``./name``)."""
    return path[2:] if path.startswith("./") else path


def _own_directories() -> frozenset[str]:
    """Where the program keeps its own files (stored timelines, dates set in the app): a folder
    of articles may hold them, and they are not articles left unread."""
    return frozenset(os.path.abspath(d) for d in (cache_dir(), state_dir()))


_RECORD = re.compile(r"#\d+\Z")


def summarised(problems: Sequence[Problem]) -> tuple[Problem, ...]:
    """``problems`` with each message said for more than ``LISTED`` files (or records of one
    file) given once instead, where it first appears: how many, where, and the first few."""
    keys = [_group(problem) for problem in problems]
    groups: dict[tuple[str, str], list[Problem]] = {}
    for key, problem in zip(keys, problems, strict=True):
        groups.setdefault(key, []).append(problem)
    if all(len(group) <= LISTED for group in groups.values()):
        return tuple(problems)
    out: list[Problem] = []
    for key, problem in zip(keys, problems, strict=True):
        group = groups[key]
        if len(group) <= LISTED:
            out.append(problem)
        elif group[0] is problem:
            out.append(_summary(group))
    return tuple(out)


def _group(problem: Problem) -> tuple[str, str]:
    """Records of one file go together; files go together by message wherever they are."""
    path = problem.path
    match = _RECORD.search(path) if "#" in path else None
    return (path[: match.start()] if match else "", problem.message)


def _summary(group: list[Problem]) -> Problem:
    paths = [p.path for p in group]
    record = _RECORD.search(paths[0])
    if record:
        where = paths[0][: record.start()]
        names = [p[len(where) :] for p in paths[:EXAMPLES]]
        what = "records"
    else:
        try:
            where = os.path.commonpath(paths)
        except ValueError:  # relative and absolute paths mixed
            where = "."
        names = [os.path.relpath(p, where) if where != "." else p for p in paths[:EXAMPLES]]
        if where in paths:  # one file named more than once
            where, names = os.path.dirname(where) or ".", [os.path.basename(where)]
        what = "files"
    return Problem(where, f"{len(group):,} {what}: {group[0].message} (the first: {', '.join(names)}, …)")
