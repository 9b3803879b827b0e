"""Command-line interface (minimal placeholder; the full contract is issue 2)."""
import json
import sys

import typer

app = typer.Typer()


@app.callback()
def root() -> None:
    """Extract incidents from news articles."""


@app.command()
def parse(paths: list[str], format: str = "jsonl") -> None:
    from .core import parse_text
    for path in paths:
        with open(path, encoding="utf-8") as f:
            record = parse_text(f.read(), source=path).to_dict()
        sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")


def main() -> None:
    app()
