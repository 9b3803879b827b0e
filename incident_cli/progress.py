"""A progress bar on stderr for long runs: articles done, rate and time left (rich, loaded late)."""
from __future__ import annotations

import os
import time
from typing import Iterable, Iterator

from .inputs import Article, Problem, TextFile

DELAY_SECONDS = 1.0  # short runs never show a bar


def track(items: Iterable[Article | TextFile | Problem],
          total_bytes: int | None) -> Iterator[Article | TextFile | Problem]:
    """Pass `items` through, drawing progress by bytes read once the run has lasted DELAY_SECONDS."""
    started = time.monotonic()
    done_bytes = done_articles = 0
    bar = None
    try:
        for item in items:
            yield item
            if isinstance(item, Article):
                done_bytes += item.size
                done_articles += 1
            elif isinstance(item, TextFile):
                done_bytes += _size(item.path)
                done_articles += 1
            if bar is None and time.monotonic() - started > DELAY_SECONDS:
                bar, task = _start(total_bytes)
            if bar is not None:
                rate = done_articles / max(time.monotonic() - started, 1e-9)
                bar.update(task, completed=done_bytes, articles=done_articles, rate=rate)
    finally:
        if bar is not None:
            bar.stop()


def _size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:  # gone or unreadable: whoever reads it reports why
        return 0


def _start(total_bytes: int | None):
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TextColumn, TimeRemainingColumn

    bar = Progress(BarColumn(), TextColumn("{task.fields[articles]} articles"),
                   TextColumn("{task.fields[rate]:.0f}/s"), TimeRemainingColumn(),
                   console=Console(stderr=True), transient=True)
    task = bar.add_task("parse", total=total_bytes, articles=0, rate=0.0)
    bar.start()
    return bar, task
