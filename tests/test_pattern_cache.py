"""The shipped compiled-pattern cache: it covers every pattern, and it never changes a result."""
import json
import pickle
import subprocess
import sys
from pathlib import Path

import regex

from incident_cli.extract import patterns

ROOT = Path(__file__).resolve().parent.parent


def test_the_shipped_cache_holds_every_pattern_the_extractors_compile():
    check = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_patterns.py"), "--check"],
                           capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr


def case_texts() -> list[str]:
    texts = []
    for table in sorted((ROOT / "tests" / "cases").glob("*.jsonl")):
        texts += [json.loads(line)["text"] for line in table.read_text().splitlines() if line.strip()]
    return texts


def test_every_cached_pattern_matches_what_regex_compiles_from_its_source():
    shipped = patterns.shipped()
    assert shipped, "the cache was built by another regex version: run `make patterns`"
    texts = case_texts()
    for (source, flags, lists), pickled in shipped.items():
        cached = pickle.loads(pickled)
        fresh = regex.compile(source, flags, **{name: list(values) for name, values in lists})
        assert (cached.flags, cached.groupindex) == (fresh.flags, fresh.groupindex)
        for text in texts:
            assert ([m.regs for m in cached.finditer(text)]
                    == [m.regs for m in fresh.finditer(text)]), (source[:80], text)


def test_a_cache_from_another_regex_version_is_not_unpickled(tmp_path, monkeypatch):
    stale = tmp_path / "patterns.pickle"
    with stale.open("wb") as file:
        pickle.dump(("patterns, each pickled on its own", "0.0.0"), file)
        file.write(b"not a pickle at all")  # never read: the version check comes first
    monkeypatch.setattr(patterns, "CACHE_FILE", stale)
    patterns.shipped.cache_clear()
    try:
        assert patterns.shipped() == {}
        assert patterns.compile(r"\d+").pattern == r"\d+"
    finally:
        patterns.shipped.cache_clear()


def test_a_missing_or_broken_cache_file_means_compiling(tmp_path, monkeypatch):
    broken = tmp_path / "patterns.pickle"
    broken.write_bytes(b"\x80garbage")
    for path in (tmp_path / "missing.pickle", broken):
        monkeypatch.setattr(patterns, "CACHE_FILE", path)
        patterns.shipped.cache_clear()
        try:
            assert patterns.shipped() == {}
        finally:
            patterns.shipped.cache_clear()
