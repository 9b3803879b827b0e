"""`make bench`: the speed figures of issue 6 as ratios measured in one run on this machine.

    python bench/run.py [--quick] [--out bench/results.md]

- throughput: `incident parse --format jsonl DIR/*.txt` over the gva-dev articles, against
  bench/floor.py (read, one regex, one JSON line) on the same files;
- start-up: parsing one seed against bench/bare_typer.py printing one line;
- memory: peak RSS streaming 10k and 100k JSON-lines articles (1k and 10k with --quick);
- scaling: parse_text on a 1 MB article against a 1 KB one (about 1,000x is linear).
Absolute times are printed for context only: the machine is shared and noisy.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
PYTHON = sys.executable
INCIDENT = str(Path(PYTHON).parent / "incident")


def wall(command: list[str], stdin: str | None = None) -> float:
    """Seconds for one run of `command`, output discarded."""
    started = time.perf_counter()
    with open(stdin or os.devnull, "rb") as source:
        subprocess.run(command, stdin=source, stdout=subprocess.DEVNULL, check=True)
    return time.perf_counter() - started


def best_of(runs: int, *commands: list[str]) -> list[float]:
    """The fastest of `runs` interleaved runs of each command (interleaving shares the noise)."""
    times: list[list[float]] = [[] for _ in commands]
    for _ in range(runs):
        for index, command in enumerate(commands):
            times[index].append(wall(command))
    return [min(each) for each in times]


def throughput(workdir: Path, runs: int) -> dict:
    folder = workdir / "gva"
    subprocess.run([PYTHON, str(SHARED / "eval" / "evaluate.py"), str(SHARED / "corpus" / "gva-dev.jsonl"),
                    "--cmd", "true", "--keep", str(folder)], check=True, stdout=subprocess.DEVNULL)
    files = sorted(str(path) for path in folder.glob("*.txt"))
    floor, tool = best_of(runs, [PYTHON, str(ROOT / "bench" / "floor.py"), *files],
                          [INCIDENT, "parse", "--format", "jsonl", *files])
    return {"articles": len(files), "floor_s": floor, "incident_s": tool, "ratio": tool / floor,
            "articles_per_s": len(files) / tool}


def startup(runs: int) -> dict:
    # An installed package has its bytecode compiled, as typer's and pydantic's have; an editable
    # one run with PYTHONDONTWRITEBYTECODE set never gets it, and would pay ~25 ms a run to compile.
    subprocess.run([PYTHON, "-m", "compileall", "-q", str(ROOT / "incident_cli")], check=True,
                   stdout=subprocess.DEVNULL)
    seed = str(ROOT / "seeds" / "000_88d814dcdebed31a.txt")
    bare_command = [PYTHON, str(ROOT / "bench" / "bare_typer.py")]
    tool_command = [INCIDENT, "parse", "--format", "jsonl", seed]
    bare_times, tool_times = [], []
    for _ in range(runs):
        bare_times.append(wall(bare_command))
        tool_times.append(wall(tool_command))
    bare, tool = statistics.median(bare_times), statistics.median(tool_times)
    return {"bare_typer_s": bare, "incident_s": tool, "ratio": tool / bare}


def peak_rss_mb(command: list[str], stdin: str) -> float:
    """Peak resident memory of the largest process `command` started (it and its workers), in MB."""
    probe = ("import resource, subprocess, sys;"
             "subprocess.run(sys.argv[2:], stdin=open(sys.argv[1], 'rb'), stdout=subprocess.DEVNULL, check=True);"
             "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    out = subprocess.run([PYTHON, "-c", probe, stdin, *command], capture_output=True, text=True, check=True)
    return int(out.stdout) / 1024


def memory(workdir: Path, sizes: tuple[int, int]) -> dict:
    texts = [json.loads(line)["text"] for line in open(SHARED / "corpus" / "gva-dev.jsonl", encoding="utf-8")]
    texts = [text for text in texts if len(text) < 20_000]
    result = {}
    for size in sizes:
        path = workdir / f"articles-{size}.jsonl"
        with open(path, "w", encoding="utf-8") as out:
            for number in range(size):
                out.write(json.dumps({"id": str(number), "text": texts[number % len(texts)]}) + "\n")
        result[f"peak_rss_mb_{size}"] = peak_rss_mb([INCIDENT, "parse", "--input", "jsonl", "-"], str(path))
    small, large = (result[f"peak_rss_mb_{size}"] for size in sizes)
    result["growth"] = large / small
    return result


def scaling() -> dict:
    sys.path.insert(0, str(ROOT))
    from incident_cli import parse_text

    seed = "\n\n".join(path.read_text(encoding="utf-8") for path in sorted((ROOT / "seeds").glob("*.txt")))
    small = seed[:1000]
    large = (seed * (1_000_000 // len(seed) + 1))[:1_000_000]
    parse_text(small)  # patterns compiled, gazetteer opened

    def seconds(text: str, repeat: int) -> float:
        started = time.perf_counter()
        for _ in range(repeat):
            parse_text(text, published="2020-10-17")
        return (time.perf_counter() - started) / repeat

    one_kb = min(seconds(small, 1000) for _ in range(3))
    one_mb = min(seconds(large, 1) for _ in range(3))
    return {"one_kb_s": one_kb, "one_mb_s": one_mb, "ratio": one_mb / one_kb}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer runs and smaller inputs")
    parser.add_argument("--out", default=str(ROOT / "bench" / "results.md"))
    args = parser.parse_args()
    runs = 2 if args.quick else 3
    with tempfile.TemporaryDirectory(prefix="incident-bench-") as tmp:
        workdir = Path(tmp)
        results = {
            "throughput": throughput(workdir, runs),
            "startup": startup(10 if args.quick else 20),
            "memory": memory(workdir, (1_000, 10_000) if args.quick else (10_000, 100_000)),
            "scaling": scaling(),
        }
    kind = ", --quick" if args.quick else ""
    lines = [f"# Benchmark results ({time.strftime('%Y-%m-%d')}, {os.cpu_count()} cores{kind})", "",
             "| measure | ratio / figure | target |", "|---|---|---|"]
    t, s, m, c = (results[key] for key in ("throughput", "startup", "memory", "scaling"))
    lines += [
        f"| throughput: incident / floor wall time, {t['articles']} gva-dev articles "
        f"| {t['ratio']:.2f}x ({t['articles_per_s']:.0f} articles/s) | <= 2.5x |",
        f"| start-up: incident on one seed / bare Typer app | {s['ratio']:.2f}x | <= 1.3x |",
        f"| memory: peak RSS streaming {', '.join(k.split('_')[-1] for k in m if k.startswith('peak'))} articles "
        f"| {' MB, '.join(f'{v:.0f}' for k, v in m.items() if k.startswith('peak'))} MB "
        f"(growth {m['growth']:.2f}x) | < 150 MB, within 1.10x |",
        f"| scaling: parse_text on 1 MB / on 1 KB | {c['ratio']:.0f}x | about 1,000x |",
        "", "Raw figures (seconds, MB):", "", "```", json.dumps(results, indent=2), "```", "",
    ]
    Path(args.out).write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
