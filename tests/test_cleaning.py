"""Text hygiene: what the extractors read, and spans that map back into the text as read."""
import pytest
import regex
from hypothesis import given, strategies as st

from incident_cli.extract.cleaning import clean

from . import casetable

CASES = casetable.load("cleaning")


@pytest.mark.parametrize("row", CASES)
def test_cleaned_text(row):
    cleaned = clean(row["text"])
    assert (cleaned.text, cleaned.html) == (row["cleaned"], row["html"])


@pytest.mark.parametrize("row", CASES)
def test_words_map_back_to_where_they_were_read(row):
    text = row["text"]
    cleaned = clean(text)
    for word in regex.finditer(r"[\w]+", cleaned.text):
        start, end = cleaned.original_span(word.start(), word.end())
        assert clean(text[start:end]).text.strip() == word.group()


@given(st.lists(st.sampled_from(list("ab <>/&;#p\r\n\u200b\u00ad’—ﬁ½x1") + ["<p>", "&amp;", "<br>"])).map("".join))
def test_any_span_maps_inside_the_text_in_order(text):
    cleaned = clean(text)
    n = len(cleaned.text)
    for start in range(n + 1):
        for end in range(start, min(n, start + 4) + 1):
            a, b = cleaned.original_span(start, end)
            assert 0 <= a <= len(text) and 0 <= b <= len(text)
            if end > start:
                assert a < b
