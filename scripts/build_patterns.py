"""Build `incident_cli/data/patterns.pickle`, the compiled-pattern cache that makes start-up fast.

    make patterns         # or: .venv/bin/python scripts/build_patterns.py [--check]

Every pattern the extractors compile goes through `incident_cli.extract.patterns.compile`,
which remembers it.  This script parses the case tables and the seed articles, so that every
extractor compiles its patterns, and saves them.  `--check` saves nothing: it exits 1, naming
the patterns, when some pattern compiled here is missing from the shipped file (the test suite
runs it, so a changed pattern without `make patterns` fails the tests).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from incident_cli import parse_text  # noqa: E402
from incident_cli.extract import patterns  # noqa: E402


def parse_examples() -> None:
    """Parse every case-table text and seed article, compiling the extractors' patterns."""
    for table in sorted((ROOT / "tests" / "cases").glob("*.jsonl")):
        for line in table.read_text(encoding="utf-8").splitlines():
            if line.strip():
                case = json.loads(line)
                parse_text(case["text"], published=case.get("published"))
    for seed in sorted((ROOT / "seeds").glob("*.txt")):
        parse_text(seed.read_text(encoding="utf-8"))


def main(argv: list[str]) -> int:
    parse_examples()
    if "--check" not in argv:
        patterns.save_cache()
        print(f"{len(patterns.compiled_keys)} patterns -> {patterns.CACHE_FILE.relative_to(ROOT)}")
        return 0
    missing = [key[0] for key in patterns.compiled_keys if key not in patterns.shipped()]
    for source in missing:
        print("not in the shipped cache (run `make patterns`):", " ".join(source.split())[:100])
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
