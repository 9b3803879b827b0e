"""Text hygiene: what the extractors read, and spans that map back into the text as read."""
import pytest
import regex
from hypothesis import given, strategies as st

from incident_cli.extract.cleaning import clean

CASES = [
    ("plain-ascii-untouched", "Twelve people were killed.", "Twelve people were killed.", False),
    ("crlf-and-cr", "Twelve\r\npeople\rkilled", "Twelve\npeople\nkilled", False),
    ("curly-quotes-and-dashes", "“Twelve” people – 12 — ‘killed’", '"Twelve" people - 12 - \'killed\'', False),
    ("odd-spaces", "twelve\u00a0people\u202fkilled\tthere", "twelve people killed there", False),
    ("zero-width-and-soft-hyphen", "kil\u00adled in Kyi\u200bv\ufeff", "killed in Kyiv", False),
    ("nfkc-fullwidth-digits-ligature", "１２ people ﬂed", "12 people fled", False),
    ("accents-kept", "Gäncä, Kraków", "Gäncä, Kraków", False),
    ("html-markup", "<p>Twelve &amp; more<br/>were <b>killed</b></p>", "\nTwelve & more\nwere killed\n", True),
    ("html-script-and-comment", "<div>a<script>if (a<b) x();</script><!-- note -->b</div>", "\nab\n", True),
    ("html-numeric-entities", "<p>&#8220;ok&#x201D; &nbsp;x</p>", '\n"ok"  x\n', True),
    ("less-than-is-not-a-tag", "<p>a < b and c > d</p>", "\na < b and c > d\n", True),
    ("entities-alone-are-html-escaped-text", "x &amp; y < z", "x & y < z", True),
    ("no-html-without-markup", "x & y < z; a<b", "x & y < z; a<b", False),
]


@pytest.mark.parametrize("text, expected, is_html", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_cleaned_text(text, expected, is_html):
    cleaned = clean(text)
    assert (cleaned.text, cleaned.html) == (expected, is_html)


@pytest.mark.parametrize("text", [c[1] for c in CASES], ids=[c[0] for c in CASES])
def test_words_map_back_to_where_they_were_read(text):
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
