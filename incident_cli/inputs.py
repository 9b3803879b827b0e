"""Turn the PATH arguments into a stream of articles and problems, in input order.

Files, directories (walked recursively, sorted, hidden entries skipped), `-` for standard
input, and JSON-lines files with one article per line.  Nothing here prints: problems are
yielded in place, so the caller reports them in order and the rest goes on.  A text file is
yielded unread, as a `TextFile`: whoever parses it reads it, so with `--jobs` the workers
read the files and the main process only lists them.
"""
from __future__ import annotations

import codecs
import json
import os
import sys
from datetime import date
from typing import BinaryIO, Iterable, Iterator, NamedTuple

STDIN = "-"
BINARY_SNIFF_BYTES = 8192


class Article(NamedTuple):  # tuples, not dataclasses: a class statement is cheaper at start-up
    source: str  # the path as given, '-' for stdin, or the JSON-lines id
    text: str
    published: date | None = None
    size: int = 0  # bytes read for it, for the progress bar


class Problem(NamedTuple):
    source: str
    message: str
    fatal: bool = True  # False for a warning: the article is still parsed


class TextFile(NamedTuple):
    """A text file not read yet: `read_text_file` gives its article, or the problem reading it."""

    path: str
    max_bytes: int


def read_articles(paths: Iterable[str], *, input_format: str = "auto",
                  max_bytes: int = 10_000_000) -> Iterator[Article | TextFile | Problem]:
    """Every article behind `paths`, with a `Problem` in place of each one that cannot be read;
    text files unread (`read_text_file` reads one)."""
    for path in paths:
        if path == STDIN:
            yield from _read_stream(STDIN, sys.stdin.buffer, input_format, max_bytes)
        elif os.path.isdir(path):
            empty = True
            for file in _walk(path):
                empty = False
                yield from _file(file, input_format, max_bytes) if isinstance(file, str) else [file]
            if empty:
                yield Problem(path, "directory has no files")
        else:
            yield from _file(path, input_format, max_bytes)


def total_bytes(paths: Iterable[str]) -> int | None:
    """The size of everything `paths` will read, or None when stdin is among them."""
    total = 0
    for path in paths:
        if path == STDIN:
            return None
        files = _walk(path) if os.path.isdir(path) else [path]
        total += sum(os.path.getsize(file) for file in files if isinstance(file, str) and os.path.isfile(file))
    return total


def _walk(directory: str) -> Iterator[str | Problem]:
    """Files under `directory` in sorted path order; hidden entries and symlinked folders (which
    could loop) skipped; special files and broken links reported."""
    try:
        entries = sorted(os.scandir(directory), key=lambda entry: entry.name)
    except OSError as error:
        yield Problem(directory, _os_reason(error))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(entry.path)
        elif entry.is_file():
            yield entry.path
        elif entry.is_symlink() and not os.path.exists(entry.path):
            yield Problem(entry.path, "broken symbolic link")
        elif not entry.is_dir():  # FIFOs, sockets, devices: reading them could block forever
            yield Problem(entry.path, "not a regular file, skipped")


def read_text_file(file: TextFile) -> list[Article | Problem]:
    """The article in a text file, after a warning about its encoding; or why it cannot be read."""
    return list(_read_file(file.path, "text", file.max_bytes))


def _file(path: str, input_format: str, max_bytes: int) -> Iterator[Article | TextFile | Problem]:
    if input_format == "jsonl" or (input_format == "auto" and path.endswith(".jsonl")):
        yield from _read_file(path, "jsonl", max_bytes)  # read here: its lines are the articles
    else:
        yield TextFile(path, max_bytes)


def _read_file(path: str, input_format: str, max_bytes: int) -> Iterator[Article | Problem]:
    try:
        with open(path, "rb") as stream:
            yield from _read_stream(path, stream, input_format, max_bytes)
    except OSError as error:
        yield Problem(path, _os_reason(error))


def _read_stream(source: str, stream: BinaryIO, input_format: str,
                 max_bytes: int) -> Iterator[Article | Problem]:
    if input_format == "jsonl" or (input_format == "auto" and source.endswith(".jsonl")):
        yield from _read_jsonl(source, stream, max_bytes)
        return
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        yield Problem(source, f"larger than --max-bytes ({max_bytes} bytes)")
        return
    decoded = decode(data)
    if decoded is None:
        yield Problem(source, "binary file (NUL bytes), skipped")
        return
    text, warning = decoded
    if warning:
        yield Problem(source, warning, fatal=False)
    yield Article(source, text, size=len(data))


def decode(data: bytes) -> tuple[str, str | None] | None:
    """(text, warning) for text bytes, None for binary: BOMs first, then UTF-8, then cp1252."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):].decode("utf-8", errors="replace"), None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace"), None
    if b"\0" in data[:BINARY_SNIFF_BYTES]:
        return None
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "not valid UTF-8, read as cp1252"


def _read_jsonl(source: str, stream: BinaryIO, max_bytes: int) -> Iterator[Article | Problem]:
    """One article per line; a bad line is a problem at `source:LINE` and the rest go on."""
    for number, line in _lines(stream, max_bytes):
        where = f"{source}:{number}"
        if line is None:
            yield Problem(where, f"line larger than --max-bytes ({max_bytes} bytes)")
        elif line.strip():
            try:
                yield _jsonl_article(where, json.loads(line), len(line))
            except (ValueError, TypeError) as error:  # JSONDecodeError, UnicodeDecodeError: ValueErrors
                yield Problem(where, str(error))


def _lines(stream: BinaryIO, limit: int) -> Iterator[tuple[int, bytes | None]]:
    """Numbered lines, None for one longer than `limit` (skipped without holding it in memory)."""
    number = 0
    while line := stream.readline(limit + 1):
        number += 1
        if len(line) > limit and not line.endswith(b"\n"):
            while (rest := stream.readline(limit + 1)) and not rest.endswith(b"\n"):
                pass
            line = None
        yield number, line


def _jsonl_article(where: str, record: object, size: int) -> Article:
    if not isinstance(record, dict):
        raise TypeError("not a JSON object")
    text = record.get("text")
    if not isinstance(text, str):
        raise TypeError("no 'text' string")
    title = record.get("title")
    if isinstance(title, str) and title.strip() and title.strip() not in text[:len(title) + 200]:
        text = f"{title.strip()}\n\n{text}"  # the headline leads, as on the page
    record_id = record.get("id")
    published = record.get("published")
    if published is not None:
        published = _iso_date(published)
    return Article(where if record_id is None else str(record_id), text, published, size)


def _iso_date(value: object) -> date:
    """'YYYY-MM-DD', or an ISO timestamp that starts with one."""
    if not isinstance(value, str):
        raise TypeError("'published' is not a YYYY-MM-DD string")
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        raise ValueError(f"'published' is not a YYYY-MM-DD date: {value!r}") from None


def _os_reason(error: OSError) -> str:
    """'No such file or directory', 'Permission denied', ... without Python's '[Errno 2]' noise."""
    return error.strerror or str(error)
