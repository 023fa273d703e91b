"""Work over many plan files, in this process or spread over one process per CPU.

Results always come back in the order of the inputs, so the output of a
command is the same whatever the number of processes. Each worker holds one
plan at a time, as the single process does.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")

#: Files per process below which a second process costs more than it saves (a plan takes ~3 ms).
FILES_PER_JOB = 100


def default_jobs(files: int) -> int:
    """One process per CPU this process may use, each with at least FILES_PER_JOB files."""
    try:
        cpus = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # not Linux
        cpus = os.cpu_count() or 1
    return max(1, min(cpus, files // FILES_PER_JOB))


def ordered_map(fn: Callable[..., T], count: int, jobs: int | None, *inputs: Iterable[object]) -> Iterator[T]:
    """fn over the zipped `inputs` (`count` items), in order; `jobs` processes (None: `default_jobs`)."""
    jobs = default_jobs(count) if jobs is None else jobs
    if jobs > 1 and count > 1:
        from concurrent.futures import ProcessPoolExecutor

        try:
            pool = ProcessPoolExecutor(max_workers=jobs)
        except (OSError, NotImplementedError, ImportError):  # no process support (a sandbox): work here
            pool = None
        if pool is not None:
            with pool:
                yield from pool.map(fn, *inputs, chunksize=max(1, min(64, count // (jobs * 8))))
            return
    yield from map(fn, *inputs)
