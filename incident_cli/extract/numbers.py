"""Numbers as news English writes them: '12', '1,200', '1.2 million', 'forty-two', 'a dozen'.

`NUMBER` is the pattern source other patterns embed (compile it with IGNORECASE and VERBOSE);
`parse_number` turns the text it matched into an int.  Vague amounts ('dozens', 'hundreds')
are not numbers: `VAGUE_LOW` gives their conventional low bound instead.
"""
from __future__ import annotations

from functools import cache

import regex

from . import patterns

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
MAX_COUNT = 999_999_999  # no toll is larger: a longer figure is an id, a sum of money or junk

# Vague amounts and the low bound coders conventionally record for them (ACLED: dozens 12,
# hundreds 100); 'many' has none.
VAGUE_LOW = {
    "a few": 2, "few": 2, "several": 3, "a number of": 2, "a handful of": 2, "multiple": 2, "many": None,
    "numerous": None, "dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1000,
    "tens of thousands": 10_000, "hundreds of thousands": 100_000,
}

_WORD = "|".join(patterns.longest_first([*UNITS, *SCALES, "dozen"]))

NUMBER = rf"""
    (?:
        \d{{1,3}}(?:,\d{{3}})++(?![\d,]*\d)       # 1,200 or 12,000,000
      | \d++(?:\.\d+)?+                         # 12, or 1.2 before a scale word
    )
    (?:[ ](?:hundred|thousand|million)\b)?+     # '1.2 million', '12 thousand'
  | (?:an?[ ](?=hundred|thousand|million|dozen))?+  # 'a hundred', 'a dozen'
    (?:{_WORD})\b                               # a number word ...
    (?:                                         # ... and more of them:
        (?:[ -]|[ ]and[ ](?<=(?:hundred|thousand|million)[ ]and[ ]))  # 'forty-two', 'a hundred and twenty'
        (?:{_WORD})\b
    )*+
"""


@cache
def _number_only() -> regex.Pattern:
    return patterns.compile(rf"(?:{NUMBER})\Z", regex.IGNORECASE | regex.VERBOSE)


def parse_number(text: str) -> int | None:
    """The value of a number phrase ('1,200', 'Forty-Two', 'a hundred and twenty'); None if it is not one."""
    text = " ".join(text.split())
    if not _number_only().match(text):
        return None
    words = text.lower().replace("-", " ").replace(",", "").split()
    if words[0][0].isdigit():
        whole, _, fraction = words[0].partition(".")
        if len(whole) > len(str(MAX_COUNT)):
            return None  # an id or junk; int() would also refuse a string of 4,300 digits
        scale = 1
        for word in words[1:]:
            scale *= SCALES[word]
        value = int(whole + fraction) * scale  # exact: '1.2 million' is 12 * 100000
        unit = 10 ** len(fraction)
        return value // unit if value % unit == 0 and value // unit <= MAX_COUNT else None
    total = current = 0
    for word in words:
        if word in ("a", "an", "and"):
            continue
        if word in UNITS:
            current += UNITS[word]
        elif word == "dozen":
            current = (current or 1) * 12
        elif word == "hundred":
            current = (current or 1) * 100
        else:  # thousand, million close a group: 'two hundred thousand'
            total += (current or 1) * SCALES[word]
            current = 0
    return total + current if total + current <= MAX_COUNT else None
