"""Compiling the extractors' patterns: a shipped cache for start-up, a time limit for scans.

Start-up: `regex` parses a pattern in pure Python, and the extractors' grammars take longer
to compile than everything else a one-file run does.  A compiled `regex` pattern pickles as its
compiled code (unpickling calls `_regex.compile` with that code and skips the parse), so
`make patterns` saves the patterns the extractors compile into `data/patterns.pickle`, and
`compile` takes a pattern from there when the same `regex` version built it.  A pattern missing
from the file is compiled as usual: the cache changes how fast, never what.

Time limit: the patterns are written not to backtrack catastrophically; the limit is there so
that if one ever does on some hostile input, its field is skipped with a warning instead of
hanging the run.  Passing a limit costs about 2 microseconds a call, so only the patterns that
scan a whole text use it (`timed`); patterns that read a few dozen characters around a match
do not need it.
"""
from __future__ import annotations

import pickle
from functools import cache
from pathlib import Path

import regex

TIMEOUT_SECONDS = 2.0  # per call; regex raises TimeoutError past it
CACHE_FILE = Path(__file__).resolve().parent.parent / "data" / "patterns.pickle"
# What the cache file must start with to be read: its layout and the `regex` that built it.
CACHE_HEADER = ("patterns, each pickled on its own", regex.__version__)

# The patterns compiled in this process, by key, for `make patterns` to save.
compiled_keys: dict[tuple, regex.Pattern] = {}


class TimedPattern:
    """A `regex.Pattern` whose scans carry the time limit."""

    __slots__ = ("compiled",)

    def __init__(self, compiled: regex.Pattern):
        self.compiled = compiled

    def finditer(self, string: str, *args, **kwargs):
        return self.compiled.finditer(string, *args, timeout=TIMEOUT_SECONDS, **kwargs)


def cache_key(source: str, flags: int, named_lists: dict) -> tuple:
    """What identifies a compiled pattern: its source, flags and named lists."""
    lists = tuple(sorted((name, tuple(sorted(values))) for name, values in named_lists.items()))
    return (source, flags, lists)


@cache
def shipped() -> dict[tuple, bytes]:
    """The shipped patterns, each still pickled (a run unpickles only those it uses), or none
    if the file is missing or another `regex` version built it."""
    try:
        with CACHE_FILE.open("rb") as file:
            # The header comes first, on its own: another version's compiled code is never
            # unpickled.
            if pickle.load(file) != CACHE_HEADER:
                return {}
            return pickle.load(file)
    except (OSError, pickle.UnpicklingError, EOFError, ValueError):
        return {}


def save_cache() -> None:
    """Write the patterns compiled so far to the shipped cache (`make patterns`)."""
    with CACHE_FILE.open("wb") as file:
        pickle.dump(CACHE_HEADER, file)
        pickle.dump({key: pickle.dumps(compiled_keys[key])
                     for key in sorted(compiled_keys, key=repr)}, file)


def compile(source: str, flags: int = 0, **named_lists) -> regex.Pattern:
    """`regex.compile`, taken from the shipped cache when it is there."""
    key = cache_key(source, flags, named_lists)
    pickled = shipped().get(key)
    pattern = pickle.loads(pickled) if pickled else regex.compile(source, flags, **named_lists)
    compiled_keys[key] = pattern
    return pattern


def timed(source: str, flags: int = 0) -> TimedPattern:
    """`compile`, with the time limit on every scan of the result."""
    return TimedPattern(compile(source, flags))


def longest_first(words) -> list[str]:
    """Alternatives longest first, so an alternation prefers 'at least' to 'at'; ties in
    alphabetical order, so a pattern's source (its cache key) does not depend on set order."""
    return sorted(words, key=lambda word: (-len(word), word))
