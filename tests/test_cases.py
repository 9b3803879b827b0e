"""Every row of every case table through `parse_text`: the record must hold the expected fields."""
import pytest

from incident_cli import parse_text

from . import casetable


def check(row: dict) -> None:
    record = parse_text(row["text"], published=row.get("published")).to_dict()
    got = {field: record[field] for field in row["expect"]}
    assert got == row["expect"]
    for field, text in row.get("evidence", {}).items():
        assert record["evidence"][field]["text"] == text


@pytest.mark.parametrize("row", casetable.load("counts"))
def test_counts(row):
    check(row)


@pytest.mark.parametrize("row", casetable.load("dates"))
def test_dates(row):
    check(row)


@pytest.mark.parametrize("row", casetable.load("places"))
def test_places(row):
    check(row)
