"""The number parser, and the casualty grammar that reads its numbers on any text."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from incident_cli.extract.casualties import find_candidates, find_counts
from incident_cli.extract.document import Document
from incident_cli.extract.numbers import parse_number

NUMBERS = [
    ("12", 12), ("1,200", 1200), ("12,000,000", 12_000_000), ("1.2 million", 1_200_000),
    ("2.5 thousand", 2500), ("12 thousand", 12_000), ("twelve", 12), ("Twelve", 12),
    ("TWELVE", 12), ("forty-two", 42), ("Forty-Two", 42), ("twenty one", 21),
    ("a hundred and twenty", 120), ("three hundred and five", 305), ("one hundred thousand", 100_000),
    ("two million", 2_000_000), ("a dozen", 12), ("two dozen", 24), ("zero", 0),
    ("999,999,999", 999_999_999),
]
NOT_NUMBERS = ["", "one and two", "1.5", "1,2", "dozens", "hundreds", "several", "twelve people",
               # a billion or more is no toll: an id, a sum of money or junk
               "1,000,000,000", "99999999999999999999", "5" * 5000, " ".join(["million"] * 2000)]


@pytest.mark.parametrize("text,value", NUMBERS, ids=[text for text, _ in NUMBERS])
def test_parse_number(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("text", NOT_NUMBERS, ids=[repr(text[:24]) for text in NOT_NUMBERS])
def test_not_a_number(text):
    assert parse_number(text) is None


PIECES = list("0123456789 ,.-–\n'’(aeiknlorstdwh") + [
    " killed", " were", " dead", " wounded", " no one", " at least", " people", " a man", " Two",
    " shot", " dozens of", " between", " and", " including", " the death toll rose to ", " Jane Doe"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=60).map("".join) | st.text(max_size=200))
def test_counts_never_raise_and_keep_their_spans(text):
    for candidate in find_candidates(Document.from_text(text)):
        mention = candidate.mention
        assert text[mention.start:mention.end] == mention.text


BOUNDS = [
    ("At least 15 people were killed.", 15, "at least", 15, None),
    ("More than 15 people were killed.", 15, "more than", 16, None),
    ("Up to 15 people were killed.", 15, "up to", None, 15),
    ("About 15 people were killed.", 15, "about", None, None),
    ("Between 10 and 15 people were killed.", 10, "range", 10, 15),
    ("Dozens of people were killed.", None, "vague", 12, None),
    ("Hundreds of people were killed.", None, "vague", 100, None),
]


@pytest.mark.parametrize("text,value,qualifier,low,high", BOUNDS, ids=[row[0] for row in BOUNDS])
def test_count_bounds(text, value, qualifier, low, high):
    killed, _ = find_counts(Document.from_text(text))
    assert (killed.value, killed.qualifier, killed.low, killed.high) == (value, qualifier, low, high)


def test_every_trigger_has_a_stem():
    """A sentence is read only if it holds a trigger stem: every lexicon phrase must have one."""
    from incident_cli.extract import casualties, lexicon

    phrases = [*lexicon.KILLED_AFTER, *lexicon.KILLED_BEFORE, *lexicon.WOUNDED_AFTER,
               *lexicon.WOUNDED_BEFORE, *lexicon.HURT_AFTER, *lexicon.SHOT_AFTER, *lexicon.SHOT_BEFORE]
    assert [phrase for phrase in phrases if not any(stem in phrase for stem in casualties._STEMS)] == []
