"""Parse a stream of articles into records, here or in worker processes, always in input order.

Work goes to the workers in batches, with only a few batches in flight, so memory stays flat
however long the input is.  A handful of articles is parsed in this process: starting
workers would cost more than it saves.
"""
from __future__ import annotations

import os
import signal
from collections import deque
from datetime import date
from itertools import chain, islice
from typing import Callable, Iterable, Iterator

from .core import parse_text
from .inputs import Article, Problem, TextFile, read_text_file

BATCH_SIZE = 32  # articles per task: amortises the cost of shipping work to a process
POOL_THRESHOLD = 64  # fewer articles than this are parsed here, without workers
BATCHES_PER_WORKER = 2  # in flight at once: keeps workers busy, memory bounded


def parse_stream(items: Iterable[Article | TextFile | Problem], *, formatter: Callable[[dict], object],
                 published: date | None = None, jobs: int | None = None) -> Iterator[object | Problem]:
    """Results in input order: `formatter(record)` for each article (text files read on the way);
    problems pass through in place.

    `formatter` (a module-level function: workers receive it by name) runs where the article is
    parsed, so workers send back finished output, cheaper to ship than a record.
    `jobs` None means: all cores when there are enough articles to pay for the workers.
    """
    items = iter(items)
    head = list(islice(items, POOL_THRESHOLD))
    workers = jobs or os.cpu_count() or 1
    if workers == 1 or (jobs is None and len(head) < POOL_THRESHOLD):
        for item in chain(head, items):
            yield from _parse(item, published, formatter)
        return
    from concurrent.futures import ProcessPoolExecutor  # only now: a short run never pays for it
    from multiprocessing import get_context

    pool = ProcessPoolExecutor(workers, mp_context=get_context("fork"), initializer=_ignore_ctrl_c)
    try:
        pending: deque = deque()
        for batch in _batches(chain(head, items), BATCH_SIZE):
            pending.append(pool.submit(_parse_batch, batch, published, formatter))
            if len(pending) >= workers * BATCHES_PER_WORKER:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    except BaseException:  # Ctrl-C, or the reader went away: stop without waiting for the workers
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    # All done, so waiting costs nothing; without it the pool's thread may still be closing its
    # pipe when Python exits, which then prints 'Exception ignored ... Bad file descriptor'.
    pool.shutdown()


def _parse(item: Article | TextFile | Problem, published: date | None,
           formatter: Callable[[dict], object]) -> list[object | Problem]:
    """The formatted record for an article, after a warning for each of its problems; a Problem as it is."""
    if isinstance(item, Problem):
        return [item]
    if isinstance(item, TextFile):
        return [result for read in read_text_file(item) for result in _parse(read, published, formatter)]
    try:
        incident = parse_text(item.text, published=published or item.published, source=item.source)
        formatted = formatter(incident.to_dict())
    except Exception as error:  # a bug must cost one article, never the run
        return [Problem(item.source, f"internal error: {error!r}")]
    return [*(Problem(item.source, warning, fatal=False) for warning in incident.warnings), formatted]


def _parse_batch(batch: list, published: date | None, formatter: Callable[[dict], object]) -> list:
    return [result for item in batch for result in _parse(item, published, formatter)]


def _batches(items: Iterator, size: int) -> Iterator[list]:
    while batch := list(islice(items, size)):
        yield batch


def _ignore_ctrl_c() -> None:
    """Workers leave Ctrl-C to the main process, which stops them and exits 130."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
