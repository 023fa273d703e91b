"""A progress bar on stderr for long work — `validate` and `report` over many files, `import`,
`extract` on a long document — only when stderr is a terminal and not in CI (`CI` set): never in a
pipe, a file or a log. The bar draws what the library reports (nhaoxh_cli.progress); it disappears
when the work is done, leaving the output as it would be without it.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from ..progress import Progress

#: Below this much work a bar would only flicker.
AT_LEAST = 50


def wanted() -> bool:
    stream = sys.stderr
    return (
        stream is not None and stream.isatty() and not os.environ.get("CI") and not os.environ.get("NHAOXH_NO_PROGRESS")
    )


@contextmanager
def bar(description: str) -> Iterator[Progress | None]:
    """A `progress` callback drawing a bar (None when no bar is wanted: the library then counts nothing)."""
    if not wanted():
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeRemainingColumn
    from rich.progress import Progress as Bar

    display = Bar(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        transient=True,
    )
    task = None

    def tick(done: int, total: int) -> None:
        nonlocal task
        if total < AT_LEAST:
            return
        if task is None:
            display.start()
            task = display.add_task(description, total=total)
        display.update(task, completed=done)

    try:
        yield tick
    finally:
        if task is not None:
            display.stop()
