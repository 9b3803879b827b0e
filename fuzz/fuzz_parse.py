"""Fuzz target for `parse_text` (atheris): `make fuzz`, or `python fuzz/fuzz_parse.py -max_total_time=N`.

Any crash is a bug: parse_text must never raise, and its record must hold the checks of
tests/test_properties.py.  Crashes found become rows of the regression tests.
"""
import sys
from datetime import date, timedelta

import atheris

with atheris.instrument_imports():
    from incident_cli import parse_text
    from incident_cli.model import FIELDS


def test_one_input(data: bytes) -> None:
    provider = atheris.FuzzedDataProvider(data)
    published = None if provider.ConsumeBool() else date(1980, 1, 1) + timedelta(provider.ConsumeIntInRange(0, 20000))
    text = provider.ConsumeUnicodeNoSurrogates(provider.remaining_bytes())
    record = parse_text(text, published=published).to_dict()
    assert list(record) == [*FIELDS, "evidence"]
    for field in ("killed", "wounded"):
        assert record[field] is None or 0 <= record[field] < 1_000_000_000
    for evidence in record["evidence"].values():
        assert text[evidence["start"]:evidence["end"]] == evidence["text"]


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
