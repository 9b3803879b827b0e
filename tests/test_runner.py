"""The runner: records formatted where they are parsed, in input order, and a pool that ends cleanly."""
import json
import threading
from pathlib import Path

from incident_cli.inputs import Article, Problem, TextFile, read_articles
from incident_cli.render import jsonl_line
from incident_cli.runner import POOL_THRESHOLD, parse_stream

ARTICLES = [Article(f"a{number}.txt", f"{number} people were killed in Lima on Sunday.")
            for number in range(POOL_THRESHOLD + 10)]


def test_workers_send_back_the_formatted_lines_in_input_order():
    here = list(parse_stream(ARTICLES, formatter=jsonl_line, jobs=1))
    pooled = list(parse_stream(ARTICLES, formatter=jsonl_line, jobs=2))
    assert pooled == here
    assert all(isinstance(line, str) and line.endswith("\n") for line in pooled)
    assert [line.split('"')[3] for line in pooled] == [article.source for article in ARTICLES]


def test_a_finished_pooled_run_leaves_no_thread_behind():
    """A pool left shutting down at exit can print 'Exception ignored ... Bad file descriptor'."""
    before = threading.active_count()
    list(parse_stream(ARTICLES, formatter=jsonl_line, jobs=2))
    assert threading.active_count() == before


def test_a_formatting_error_costs_one_article():
    def fragile(record: dict) -> str:
        if record["source"] == "a1.txt":
            raise ValueError("cannot format")
        return record["source"]

    results = list(parse_stream(ARTICLES[:3], formatter=fragile, jobs=1))
    assert results[0] == "a0.txt" and results[2] == "a2.txt"
    assert isinstance(results[1], Problem) and "internal error" in results[1].message


def test_workers_read_the_files_and_problems_keep_their_place(tmp_path):
    for number in range(POOL_THRESHOLD + 10):
        (tmp_path / f"{number:03}.txt").write_text(f"{number} people were killed in Lima on Sunday.")
    (tmp_path / "010.txt").write_bytes(b"\0binary")
    (tmp_path / "020.txt").write_bytes(b"Caf\xe9 owner killed")
    items = list(read_articles([str(tmp_path), str(tmp_path / "missing.txt")]))
    assert all(isinstance(item, TextFile) for item in items[:-1])  # listed here, read where parsed

    def source(result):
        return result.source if isinstance(result, Problem) else json.loads(result)["source"]

    here = list(parse_stream(items, formatter=jsonl_line, jobs=1))
    pooled = list(parse_stream(items, formatter=jsonl_line, jobs=2))
    assert pooled == here
    problems = [(Path(result.source).name, result.fatal) for result in pooled if isinstance(result, Problem)]
    assert problems == [("010.txt", True), ("020.txt", False), ("missing.txt", True)]
    assert [Path(source(result)).name for result in pooled][19:22] == ["019.txt", "020.txt", "020.txt"]
