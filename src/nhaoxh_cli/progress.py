"""Progress of long work, as numbers: the library calls `progress(done, total)`; what a person sees
(a bar on a terminal's stderr, nothing in a pipe or in CI) is the CLI's business (cli/progress.py).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")

#: Called with how much of the work is done, and how much there is (files, rows, blocks of text).
Progress = Callable[[int, int], None]


def counted(items: Iterable[T], total: int, progress: Progress | None) -> Iterator[T]:
    """`items`, calling `progress(n, total)` after the n-th (nothing without `progress`)."""
    if progress is None:
        yield from items
        return
    progress(0, total)
    for done, item in enumerate(items, start=1):
        yield item
        progress(done, total)
