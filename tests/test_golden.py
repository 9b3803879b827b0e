"""The seeds' exact output (`seeds/expected.jsonl`, rebuilt by `make golden`) and the facts it must hold."""
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from incident_cli import cli

ROOT = Path(__file__).parent.parent
SEEDS = sorted(path.name for path in (ROOT / "seeds").glob("*.txt"))

REQUIRED = {
    "000_88d814dcdebed31a.txt": {"date": "2020-10-17", "city": "Ganja", "country_code": "AZ",
                                 "killed": 12, "wounded": 40, "wounded_qualifier": "more than"},
    "004_f1fa78b6cee04fc0.txt": {"date": "2020-10-04", "city": "Ganja", "country_code": "AZ",
                                 "killed": 1, "killed_qualifier": "at least", "wounded": 4},
}


@pytest.fixture(scope="module")
def output(request):
    monkeypatch = pytest.MonkeyPatch()
    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(cli.app, ["parse", "--format", "jsonl", *(f"seeds/{name}" for name in SEEDS)])
    monkeypatch.undo()
    assert result.exit_code == 0, result.stderr
    return result.stdout


def test_seeds_output_is_exactly_the_golden_file(output):
    assert output == (ROOT / "seeds" / "expected.jsonl").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", SEEDS)
def test_seed_facts(output, name):
    [record] = [r for r in map(json.loads, output.splitlines()) if r["source"] == f"seeds/{name}"]
    expected = REQUIRED[name]
    assert {key: record[key] for key in expected} == expected
    article = (ROOT / "seeds" / name).read_text(encoding="utf-8")
    for field in ("date", "city", "killed", "wounded"):
        evidence = record["evidence"][field]
        assert evidence["rule"]
        assert article[evidence["start"]:evidence["end"]] == evidence["text"] != ""
