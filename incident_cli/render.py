"""Output formats.  Formatting (record -> text) is kept apart from writing (text -> stream).

Each writer's `format` is a plain function, so with `--jobs` it runs in the worker processes:
they send back the finished line (or row), and the main process only writes.  JSON lines and
JSON go through the json module only; rich is imported for the table alone.
"""
from __future__ import annotations

import json
import os
from typing import TextIO

from .model import FIELDS

FORMATS = ("table", "jsonl", "csv", "json")

QUALIFIER_SIGNS = {"at least": "≥ ", "more than": "> ", "about": "≈ ", "up to": "≤ "}
_to_json = json.JSONEncoder(ensure_ascii=False).encode  # made once: json.dumps makes one per call


def jsonl_line(record: dict) -> str:
    return _to_json(record) + "\n"


def json_element(record: dict) -> str:
    return _to_json(record)


def csv_row(record: dict) -> list:
    return ["" if record[field] is None else record[field] for field in FIELDS]


def table_row(record: dict) -> tuple[str, ...]:
    return (record["source"] or "", record["date"] or "", format_place(record),
            format_count(record, "killed"), format_count(record, "wounded"))


def format_count(record: dict, field: str) -> str:
    """'12', '≥ 12', '> 40', '10-15' for a range, 'vague ≥ 12' for 'dozens', or '' when unknown."""
    value, qualifier = record[field], record[f"{field}_qualifier"]
    evidence = record["evidence"].get(field, {})
    if qualifier == "vague":
        return f"vague ≥ {evidence['low']}" if evidence.get("low") else "vague"
    if value is None:
        return ""
    if qualifier == "range" and evidence.get("high") is not None:
        return f"{value}-{evidence['high']}"
    return QUALIFIER_SIGNS.get(qualifier, "") + str(value)


def format_place(record: dict) -> str:
    if record["city"] is None:
        return ""
    return f"{record['city']} ({record['country']})" if record["country"] else record["city"]


class JsonLinesWriter:
    """One JSON object per line, flushed as produced so a pipeline sees each record at once."""

    format = staticmethod(jsonl_line)

    def __init__(self, stream: TextIO):
        self.stream = stream

    def write(self, line: str) -> None:
        self.stream.write(line)
        self.stream.flush()

    def close(self) -> None:
        pass


class JsonWriter:
    """One JSON array, streamed element by element and closed even after an interruption."""

    format = staticmethod(json_element)

    def __init__(self, stream: TextIO):
        self.stream = stream
        self.count = 0

    def write(self, element: str) -> None:
        self.stream.write(("[\n" if self.count == 0 else ",\n") + element)
        self.stream.flush()
        self.count += 1

    def close(self) -> None:
        self.stream.write("\n]\n" if self.count else "[]\n")
        self.stream.flush()


class CsvWriter:
    """The flat fields (no evidence) with a header row, quoted as RFC 4180 says."""

    format = staticmethod(csv_row)

    def __init__(self, stream: TextIO):
        import csv

        self.stream = stream
        self.writer = csv.writer(stream)
        self.writer.writerow(FIELDS)

    def write(self, row: list) -> None:
        self.writer.writerow(row)
        self.stream.flush()

    def close(self) -> None:
        pass


class TableWriter:
    """A rich table for people, drawn once all records are in; colour only on a terminal."""

    format = staticmethod(table_row)

    def __init__(self, stream: TextIO):
        self.stream = stream
        self.rows: list[tuple[str, ...]] = []

    def write(self, row: tuple[str, ...]) -> None:
        self.rows.append(row)

    def close(self) -> None:
        from rich.console import Console
        from rich.markup import escape
        from rich.table import Table

        table = Table("file", "date", "city (country)", "killed", "wounded")
        for row in self.rows:
            table.add_row(*(escape(cell) for cell in row))
        plain = bool(os.environ.get("NO_COLOR"))  # no-color.org: no escape codes at all, not even bold
        Console(file=self.stream, color_system=None if plain else "auto").print(table)


WRITERS = {"jsonl": JsonLinesWriter, "json": JsonWriter, "csv": CsvWriter, "table": TableWriter}
