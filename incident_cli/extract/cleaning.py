"""Text hygiene before extraction, with a map back to the text as read.

The extractors read a cleaned copy: curly quotes made plain, dashes made hyphens or em dashes, odd spaces made plain,
zero-width characters and soft hyphens dropped, CRLF made LF, compatibility characters NFKC
folded, the line breaks of copy wrapped at a fixed width made spaces, and, when the input is
HTML, markup stripped and entities decoded.  Every evidence span
is mapped back through `Cleaned.original_span`, so `text[start:end]` is the evidence text in the
article as the user gave it.
"""
from __future__ import annotations

import bisect
import unicodedata
from dataclasses import dataclass
from functools import cache

import regex

from . import patterns

# One character for one character: offsets do not move.
_PLAIN = {
    "‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'",
    "“": '"', "”": '"', "„": '"', "‟": '"', "″": '"',
    "‐": "-", "‑": "-", "‒": "-", "–": "-", "−": "-",  # hyphens, en dash, minus: a hyphen
    "―": "—",  # the bar: an em dash, which stays as it is (it sets off asides: 'people—including')
    "\u00a0": " ", "\u2007": " ", "\u2009": " ", "\u200a": " ", "\u202f": " ", "\u205f": " ",
    "\u3000": " ", "\t": " ", "\v": " ", "\f": " ",
}
_INVISIBLE = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff")  # soft hyphen, zero-width characters
_SPECIAL = frozenset(_PLAIN) | _INVISIBLE


@cache
def _html_signal() -> regex.Pattern:
    return patterns.compile(r"""
        <(?:!doctype|html|body|p|div|br|span|a|h[1-6]|li|table|script)\b   # a common HTML tag
      | &(?:[a-z]{2,8}|\#\d{1,7}|\#x[0-9a-f]{1,6});                         # or an entity
        """, regex.VERBOSE | regex.IGNORECASE)


@cache
def _changes(html_input: bool, fold: bool) -> regex.Pattern:
    markup = r"""
        (?P<drop><(?P<hidden>script|style|noscript)\b[^>]{0,2000}>   # a script or style element
            [^<]*+(?:<(?!/(?P=hidden)\s*>)[^<]*+)*+                  #   whatever it holds
            (?:</(?P=hidden)\s*>)?                                   #   to its end tag
          | <!--.*?(?:-->|\Z)                                        # a comment
          | <(?=[a-z!?/])                                            # or any tag,
            (?P<block>/?(?:p|div|br|li|tr|h[1-6]|table|ul|ol|blockquote|section|article|header|footer|title)\b)?
            [^<>]{0,2000}>)                                          #   block tags break the line
      | (?P<entity>&(?:[a-z]{2,8}\d{0,2}|\#\d{1,7}|\#x[0-9a-f]{1,6});)  # an entity, decoded
      |""" if html_input else ""
    compatibility = r"""
      | (?P<compat>[^\x00-\x7f])                          # maybe an NFKC-compatibility character
        """ if fold else ""
    return patterns.compile(markup + r"""
        (?P<newline>\r\n?)                                # CRLF and CR become LF
      | (?P<invisible>[\u00ad\u200b-\u200d\u2060\ufeff])  # soft hyphen, zero-width characters: dropped
        """ + compatibility, regex.VERBOSE | regex.IGNORECASE | regex.DOTALL)


@dataclass(frozen=True, slots=True)
class Cleaned:
    """The cleaned text, and for each piece that changed, its span here and in the text as read."""

    text: str
    html: bool
    _starts: tuple[int, ...] = ()  # where each changed piece starts in `text`
    _ends: tuple[int, ...] = ()  # and ends
    _original: tuple[tuple[int, int], ...] = ()  # the span it came from in the text as read

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The span in the text as read that `text[start:end]` came from."""
        return self._map(start, bisect.bisect_right(self._starts, start) - 1, is_end=False), \
            self._map(end, bisect.bisect_left(self._starts, end) - 1, is_end=True)

    def _map(self, offset: int, piece: int, is_end: bool) -> int:
        """Through the last changed piece before `offset`: a start takes the piece it falls in
        from its beginning, an end to its end; after a piece the shift is its change in length."""
        if piece < 0:
            return offset
        original_start, original_end = self._original[piece]
        if offset >= self._ends[piece]:
            return original_end + offset - self._ends[piece]
        return original_end if is_end else original_start


def clean(text: str) -> Cleaned:
    """The cleaned text and its map; text with nothing to change comes back as it is."""
    found = _specials(text)
    plain = _plain(text, found)  # one character for one: offsets stay
    html_input = ("<" in plain or "&" in plain) and bool(_html_signal().search(plain, timeout=1.0))
    fold = not plain.isascii() and not unicodedata.is_normalized("NFKC", plain)
    if not (html_input or fold or "\r" in plain or found & _INVISIBLE):
        return Cleaned(_unwrapped(plain), False)
    pieces, starts, ends, shifts = [], [], [], []
    length = last = 0
    for change in _changes(html_input, fold).finditer(plain):
        replacement = _replacement(change)
        if replacement is None:
            continue
        pieces.append(plain[last:change.start()])
        length += change.start() - last
        starts.append(length)
        pieces.append(replacement)
        length += len(replacement)
        ends.append(length)
        shifts.append((change.start(), change.end()))
        last = change.end()
    pieces.append(plain[last:])
    return Cleaned(_unwrapped("".join(pieces)), html_input, tuple(starts), tuple(ends), tuple(shifts))


WRAP_MIN_LINE = 40  # a shorter line before a line break is a headline or a paragraph's last line
WRAP_MAX_LINE = 100  # a longer one is a web page's paragraph, not copy wrapped at a width
WRAP_SAMPLE = 20_000  # characters looked at to tell wrapped copy
_SENTENCE_FINAL = frozenset(".!?:;\"')")


def _unwrapped(text: str) -> str:
    """Wrapped copy ('LIMA, 31 OCT 88 (EFE) -- TERRORISTS KILLED\n12 PEASANTS ...') with each
    line break inside a sentence made a space (one for one: offsets stay), so that a sentence
    reads on across lines; other text as it is."""
    if text.count("\n", 0, WRAP_SAMPLE) < 2 or not _is_wrapped(text[:WRAP_SAMPLE].split("\n")):
        return text
    lines = text.split("\n")
    joins = [_mid_sentence(line) and bool(after.strip()) for line, after in zip(lines, lines[1:])]
    return "".join(line + (" " if join else "\n") for line, join in zip(lines, joins)) + lines[-1]


def _is_wrapped(lines: list[str]) -> bool:
    """No line is longer than a wrap width, and most line breaks inside paragraphs come after a
    full-width line that stops mid-sentence."""
    if max(map(len, lines)) > WRAP_MAX_LINE:
        return False
    breaks = [line for line, after in zip(lines, lines[1:]) if line.strip() and after.strip()]
    wraps = sum(map(_mid_sentence, breaks))
    return wraps >= 2 and 2 * wraps > len(breaks)


def _mid_sentence(line: str) -> bool:
    """A line of wrapped copy: full width, and no sentence ends with it."""
    line = line.rstrip()
    return WRAP_MIN_LINE <= len(line) <= WRAP_MAX_LINE and line[-1] not in _SENTENCE_FINAL


def _specials(text: str) -> set[str]:
    """The characters of `text` that cleaning changes in place or drops (ASCII has only tabs)."""
    if text.isascii() and "\t" not in text and "\v" not in text and "\f" not in text:
        return set()
    return {char for char in _SPECIAL if char in text}  # a search per character: faster than one regex scan


def _plain(text: str, found: set[str]) -> str:
    """Curly quotes, odd dashes and odd spaces made plain (each one for one, so offsets stay)."""
    for char in found & _PLAIN.keys():
        text = text.replace(char, _PLAIN[char])
    return text


def _replacement(change: regex.Match) -> str | None:
    """What a matched piece becomes, or None to keep it as it is."""
    kind = change.lastgroup
    if kind == "newline":
        return "\n"
    if kind == "invisible":
        return ""
    if kind == "entity":
        import html  # only HTML input pays for its entity table (~1 ms at start-up)

        entity = html.unescape(change.group())
        return _plain(entity, _specials(entity))
    if kind == "compat":
        folded = unicodedata.normalize("NFKC", change.group())
        return None if folded == change.group() or len(folded) > 8 else folded
    return "\n" if change.group("block") else ""  # markup: block tags break the line, the rest goes
