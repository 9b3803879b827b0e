"""Sentence splitting: abbreviations do not end a sentence, and the quick word look-up agrees
with reading the word letter by letter."""
from hypothesis import given, strategies as st

from incident_cli.extract.document import ABBREVIATION_LENGTH, _word_before, split_sentences


def test_abbreviations_and_initials_do_not_end_a_sentence():
    text = "  Mr. J. Doe of Calif. said 3 died. U.S. officials agreed.\nA new line  \n"
    assert [sentence.text for sentence in split_sentences(text)] == [
        "Mr. J. Doe of Calif. said 3 died.", "U.S. officials agreed.", "A new line"]


def word_letter_by_letter(text: str, end: int) -> str:
    start, floor = end, max(end - ABBREVIATION_LENGTH, 0)
    while start > floor and (text[start - 1].isalnum() or text[start - 1] in ".'"):
        start -= 1
    return text[start:end]


@given(st.text(alphabet="aA .'\"(\n\tK1²_-éİ", max_size=14), st.data())
def test_the_word_before_a_stop_is_the_one_read_letter_by_letter(text, data):
    end = data.draw(st.integers(0, len(text)))
    assert _word_before(text, end) == word_letter_by_letter(text, end)
