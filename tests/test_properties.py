"""Properties of `parse_text` on any text: it never raises, the record is sane, evidence slices back."""
import math
import string
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from incident_cli import parse_text
from incident_cli.model import FIELDS

FRAGMENTS = [
    "at least", "more than", "over", "nearly", "some", "up to", "between", "and", "to", "a", "an",
    "one", "twelve", "forty-two", "a dozen", "dozens", "hundreds", "12", "1,200", "1.2 million", "0",
    "people", "civilians", "soldiers", "a man", "a woman", "children", "including", "among them",
    "were", "was", "killed", "dead", "died", "wounded", "injured", "hurt", "no one", "nobody",
    "death toll", "rose to", "killing", "injuring", "others", "shot dead", "in", "near", "the city of",
    "Kyiv", "Ganja", "Paris", "Long Beach, Calif.", "KABUL (Reuters) —", "Lima, 31 Oct 88 (EFE) --",
    "on Sunday", "last night", "yesterday", "October 4, 2020", "Feb. 30", "2019", "a 12-year-old",
    "aged 40", "100 block", "$5 million", "40%", ".", ",", "(", ")", "\n", "\n\n", "“", "”", "’",
    " date 2020-10-17 ", "<p>", "</p>", "&amp;", "&nbsp;", "\u200b", "\u00ad", "\r\n", "—", "ﬁ",
    "AT LEAST 12 PEOPLE WERE KILLED",
]

news_like = st.lists(st.sampled_from(FRAGMENTS), max_size=60).map(" ".join)
any_text = st.text(max_size=400) | st.text(alphabet=string.printable, max_size=400)
publication = st.none() | st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))


def check(text: str, published) -> None:
    incident = parse_text(text, published=published)
    record = incident.to_dict()
    assert list(record) == [*FIELDS, "evidence"]
    for field in ("killed", "wounded"):
        value = record[field]
        assert value is None or (type(value) is int and 0 <= value < 1_000_000_000)
        assert record[f"{field}_qualifier"] in (None, "at least", "more than", "about", "up to", "range", "vague")
    for field in ("published", "date"):
        assert record[field] is None or date.fromisoformat(record[field])
    if record["latitude"] is not None:
        assert -90 <= record["latitude"] <= 90 and -180 <= record["longitude"] <= 180
        assert not math.isnan(record["latitude"])
    for field, evidence in record["evidence"].items():
        assert 0 <= evidence["start"] <= evidence["end"] <= len(text), field
        assert text[evidence["start"]:evidence["end"]] == evidence["text"], field
        assert evidence["rule"], field
    assert parse_text(text, published=published).to_dict() == record  # deterministic


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(any_text, publication)
def test_any_text(text, published):
    check(text, published)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(news_like, publication)
def test_news_like_text(text, published):
    check(text, published)


# Texts the fuzzer (`make fuzz`) found a failure on, kept as regression cases.
FUZZ_FINDINGS = [
    ("U\x03G\x02U, IG IG 7,A I Q DIE\x00G\x00\x18" + "7" + "3" * 99 + " DIE\x00G\x00\x18\x00\x00A0 \x15",
     date(2006, 2, 2)),  # a 100-digit figure in ALL CAPS was a count
]


@pytest.mark.parametrize("text,published", FUZZ_FINDINGS)
def test_fuzz_findings(text, published):
    check(text, published)
