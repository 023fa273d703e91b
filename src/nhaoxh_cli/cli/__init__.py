"""The command line: options in, exit code out. All work happens elsewhere.

`main` is the console script. `nhaoxh --version` is answered here, before
typer, pydantic or YAML are imported, so that the most common probe of a tool
costs almost nothing; so is a read-only command run again with nothing it
reads changed (see `cache`).
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .cache import Memo


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    if args == ["--version"]:
        from .. import __version__

        sys.stdout.write(f"nhaoxh {__version__}\n")
        sys.exit(0)
    from .cache import memo_for

    memo = memo_for(args)
    replayed = memo.replay() if memo is not None else None
    if replayed is not None:
        _replay(*replayed)
    from .app import main as run

    if memo is None:
        run(args)
    else:
        _record(memo, run, args)


def _replay(code: int, chunks: list[tuple[int, str]]) -> None:
    from .output import write_stdout

    for stream, text in chunks:
        if stream == 1:
            write_stdout(text)
        else:
            sys.stderr.write(text)
            sys.stderr.flush()
    sys.exit(code)


def _record(memo: Memo, run: Callable[[list[str]], None], args: list[str]) -> None:
    """Run the command with its output passed on and noted; keep it if the run may be replayed."""
    from .cache import Chunk, Tee

    chunks: list[Chunk] = []
    out, err = Tee(sys.stdout, 1, chunks), Tee(sys.stderr, 2, chunks)
    sys.stdout, sys.stderr = out, err
    code: object = None
    try:
        run(args)
    except SystemExit as done:
        code = done.code
        raise
    finally:
        sys.stdout, sys.stderr = out.stream, err.stream
        if isinstance(code, int) and not (out.failed or err.failed):
            with contextlib.suppress(Exception):  # the cache only saves time: it never spoils a finished run
                memo.keep(code, chunks)
