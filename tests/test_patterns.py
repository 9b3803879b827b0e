"""The time limit on whole-text scans: a runaway pattern stops with TimeoutError, and the field is skipped."""
import pytest

from incident_cli import parse_text
from incident_cli.extract import patterns, places


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
