"""The runner: records formatted where they are parsed, in input order, and a pool that ends cleanly."""
import threading

from incident_cli.inputs import Article, Problem
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
