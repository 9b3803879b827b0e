"""Compiled patterns with a time limit on every call: a backstop against runaway backtracking.

The patterns are written not to backtrack catastrophically; this limit is there so that if one
ever does on some hostile input, the field is skipped with a warning instead of hanging the run.
It never fires on real text (tests/test_hostile.py checks the worst cases stay far below it).
"""
from __future__ import annotations

import regex

TIMEOUT_SECONDS = 2.0  # per call; regex raises TimeoutError past it


class Pattern:
    """A `regex.Pattern` whose search/match/finditer/sub/split calls all carry the time limit."""

    __slots__ = ("compiled",)

    def __init__(self, compiled: regex.Pattern):
        self.compiled = compiled

    def search(self, string, *args, **kwargs):
        return self.compiled.search(string, *args, timeout=TIMEOUT_SECONDS, **kwargs)

    def match(self, string, *args, **kwargs):
        return self.compiled.match(string, *args, timeout=TIMEOUT_SECONDS, **kwargs)

    def fullmatch(self, string, *args, **kwargs):
        return self.compiled.fullmatch(string, *args, timeout=TIMEOUT_SECONDS, **kwargs)

    def finditer(self, string, *args, **kwargs):
        return self.compiled.finditer(string, *args, timeout=TIMEOUT_SECONDS, **kwargs)

    def findall(self, string, *args, **kwargs):
        return self.compiled.findall(string, *args, timeout=TIMEOUT_SECONDS, **kwargs)

    def sub(self, replacement, string, *args, **kwargs):
        return self.compiled.sub(replacement, string, *args, timeout=TIMEOUT_SECONDS, **kwargs)

    def split(self, string, *args, **kwargs):
        return self.compiled.split(string, *args, timeout=TIMEOUT_SECONDS, **kwargs)

    @property
    def pattern(self) -> str:
        return self.compiled.pattern


def compile(pattern: str, flags: int = 0) -> Pattern:
    """`regex.compile`, with the time limit on every call of the result."""
    return Pattern(regex.compile(pattern, flags))
