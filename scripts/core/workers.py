"""How many processes the build's independent work runs in: the one definition of the worker count.

ARCHIVE_WORKERS (README, "Building") sets it; by default every core (os.cpu_count()); 1 runs everything in the
build's own process, one piece after the other. The work handed to workers (ingest's files, the search index's
partitions) gives the same files whatever the count: results are gathered in the order of the work, never
in the order workers finish.

Workers are started fresh ("spawn"), not forked: a forked worker shares the build's memory page by page until
either touches a page, and Python touches every object it counts references of, so a fork of a build holding
600 MB would soon hold another 600 MB. A fresh worker holds only what its piece of work needs.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from contextlib import contextmanager
from typing import Any, TypeVar

WORKERS_ENV = "ARCHIVE_WORKERS"
T = TypeVar("T")


def worker_count() -> int:
    """ARCHIVE_WORKERS when set (a whole number, at least 1), else the machine's cores."""
    value = os.environ.get(WORKERS_ENV, "").strip()
    if not value:
        return os.cpu_count() or 1
    if not value.isdigit() or int(value) < 1:
        raise SystemExit(f"{WORKERS_ENV}={value!r}: give a whole number of worker processes, at least 1 "
                         "(1: no workers, everything in the build's own process)")
    return int(value)


class InProcess(Executor):
    """An executor that runs each task at once in this process (worker count 1): the serial build."""

    def submit(self, fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> Future[T]:
        future: Future[T] = Future()
        try:
            future.set_result(fn(*args, **kwargs))
        except BaseException as error:  # raised again by result(), as a worker's would be
            future.set_exception(error)
        return future


@contextmanager
def pool(tasks: int, workers: int | None = None) -> Iterator[Executor]:
    """An executor for `tasks` independent pieces of work: worker processes (at most one per task; workers:
    the count, default worker_count()), or this process alone when that comes to one."""
    count = min(worker_count() if workers is None else workers, tasks)
    if count <= 1:
        yield InProcess()
        return
    with ProcessPoolExecutor(max_workers=count, mp_context=multiprocessing.get_context("spawn")) as executor:
        yield executor
