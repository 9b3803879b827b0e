"""The article as the extractors see it: its text, publication date, and sentence spans."""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import NamedTuple

import regex

from . import patterns
from .lexicon import ABBREVIATIONS


ABBREVIATION_LENGTH = max(map(len, ABBREVIATIONS)) + 1  # a longer word's tail is never one
CAPITALS_SAMPLE = 5_000  # characters of the body that tell whether an article is in ALL CAPS
LOWER_CASE_SHARE = 0.02  # at most this share of its letters lower case ('DR.', 'McDONALD')


@cache
def _seed_dateline() -> regex.Pattern:
    return patterns.compile(r"""
        \A\s*(?i:date)[ ]               # the seeds' layout: ' date 2020-10-17 ' (or upper-cased) before the article
        (?P<iso>\d{4}-\d{2}-\d{2})       # the publication date
        \s*                              # then the article itself
        """, regex.VERBOSE)


@cache
def _sentence_end() -> regex.Pattern:
    return patterns.compile(r"""
        (?P<stop>[.!?])["'”’)]*            # sentence-final punctuation, maybe closing quotes
        (?P<gap>\s+)                       # then space
        (?=["'“‘(]*[\p{Lu}\d])             # before a capital or a digit
      | (?P<gap>\n\s*+)                    # or a line break (headline, paragraph, list item)
        (?![\p{Ll}])                      #   unless a wrapped sentence goes on in lower case
        """, regex.VERBOSE)


class Sentence(NamedTuple):  # a tuple: an article has dozens and they are made on every parse
    start: int
    end: int
    text: str


@dataclass(slots=True)
class Document:
    """An article ready for extraction.  `body_start` skips the seeds' ' date YYYY-MM-DD' prefix."""

    text: str
    published: date | None = None
    body_start: int = 0
    sentences: list[Sentence] = field(default_factory=list)
    in_capitals: bool = False  # written in ALL CAPS, as old wire copy is
    _starts: list[int] = field(default_factory=list, repr=False)

    @classmethod
    def from_text(cls, text: str, published: date | None = None) -> "Document":
        body_start = 0
        seed = _seed_dateline().match(text)
        if seed:
            body_start = seed.end()
        sentences = split_sentences(text, body_start)
        return cls(text, published, body_start, sentences, _in_capitals(text, body_start),
                   [s.start for s in sentences])

    @property
    def headline(self) -> Sentence | None:
        """The first sentence of the body: the headline, or the lead's first sentence."""
        return self.sentences[0] if self.sentences else None

    def sentence_at(self, offset: int) -> Sentence:
        """The sentence containing `offset` (the nearest one before it, between sentences)."""
        index = max(bisect.bisect_right(self._starts, offset) - 1, 0)
        return self.sentences[index] if self.sentences else Sentence(0, len(self.text), self.text)


def _in_capitals(text: str, start: int) -> bool:
    sample = text[start:start + CAPITALS_SAMPLE]
    upper = sum(map(str.isupper, sample))
    return upper >= 20 and sum(map(str.islower, sample)) <= LOWER_CASE_SHARE * upper


def split_sentences(text: str, start: int = 0) -> list[Sentence]:
    """Split `text[start:]` into sentences with spans; abbreviations ('Mr.', 'Calif.') do not end one.

    Each boundary's match takes the white space between sentences, so only the first
    sentence's start and the last one's end need trimming."""
    sentences = []
    begin = len(text) - len(text[start:].lstrip())  # lstrip, not a loop: a hostile text may open with megabytes of space
    pattern = _sentence_end()
    stop_group, gap_group = pattern.groupindex["stop"], pattern.groupindex["gap"]  # numbers: faster than names
    for boundary in pattern.finditer(text, begin):
        stop = boundary.start(stop_group)  # -1 at a line break
        if stop >= 0 and text[stop] == "." and _is_abbreviation(_word_before(text, stop)):
            continue
        end = boundary.start(gap_group)
        while end > begin and text[end - 1] in " \t":  # spaces before a line break
            end -= 1
        if end > begin:
            sentences.append(Sentence(begin, end, text[begin:end]))
        begin = boundary.end()
    end = len(text.rstrip())
    if end > begin:
        sentences.append(Sentence(begin, end, text[begin:end]))
    return sentences


def _word_before(text: str, end: int) -> str:
    """The word that ends at `end`, such as 'Calif' or 'U.S' before a full stop ("DON'T" whole);
    only its last few letters, which is all an abbreviation can have."""
    window = text[max(end - ABBREVIATION_LENGTH, 0):end]
    if window.isalnum():  # most often a long word: no need to walk it letter by letter
        return window
    word = window[window.rfind(" ") + 1:]
    if word.isalnum():  # or a short one after a space
        return word
    start, floor = end, max(end - ABBREVIATION_LENGTH, 0)
    while start > floor and (text[start - 1].isalnum() or text[start - 1] in ".'"):
        start -= 1
    return text[start:end]


def _is_abbreviation(word: str) -> bool:
    """'Mr', 'Calif', 'U.S' or an initial ('J') before a full stop does not end a sentence."""
    return (len(word) == 1 and word.isupper()) or word.lower() in ABBREVIATIONS
