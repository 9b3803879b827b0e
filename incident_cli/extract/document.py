"""The article as the extractors see it: its text, publication date, and sentence spans."""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from datetime import date
from functools import cache

import regex

from .lexicon import ABBREVIATIONS


@cache
def _seed_dateline() -> regex.Pattern:
    return regex.compile(r"""
        \A\s*date[ ]                     # the seeds' layout: ' date 2020-10-17 ' before the article
        (?P<iso>\d{4}-\d{2}-\d{2})       # the publication date
        \s*                              # then the article itself
        """, regex.VERBOSE)


@cache
def _sentence_end() -> regex.Pattern:
    return regex.compile(r"""
        (?P<stop>[.!?])["'”’)]*            # sentence-final punctuation, maybe closing quotes
        (?P<gap>\s+)                       # then space
        (?=["'“‘(]*[\p{Lu}\d])             # before a capital or a digit
      | (?P<gap>[ \t]*\n\s*+)              # or a line break (headline, paragraph, list item)
        (?![\p{Ll}])                      #   unless a wrapped sentence goes on in lower case
        """, regex.VERBOSE)


@dataclass(frozen=True, slots=True)
class Sentence:
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
    _starts: list[int] = field(default_factory=list, repr=False)

    @classmethod
    def from_text(cls, text: str, published: date | None = None) -> "Document":
        body_start = 0
        seed = _seed_dateline().match(text)
        if seed:
            body_start = seed.end()
        sentences = split_sentences(text, body_start)
        return cls(text, published, body_start, sentences, [s.start for s in sentences])

    @property
    def headline(self) -> Sentence | None:
        """The first sentence of the body: the headline, or the lead's first sentence."""
        return self.sentences[0] if self.sentences else None

    def sentence_at(self, offset: int) -> Sentence:
        """The sentence containing `offset` (the nearest one before it, between sentences)."""
        index = max(bisect.bisect_right(self._starts, offset) - 1, 0)
        return self.sentences[index] if self.sentences else Sentence(0, len(self.text), self.text)


def split_sentences(text: str, start: int = 0) -> list[Sentence]:
    """Split `text[start:]` into sentences with spans; abbreviations ('Mr.', 'Calif.') do not end one."""
    sentences = []
    begin = start
    for boundary in _sentence_end().finditer(text, start):
        if boundary.group("stop") == "." and _is_abbreviation(_word_before(text, boundary.start())):
            continue
        _add(sentences, text, begin, boundary.start("gap"))
        begin = boundary.end()
    _add(sentences, text, begin, len(text))
    return sentences


def _word_before(text: str, end: int) -> str:
    """The word that ends at `end`, such as 'Calif' or 'U.S' before a full stop ("DON'T" whole)."""
    start = end
    while start > end - 24 and start > 0 and (text[start - 1].isalnum() or text[start - 1] in ".'"):
        start -= 1
    return text[start:end]


def _is_abbreviation(word: str) -> bool:
    """'Mr', 'Calif', 'U.S' or an initial ('J') before a full stop does not end a sentence."""
    return (len(word) == 1 and word.isupper()) or word.lower() in ABBREVIATIONS


def _add(sentences: list[Sentence], text: str, begin: int, end: int) -> None:
    while begin < end and text[begin].isspace():
        begin += 1
    while end > begin and text[end - 1].isspace():
        end -= 1
    if end > begin:
        sentences.append(Sentence(begin, end, text[begin:end]))
