"""Bounds on hostile input: a runaway pattern stops at its time limit (the field is skipped), and the count grammar reads a bounded part of a text."""
import pytest

from incident_cli import parse_text
from incident_cli.extract import casualties, patterns, places
from incident_cli.extract.document import Document


def test_a_runaway_scan_stops_at_the_time_limit(monkeypatch):
    monkeypatch.setattr(patterns, "TIMEOUT_SECONDS", 0.05)
    runaway = patterns.timed(r"(?:a|aa)+$")  # exponential on 'aaa...b'
    with pytest.raises(TimeoutError):
        list(runaway.finditer("a" * 60 + "b"))


def test_parse_text_skips_a_field_whose_scan_runs_out_of_time(monkeypatch):
    def runaway():
        return patterns.timed(r"(?:\w|\w\w)+$")

    monkeypatch.setattr(patterns, "TIMEOUT_SECONDS", 0.05)
    monkeypatch.setattr(places, "_name_run", runaway)
    incident = parse_text("Twelve people were killed in Kyiv " + "a" * 60 + "!")
    assert incident.city is None
    assert incident.killed.value == 12
    assert incident.warnings == ("city skipped: a pattern ran out of time on this text",)


def test_counts_read_at_most_the_first_characters_of_a_runaway_sentence():
    filler = "and then the crowd walked on " * 80  # one 'sentence' of 2,320 characters
    assert parse_text("Two people were killed " + filler).killed.value == 2
    assert parse_text(filler + "while two people were killed").killed is None


def test_counts_read_a_bounded_number_of_sentences_naming_casualties():
    early = "Nobody was hurt in the fire. " * casualties.MAX_SENTENCES_READ
    assert parse_text(early + "Later, three people were killed in the blast.").killed is None
    assert parse_text("Later, three people were killed in the blast.").killed.value == 3


def test_counts_try_a_bounded_number_of_trigger_words_in_one_sentence():
    trigger_words = "hurt, " * casualties.MAX_WORDS_TRIED  # each one a verb the grammar must try
    assert parse_text(trigger_words + "and later two people were killed").killed is None
    fewer = "hurt, " * (casualties.MAX_WORDS_TRIED - 2)
    assert parse_text(fewer + "and later two people were killed").killed.value == 2


def test_counts_read_a_repeated_sentence_once():
    once = Document.from_text("Two people were killed and five were hurt.")
    again = Document.from_text("Two people were killed and five were hurt. " * 50)
    assert len(casualties.find_candidates(again)) == len(casualties.find_candidates(once)) == 2


def test_counts_recase_only_the_sentences_they_read_in_all_caps_text():
    lead = "JUAN PEREZ, 25, WAS KILLED IN LIMA. "
    later = "MARIA LOPEZ WALKED HOME. "  # no casualty named: read only in the lead
    recased = casualties._recased(Document.from_text(lead + later * (casualties.LEAD_SENTENCES + 2)))
    # a lone unknown word ('LIMA') is no name; two in a row are ('MARIA LOPEZ')
    assert recased.text.startswith("Juan Perez, 25, was killed in lima. Maria Lopez walked home. ")
    assert recased.text.rstrip().endswith(". maria lopez walked home.")
    assert parse_text(lead + later * 500).killed.value == 1


def test_counts_read_mixed_case_text_as_it_is():
    assert casualties._recased(Document.from_text("Juan Perez, 25, was killed in LIMA. ")) is None
