"""The `incident` command: a thin shell over `parse_text`.

Data goes to stdout (or `--output`), diagnostics to stderr as `incident: error: PATH: reason`.
Exit status: 0 when every input was parsed, 1 when any failed, 2 for usage errors,
130 on Ctrl-C.  Heavy modules (the extractors, rich, csv) load only when a command needs them.
"""
from __future__ import annotations

import gc
import os
import sys
import tempfile
from contextlib import contextmanager
from datetime import date
from enum import Enum
from typing import Iterator, Optional, TextIO

import typer

from . import __version__

app = typer.Typer(add_completion=False, pretty_exceptions_enable=False, no_args_is_help=True,
                  context_settings={"help_option_names": ["-h", "--help"]})


class Format(str, Enum):
    table = "table"
    jsonl = "jsonl"
    csv = "csv"
    json = "json"


class InputFormat(str, Enum):
    auto = "auto"
    text = "text"
    jsonl = "jsonl"


def _version(value: bool) -> None:
    if value:
        print(f"incident {__version__}")
        raise typer.Exit()


@app.callback()
def root(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                      help="Print the version and exit.")) -> None:
    """Read news reports of violent incidents; write date, city, killed and wounded with evidence."""


def _published(value: Optional[str]) -> Optional[date]:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a YYYY-MM-DD date") from None


@app.command()
def parse(
    paths: list[str] = typer.Argument(..., metavar="PATH",
                                      help="Files, directories (walked recursively) or - for stdin."),
    format: Optional[Format] = typer.Option(
        None, "--format", "-f", case_sensitive=False,
        help="Output format (default: table on a terminal, jsonl otherwise)."),
    output: Optional[str] = typer.Option(None, "--output", "-o", metavar="FILE",
                                         help="Write to FILE (atomically) instead of stdout."),
    input_format: InputFormat = typer.Option(
        InputFormat.auto, "--input", "-i", case_sensitive=False,
        help="Input kind; auto reads *.jsonl files as JSON lines and the rest as text."),
    published: Optional[str] = typer.Option(
        None, "--published", metavar="YYYY-MM-DD", callback=_published,
        help="Publication date for every article (resolves 'on Sunday', 'last night')."),
    max_bytes: int = typer.Option(10_000_000, "--max-bytes", min=1, metavar="N",
                                  help="Skip files (JSON lines: lines) larger than N bytes."),
    jobs: Optional[int] = typer.Option(
        None, "--jobs", "-j", min=1, metavar="N",
        help="Worker processes (default: all cores when there are enough articles)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No warnings and no progress bar."),
) -> None:
    """Parse articles into one record each: date, city, killed, wounded, and their evidence."""
    chosen = (format.value if format else None) or _default_format(output)
    try:
        with _open_output(output, chosen) as stream:
            failed = _parse_all(paths, stream, chosen, input_format.value, published, max_bytes, jobs,
                                quiet)
    except KeyboardInterrupt:
        _say("interrupted")
        raise typer.Exit(130)
    except BrokenPipeError:  # `incident parse ... | head -1`: the reader is gone, stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise typer.Exit(0)
    except OSError as error:  # the output cannot be written (no such folder, disk full)
        _say(f"error: {output or '<stdout>'}: {error.strerror or error}")
        raise typer.Exit(1)
    except Exception as error:  # a bug (a worker died, say): one line, never a traceback
        _say(f"error: internal error: {error!r}")
        raise typer.Exit(1)
    raise typer.Exit(1 if failed else 0)


def _parse_all(paths: list[str], stream: TextIO, chosen: str, input_format: str,
               published: date | None, max_bytes: int, jobs: int | None, quiet: bool) -> bool:
    """Write one record per readable article; report the rest.  True when any input failed."""
    from .inputs import Problem, read_articles, total_bytes
    from .render import WRITERS
    from .runner import parse_stream

    if not gc.isenabled():  # main() paused it for start-up
        gc.freeze()  # what start-up loaded lives as long as the process: never scan it again
        gc.enable()
    failed = False
    writer = WRITERS[chosen](stream)
    try:
        articles = read_articles(paths, input_format=input_format, max_bytes=max_bytes)
        if not quiet and sys.stderr.isatty():
            from .progress import track

            articles = track(articles, total_bytes(paths))
        for result in parse_stream(articles, formatter=writer.format, published=published, jobs=jobs):
            if isinstance(result, Problem):
                if result.fatal or not quiet:
                    _say(f"{'error' if result.fatal else 'warning'}: {result.source}: {result.message}")
                failed |= result.fatal
            else:
                writer.write(result)
    finally:
        writer.close()
    return failed


def _default_format(output: str | None) -> str:
    """jsonl into pipes and files (or the format the file's suffix names), a table on a terminal."""
    if output:
        suffix = os.path.splitext(output)[1].lstrip(".").lower()
        return suffix if suffix in Format.__members__ else "jsonl"
    return "table" if sys.stdout.isatty() else "jsonl"


@contextmanager
def _open_output(output: str | None, chosen: str) -> Iterator[TextIO]:
    """stdout, or a temporary file beside FILE renamed over it only when all went well."""
    if output is None:
        if chosen != "table":  # machine formats are UTF-8 whatever the locale says
            sys.stdout.reconfigure(encoding="utf-8", errors="replace")
        yield sys.stdout
        return
    folder = os.path.dirname(os.path.abspath(output))
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{os.path.basename(output)}.", suffix=".tmp")
    try:
        with open(handle, "w", encoding="utf-8", errors="replace", newline="") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, 0o666 & ~_umask())  # mkstemp makes it private; give it a normal file's mode
        os.replace(temporary, output)
    except BaseException:
        os.unlink(temporary)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _say(message: str) -> None:
    print(f"incident: {message}", file=sys.stderr, flush=True)


def main() -> None:
    # Start-up (pydantic, typer's parameters, the extractors' tables and patterns) allocates many
    # long-lived objects and no garbage: collections would only scan them over and over, about
    # a tenth of a one-file run.  `_parse_all` turns the collector back on.
    gc.disable()
    try:
        app(prog_name="incident")
    except KeyboardInterrupt:  # Ctrl-C before the command started
        sys.exit(130)
