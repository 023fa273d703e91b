"""Work over many plan files, in this process or spread over one process per CPU.

Results always come back in the order of the inputs, so the output of a
command is the same whatever the number of processes. Each worker holds one
plan at a time, as the single process does.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import TypeVar

T = TypeVar("T")

#: Files per process below which a second process costs more than it saves (a plan takes ~3 ms).
FILES_PER_JOB = 100
#: While plans are read: allocations between two young collections (Python's default: 700), and
#: young collections between two full ones (default: 10).
COLLECT_YOUNG_EVERY = 10_000
COLLECT_ALL_EVERY = 1000


#: More processes than this many per CPU only cost memory and start-up: asked for more, nhaoxh
#: uses this many (the CLI says so).
JOBS_PER_CPU = 2


class WorkerDied(RuntimeError):
    """A worker process ended without answering (killed, out of memory): not a bug of nhaoxh's, and
    the work it held is unfinished. `position` is the first input whose result never came."""

    def __init__(self, position: int) -> None:
        super().__init__(position)
        self.position = position


def cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # not Linux
        return os.cpu_count() or 1


def job_cap() -> int:
    return JOBS_PER_CPU * cpus()


def default_jobs(files: int) -> int:
    """One process per CPU this process may use, each with at least FILES_PER_JOB files."""
    return max(1, min(cpus(), files // FILES_PER_JOB))


def ordered_map(fn: Callable[..., T], count: int, jobs: int | None, *inputs: Iterable[object]) -> Iterator[T]:
    """fn over the zipped `inputs` (`count` items), in order; `jobs` processes (None: `default_jobs`;
    at most `job_cap()`). A worker that dies raises WorkerDied."""
    jobs = default_jobs(count) if jobs is None else min(jobs, job_cap())
    if jobs > 1 and count > 1:
        from concurrent.futures import ProcessPoolExecutor
        from concurrent.futures.process import BrokenProcessPool

        try:
            pool = ProcessPoolExecutor(max_workers=jobs, initializer=_rare_full_collections)
        except (OSError, NotImplementedError, ImportError):  # no process support (a sandbox): work here
            pool = None
        if pool is not None:
            done = 0
            try:
                with pool:
                    for result in pool.map(fn, *inputs, chunksize=max(1, min(64, count // (jobs * 8)))):
                        yield result
                        done += 1
            except BrokenProcessPool:
                raise WorkerDied(done) from None
            return
    with rare_full_collections():
        yield from map(fn, *inputs)


@contextmanager
def rare_full_collections() -> Iterator[None]:
    """Reading a plan makes and drops tens of thousands of objects but no garbage cycles (measured on
    the shipped, generated and negative plans: `gc.collect()` after 1.000 plans finds nothing); the
    default policy still spent ~0.25 s per 1.000 plans scanning live objects. Collections still run,
    only less often, so a cycle, should one appear, is still freed."""
    before = gc.get_threshold()
    _rare_full_collections()
    try:
        yield
    finally:
        gc.set_threshold(*before)


def _rare_full_collections() -> None:
    young, middle, old = gc.get_threshold()
    gc.set_threshold(max(young, COLLECT_YOUNG_EVERY), middle, max(old, COLLECT_ALL_EVERY))
