"""Compiled patterns with a time limit: a backstop against runaway backtracking.

The patterns are written not to backtrack catastrophically; this limit is there so that if one
ever does on some hostile input, its field is skipped with a warning instead of hanging the
run.  Passing a limit costs about 2 microseconds a call, so only the patterns that scan a whole
text use it; patterns that read a few dozen characters around a match do not need it.
"""
from __future__ import annotations

import regex

TIMEOUT_SECONDS = 2.0  # per call; regex raises TimeoutError past it


class Pattern:
    """A `regex.Pattern` whose scans carry the time limit."""

    __slots__ = ("compiled",)

    def __init__(self, compiled: regex.Pattern):
        self.compiled = compiled

    def finditer(self, string: str, *args, **kwargs):
        return self.compiled.finditer(string, *args, timeout=TIMEOUT_SECONDS, **kwargs)


def compile(pattern: str, flags: int = 0) -> Pattern:
    """`regex.compile`, with the time limit on every scan of the result."""
    return Pattern(regex.compile(pattern, flags))
