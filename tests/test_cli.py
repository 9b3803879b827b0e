"""The `incident parse` contract through typer's CliRunner; pipes, signals and terminals in subprocesses."""
import csv
import gc
import io
import json
import os
import pty
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from incident_cli import __version__, cli
from incident_cli.model import FIELDS

ROOT = Path(__file__).parent.parent
SEEDS = sorted(str(path.relative_to(ROOT)) for path in (ROOT / "seeds").glob("*.txt"))
KEYS = [*FIELDS, "evidence"]
ARTICLE = "Two people were killed in a blast in the market on Sunday.\n"


def run(*args, input=None, env=None):
    return CliRunner().invoke(cli.app, ["parse", *map(str, args)], input=input, env=env)


def records(output: str) -> list:
    return [json.loads(line) for line in output.splitlines()]


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_version():
    result = CliRunner().invoke(cli.app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout == f"incident {__version__}\n"


def test_python_dash_m_runs_the_same_command():
    result = subprocess.run([sys.executable, "-m", "incident_cli", "--version"],
                            capture_output=True, text=True, check=True)
    assert result.stdout == f"incident {__version__}\n"


def test_the_collector_is_paused_for_start_up_only(article, monkeypatch):
    # Long runs make garbage; start-up does not, so only start-up runs without the collector.
    from incident_cli import runner

    seen = []

    def parse_stream(articles, **options):
        seen.append(gc.isenabled())
        return iter(())

    monkeypatch.setattr(runner, "parse_stream", parse_stream)
    monkeypatch.setattr(sys, "argv", ["incident", "parse", str(article)])
    try:
        with pytest.raises(SystemExit):
            cli.main()
    finally:
        gc.enable()
        gc.unfreeze()
    assert seen == [True]


def test_jsonl_is_the_default_off_a_terminal_with_every_key_in_order(article):
    result = run(article)
    assert result.exit_code == 0, result.stderr
    [record] = records(result.stdout)
    assert list(record) == KEYS
    assert record["source"] == str(article)


def test_output_follows_input_order(tmp_path):
    names = ["b.txt", "a.txt", "c.txt"]
    for name in names:
        (tmp_path / name).write_text(ARTICLE)
    result = run(*(tmp_path / name for name in names))
    assert [Path(r["source"]).name for r in records(result.stdout)] == names


def test_directories_are_walked_recursively_sorted_without_hidden_files(tmp_path):
    for name in ["b.txt", "a/z.txt", "a/y.txt", ".hidden.txt", ".git/x.txt", "c.txt"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(ARTICLE)
    result = run(tmp_path)
    got = [os.path.relpath(r["source"], tmp_path) for r in records(result.stdout)]
    assert got == ["a/y.txt", "a/z.txt", "b.txt", "c.txt"]


def test_stdin_is_a_dash(article):
    result = run("-", article, input=ARTICLE)
    assert [r["source"] for r in records(result.stdout)] == ["-", str(article)]


def test_missing_path_is_one_error_line_and_the_rest_goes_on(article):
    result = run("no-such-file.txt", article)
    assert result.exit_code == 1
    assert result.stderr == "incident: error: no-such-file.txt: No such file or directory\n"
    assert [r["source"] for r in records(result.stdout)] == [str(article)]


def test_unreadable_file_is_reported(article, monkeypatch):
    real_open = open

    def deny(path, *args, **kwargs):
        if str(path) == str(article):
            raise PermissionError(13, "Permission denied")
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr("builtins.open", deny)
    result = run(article)
    assert result.exit_code == 1
    assert result.stderr == f"incident: error: {article}: Permission denied\n"
    assert result.stdout == ""


def test_empty_directory_is_an_error(tmp_path):
    result = run(tmp_path)
    assert result.exit_code == 1
    assert result.stderr == f"incident: error: {tmp_path}: directory has no files\n"


def test_binary_file_is_reported_and_skipped(tmp_path, article):
    binary = tmp_path / "image.bin"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR" + bytes(range(256)))
    result = run(binary, article)
    assert result.exit_code == 1
    assert result.stderr == f"incident: error: {binary}: binary file (NUL bytes), skipped\n"
    assert len(records(result.stdout)) == 1


def test_file_larger_than_max_bytes_is_skipped(article):
    result = run("--max-bytes", 10, article)
    assert result.exit_code == 1
    assert result.stderr == f"incident: error: {article}: larger than --max-bytes (10 bytes)\n"
    assert result.stdout == ""


def test_bad_option_values_are_usage_errors(article):
    assert run("--published", "2020-02-30", article).exit_code == 2
    assert run("--format", "xml", article).exit_code == 2
    assert run("--max-bytes", 0, article).exit_code == 2
    assert run().exit_code == 2


@pytest.mark.parametrize("encoding, prefix", [
    ("utf-8", b""),
    ("utf-8", b"\xef\xbb\xbf"),
    ("utf-16-le", b"\xff\xfe"),
    ("utf-16-be", b"\xfe\xff"),
], ids=["utf-8", "utf-8-bom", "utf-16-le-bom", "utf-16-be-bom"])
def test_unicode_encodings_read_silently(tmp_path, encoding, prefix):
    path = tmp_path / "article.txt"
    text = "Kyiv — “Twelve” people were killed in Gäncä.\n"
    path.write_bytes(prefix + text.encode(encoding))
    result = run(path, "--format", "json")
    assert result.exit_code == 0 and result.stderr == ""
    [record] = json.loads(result.stdout)
    assert record["source"] == str(path)


def test_other_bytes_fall_back_to_cp1252_with_a_warning(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes("Caf\xe9 blast: \x93twelve\x94 killed.".encode("latin-1"))
    result = run(path)
    assert result.exit_code == 0
    assert result.stderr == f"incident: warning: {path}: not valid UTF-8, read as cp1252\n"
    assert len(records(result.stdout)) == 1


def test_jsonl_input_carries_ids_and_reports_bad_lines(tmp_path):
    path = tmp_path / "articles.jsonl"
    lines = [
        json.dumps({"id": "a1", "text": ARTICLE, "published": "2020-10-06"}),
        "{not json",
        json.dumps({"id": "a3", "title": "Blast in market", "text": ARTICLE}),
        json.dumps({"id": "a4"}),
        "",
        json.dumps({"text": ARTICLE, "published": "yesterday"}),
        json.dumps({"text": ARTICLE}),
    ]
    path.write_text("\n".join(lines) + "\n")
    result = run(path)
    assert result.exit_code == 1
    errors = result.stderr.splitlines()
    assert [line.split(": ")[2] for line in errors] == [f"{path}:2", f"{path}:4", f"{path}:6"]
    got = records(result.stdout)
    assert [r["source"] for r in got] == ["a1", "a3", f"{path}:7"]
    assert got[0]["published"] == "2020-10-06"


def test_jsonl_from_stdin_needs_input_jsonl():
    line = json.dumps({"id": "x", "text": ARTICLE}) + "\n"
    result = run("--input", "jsonl", "-", input=line)
    assert [r["source"] for r in records(result.stdout)] == ["x"]


def test_jsonl_line_over_max_bytes_is_skipped(tmp_path):
    path = tmp_path / "articles.jsonl"
    path.write_text(json.dumps({"id": "big", "text": "x" * 500}) + "\n"
                    + json.dumps({"id": "small", "text": "y"}) + "\n")
    result = run("--max-bytes", 100, path)
    assert result.exit_code == 1
    assert result.stderr == f"incident: error: {path}:1: line larger than --max-bytes (100 bytes)\n"
    assert [r["source"] for r in records(result.stdout)] == ["small"]


def test_published_option_is_used_for_every_article(article):
    [record] = records(run("--published", "2021-05-06", article).stdout)
    assert record["published"] == "2021-05-06"


def test_json_format_is_one_array(article):
    result = run("--format", "json", article, article)
    assert [r["source"] for r in json.loads(result.stdout)] == [str(article)] * 2
    assert json.loads(run("--format", "json", "missing.txt").stdout) == []


def test_csv_has_a_header_and_rfc4180_quoting(tmp_path):
    path = tmp_path / 'odd, "name".txt'
    path.write_text(ARTICLE)
    result = run("--format", "csv", path)
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[0] == list(FIELDS)
    assert rows[1][0] == str(path)
    assert '"' + str(path).replace('"', '""') + '"' in result.stdout


def test_table_escapes_markup_in_cells(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("[b]x.txt").write_text(ARTICLE)
    result = run("--format", "table", "[b]x.txt")
    assert result.exit_code == 0
    assert "[b]x.txt" in result.stdout


def test_output_file_is_written_whole_and_takes_its_format_from_the_suffix(tmp_path, article):
    target = tmp_path / "out.csv"
    result = run("-o", target, article)
    assert result.exit_code == 0 and result.stdout == ""
    assert target.read_text().splitlines()[0] == ",".join(FIELDS)
    assert sorted(os.listdir(tmp_path)) == ["article.txt", "out.csv"]  # no temporary file left
    assert target.stat().st_mode & 0o044  # readable by others, as a normal new file


def test_output_file_is_untouched_when_the_run_is_interrupted(tmp_path, article, monkeypatch):
    target = tmp_path / "out.jsonl"
    target.write_text("previous\n")

    def interrupt(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr("incident_cli.runner.parse_text", interrupt)
    result = run("-o", target, article)
    assert result.exit_code == 130
    assert target.read_text() == "previous\n"
    assert sorted(os.listdir(tmp_path)) == ["article.txt", "out.jsonl"]


def test_output_into_a_missing_folder_is_an_error(tmp_path, article):
    result = run("-o", tmp_path / "no" / "out.jsonl", article)
    assert result.exit_code == 1
    assert result.stderr.startswith("incident: error: ") and "No such file or directory" in result.stderr


def test_an_internal_error_costs_one_article_not_the_run(tmp_path, monkeypatch):
    from incident_cli import runner

    real = runner.parse_text

    def fragile(text, **kwargs):
        if "boom" in text:
            raise RuntimeError("boom")
        return real(text, **kwargs)

    monkeypatch.setattr(runner, "parse_text", fragile)
    (tmp_path / "a.txt").write_text("boom")
    (tmp_path / "b.txt").write_text(ARTICLE)
    result = run(tmp_path)
    assert result.exit_code == 1
    assert "internal error" in result.stderr and "Traceback" not in result.stderr
    assert len(records(result.stdout)) == 1


# --- real processes: pipes, signals, terminals -----------------------------------------

def incident(*args, **kwargs):
    return [sys.executable, "-m", "incident_cli", *map(str, args)]


@pytest.fixture
def many_articles(tmp_path):
    path = tmp_path / "many.jsonl"
    path.write_text("".join(json.dumps({"id": str(n), "text": ARTICLE}) + "\n" for n in range(3000)))
    return path


def test_a_closed_pipe_ends_quietly(many_articles):
    result = subprocess.run(" ".join(incident("parse", many_articles)) + " | head -1",
                            shell=True, capture_output=True, text=True)
    assert result.stderr == ""
    assert len(result.stdout.splitlines()) == 1


def test_ctrl_c_exits_130_and_leaves_complete_json_lines(many_articles):
    process = subprocess.Popen(incident("parse", "--input", "jsonl", "-"), stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    process.stdin.write(many_articles.read_bytes()[:20000])
    process.stdin.flush()
    first = process.stdout.readline()  # it is working: the first record is out
    process.send_signal(signal.SIGINT)
    rest = process.stdout.read()  # not communicate(): it would skip what readline() buffered
    stderr = process.stderr.read()
    process.wait(timeout=60)
    assert process.returncode == 130
    assert b"Traceback" not in stderr
    for line in (first + rest).splitlines():
        json.loads(line)


def on_terminal(args, env):
    """Run the command with stdout on a pseudo-terminal; return what it printed."""
    leader, follower = pty.openpty()
    process = subprocess.Popen(incident(*args), stdout=follower, stderr=subprocess.PIPE,
                               env={**os.environ, **env, "COLUMNS": "120"})
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the terminal closed when the process ended
            break
        if not chunk:
            break
        chunks.append(chunk)
    process.wait(timeout=60)
    os.close(leader)
    return b"".join(chunks).decode()


def test_table_is_the_default_on_a_terminal_and_has_colour(article):
    env = {key: value for key, value in os.environ.items() if key != "NO_COLOR"}
    out = on_terminal(["parse", article], {**env, "TERM": "xterm-256color"})
    assert "killed" in out and "\x1b[" in out


def test_no_color_turns_colour_off(article):
    out = on_terminal(["parse", article], {"NO_COLOR": "1", "TERM": "xterm-256color"})
    assert "killed" in out and "\x1b[" not in out


def test_no_colour_when_piped(article):
    result = subprocess.run(incident("parse", "--format", "table", article), capture_output=True,
                            text=True, env={**os.environ, "TERM": "xterm-256color"})
    assert "killed" in result.stdout and "\x1b[" not in result.stdout


def test_jobs_keep_input_order_and_match_a_serial_run(many_articles):
    serial = subprocess.run(incident("parse", "--jobs", "1", many_articles), capture_output=True, check=True)
    parallel = subprocess.run(incident("parse", "--jobs", "2", many_articles), capture_output=True, check=True)
    assert parallel.stdout == serial.stdout
    assert [r["source"] for r in records(parallel.stdout.decode())] == [str(n) for n in range(3000)]


def test_problems_keep_their_place_with_workers(tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_text("".join((json.dumps({"id": str(n), "text": ARTICLE}) if n % 50 else "{bad") + "\n"
                            for n in range(1, 301)))
    result = run("--jobs", "2", path)
    assert result.exit_code == 1
    assert len(records(result.stdout)) == 294 and len(result.stderr.splitlines()) == 6


def test_quiet_drops_warnings_but_not_errors(tmp_path):
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Caf\xe9".encode("latin-1"))
    result = run("--quiet", latin, tmp_path / "missing.txt")
    assert result.stderr == f"incident: error: {tmp_path / 'missing.txt'}: No such file or directory\n"


def test_progress_passes_every_item_through(monkeypatch):
    from incident_cli import progress
    from incident_cli.inputs import Article, Problem

    monkeypatch.setattr(progress, "DELAY_SECONDS", 0.0)
    items = [Article("a", "text", size=4), Problem("b", "bad"), Article("c", "more", size=4)]
    assert list(progress.track(iter(items), total_bytes=8)) == items


# --- file-system conditions ---------------------------------------------------------------

def test_special_files_and_broken_links_in_a_walk_are_reported_not_read(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE)
    os.mkfifo(tmp_path / "b.fifo")  # reading it would wait for a writer forever
    (tmp_path / "c.txt").symlink_to(tmp_path / "gone.txt")
    (tmp_path / "d").symlink_to(tmp_path)  # a loop if followed
    result = run(tmp_path)
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"incident: error: {tmp_path / 'b.fifo'}: not a regular file, skipped",
        f"incident: error: {tmp_path / 'c.txt'}: broken symbolic link",
    ]
    assert [r["source"] for r in records(result.stdout)] == [str(tmp_path / "a.txt")]


def test_a_named_fifo_is_read_like_a_file(tmp_path):
    fifo = tmp_path / "feed"
    os.mkfifo(fifo)
    process = subprocess.Popen(incident("parse", fifo), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    with open(fifo, "w") as writer:
        writer.write(ARTICLE)
    out, err = process.communicate(timeout=60)
    assert process.returncode == 0 and err == b""
    assert records(out.decode())[0]["source"] == str(fifo)


def test_a_broken_symlink_named_directly_is_reported(tmp_path, article):
    link = tmp_path / "link.txt"
    link.symlink_to(tmp_path / "gone.txt")
    result = run(link, article)
    assert result.exit_code == 1
    assert result.stderr == f"incident: error: {link}: No such file or directory\n"
    assert len(records(result.stdout)) == 1


def test_a_file_that_vanishes_before_it_is_read_is_reported(tmp_path, monkeypatch):
    from incident_cli import inputs

    (tmp_path / "a.txt").write_text(ARTICLE)
    (tmp_path / "b.txt").write_text(ARTICLE)
    real_walk = inputs._walk

    def walk_then_delete(directory):
        for path in real_walk(directory):
            yield path
            if str(path).endswith("a.txt"):
                os.unlink(tmp_path / "b.txt")  # gone between listing and reading

    monkeypatch.setattr(inputs, "_walk", walk_then_delete)
    result = run(tmp_path)
    assert result.exit_code == 1
    assert result.stderr == f"incident: error: {tmp_path / 'b.txt'}: No such file or directory\n"
    assert len(records(result.stdout)) == 1


def test_a_full_disk_on_stdout_is_one_error_line(article):
    with open("/dev/full", "w") as full:
        result = subprocess.run(incident("parse", article), stdout=full, stderr=subprocess.PIPE, text=True)
    assert result.returncode == 1
    assert result.stderr == "incident: error: <stdout>: No space left on device\n"


def test_a_full_disk_on_output_leaves_no_half_written_file(tmp_path, article, monkeypatch):
    target = tmp_path / "out.jsonl"
    target.write_text("previous\n")

    def no_space(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", no_space)
    result = run("-o", target, article)
    assert result.exit_code == 1
    assert result.stderr == f"incident: error: {target}: No space left on device\n"
    assert target.read_text() == "previous\n"
    assert sorted(os.listdir(tmp_path)) == ["article.txt", "out.jsonl"]


def test_a_file_that_shrinks_before_it_is_read_is_parsed_as_it_is_then(tmp_path, monkeypatch):
    from incident_cli import inputs

    (tmp_path / "a.txt").write_text(ARTICLE)
    (tmp_path / "b.txt").write_text(ARTICLE * 100)
    real_walk = inputs._walk

    def walk_then_truncate(directory):
        for path in real_walk(directory):
            if str(path).endswith("b.txt"):
                os.truncate(path, 10)
            yield path

    monkeypatch.setattr(inputs, "_walk", walk_then_truncate)
    result = run(tmp_path)
    assert result.exit_code == 0 and result.stderr == ""
    assert len(records(result.stdout)) == 2


def test_a_pattern_timeout_is_a_warning_and_the_record_still_comes(article, monkeypatch):
    from incident_cli.extract import places

    def too_slow(doc):
        raise TimeoutError("regex timed out")

    monkeypatch.setattr(places, "find_city", too_slow)
    result = run(article)
    assert result.exit_code == 0
    assert result.stderr == f"incident: warning: {article}: city skipped: a pattern ran out of time on this text\n"
    [record] = records(result.stdout)
    assert record["city"] is None and record["killed"] == 2


def test_an_overlong_article_is_read_up_to_the_limit_with_a_warning(tmp_path):
    path = tmp_path / "long.txt"
    text = "Four people were killed in Kyiv on Monday. " + "More words follow here. " * 9000
    path.write_text(text)
    result = run(path)
    assert result.exit_code == 0
    assert result.stderr == f"incident: warning: {path}: read only the first 200,000 of {len(text):,} characters\n"
    [record] = records(result.stdout)
    assert record["killed"] == 4 and record["city"] == "Kyiv"
    assert run("--quiet", path).stderr == ""


@pytest.mark.parametrize("value, qualifier, evidence, shown", [
    (12, None, {}, "12"),
    (12, "at least", {}, "≥ 12"),
    (40, "more than", {}, "> 40"),
    (5, "about", {}, "≈ 5"),
    (3, "up to", {}, "≤ 3"),
    (10, "range", {"low": 10, "high": 15}, "10-15"),
    (None, "vague", {"low": 12}, "vague ≥ 12"),
    (None, None, None, ""),
])
def test_table_shows_qualifiers(value, qualifier, evidence, shown):
    from incident_cli.render import format_count

    record = {"killed": value, "killed_qualifier": qualifier,
              "evidence": {} if evidence is None else {"killed": evidence}}
    assert format_count(record, "killed") == shown


def test_html_input_is_read_as_text_and_evidence_points_into_the_html(tmp_path):
    page = "<html><body><h1>Blast</h1><p>Twelve people were&nbsp;<b>killed</b> in the market.</p></body></html>"
    path = tmp_path / "page.html"
    path.write_text(page)
    [record] = records(run(path).stdout)
    assert record["killed"] == 12
    evidence = record["evidence"]["killed"]
    assert evidence["rule"].startswith("html:")
    assert page[evidence["start"]:evidence["end"]] == evidence["text"]
