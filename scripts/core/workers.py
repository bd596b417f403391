"""How many processes the build's independent work runs in: the one definition of the worker count.

ARCHIVE_WORKERS (README, "Building") sets it; by default every core (os.cpu_count()); 1 runs everything in the
build's own process, one piece after the other. The work handed to workers (ingest's files, the search index's
partitions) gives the same files whatever the count: results are gathered in the order of the work, never
in the order workers finish.

Workers are started fresh ("spawn"), not forked: a forked worker shares the build's memory page by page until
either touches a page, and Python touches every object it counts references of, so a fork of a build holding
600 MB would soon hold another 600 MB. A fresh worker holds only what its piece of work needs.

Work driven from another thread (the search index built beside the engine) can be given up at once (Cancel):
no piece is handed out after it is set, the worker processes of its pool are stopped where they are, and what
waited on them raises, so the thread ends within moments instead of finishing work nobody will use.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Callable, Iterable, Iterator
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


class Cancelled(Exception):
    """The work was given up (its Cancel was set)."""


class Cancel:
    """A request, made from another thread, to give up work under way. The work checks it between its pieces
    (check, checked); a pool stops its worker processes as soon as it is set (pool(…, cancel))."""

    def __init__(self) -> None:
        self.lock = threading.Lock()  # held while a piece is handed out, so none slips past a stop
        self.done = False
        self.stops: list[Callable[[], None]] = []

    def set(self) -> None:
        with self.lock:
            self.done = True
            stops = list(self.stops)
        for stop in stops:
            stop()

    def check(self) -> None:
        if self.done:
            raise Cancelled("the work was given up")

    def checked(self, items: Iterable[T]) -> Iterator[T]:
        """items, checking before each one."""
        for item in items:
            self.check()
            yield item

    @contextmanager
    def stopping(self, stop: Callable[[], None]) -> Iterator[None]:
        """stop() is called when this is set while the block runs (at once if it is set already)."""
        with self.lock:
            self.stops.append(stop)
            done = self.done
        if done:
            stop()
        try:
            yield
        finally:
            with self.lock:
                self.stops.remove(stop)


class Checked(Executor):
    """An executor that hands out no piece of work once its Cancel is set (it raises Cancelled instead)."""

    def __init__(self, inner: Executor, cancel: Cancel) -> None:
        self.inner, self.cancel = inner, cancel

    def submit(self, fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> Future[T]:
        with self.cancel.lock:  # the processes a submit starts exist before a stop can look for them
            self.cancel.check()
            return self.inner.submit(fn, *args, **kwargs)


def stop_workers(executor: ProcessPoolExecutor) -> None:
    """Stop the pool's worker processes where they are: the pool is then broken, and every future of it not
    done raises BrokenProcessPool (Python 3.14 has executor.terminate_workers(); before it, its processes)."""
    terminate = getattr(executor, "terminate_workers", None)
    if terminate is not None:
        terminate()
        return
    for process in list((executor._processes or {}).values()):  # no public way before 3.14
        process.terminate()


@contextmanager
def pool(tasks: int, workers: int | None = None, cancel: Cancel | None = None) -> Iterator[Executor]:
    """An executor for `tasks` independent pieces of work: worker processes (at most one per task; workers:
    the count, default worker_count()), or this process alone when that comes to one. cancel: once it is set,
    no piece is handed out (Cancelled) and the worker processes are stopped where they are."""
    count = min(worker_count() if workers is None else workers, tasks)
    if count <= 1:
        yield InProcess() if cancel is None else Checked(InProcess(), cancel)
        return
    with ProcessPoolExecutor(max_workers=count, mp_context=multiprocessing.get_context("spawn")) as executor:
        if cancel is None:
            yield executor
            return
        with cancel.stopping(lambda: stop_workers(executor)):
            yield Checked(executor, cancel)
