"""Text hygiene: what the extractors read, and spans that map back into the text as read."""
import pytest
import regex
from hypothesis import given, strategies as st

from incident_cli import parse_text
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


WIRE_COPY = (  # full-width lines, one breaking between 'the village of' and its name
    "LIMA, 31 OCT 88 (EFE) -- AT LEAST TWELVE PEASANTS WERE KILLED AND EIGHT WERE\n"
    "WOUNDED WHEN A COLUMN OF REBELS ATTACKED THE HILLSIDE VILLAGE OF\n"
    "PICHARI IN AYACUCHO DEPARTMENT ON SATURDAY, POLICE SOURCES REPORTED TODAY. THE\n"
    "ATTACKERS BURNED SEVERAL HOUSES AND TOOK FOOD BEFORE FLEEING, THE SOURCES SAID.\n"
)


def test_wrapped_copy_reads_as_the_same_text_unwrapped():
    wrapped = parse_text(WIRE_COPY).to_dict()
    joined = parse_text(WIRE_COPY.replace("\n", " ")).to_dict()
    fields = ("date", "city", "killed", "wounded", "killed_qualifier", "wounded_qualifier")
    assert [wrapped[name] for name in fields] == [joined[name] for name in fields]
    assert (wrapped["city"], wrapped["killed"], wrapped["wounded"]) == ("Pichari", 12, 8)
    evidence = wrapped["evidence"]["wounded"]
    assert WIRE_COPY[evidence["start"]:evidence["end"]] == evidence["text"]
