"""Writing results: to standard output, or to a file whole or not at all (see `nhaoxh_cli.files`).

Standard output closed early (`nhaoxh report | head -1`) ends quietly.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from ..files import OutputError, write_atomic

__all__ = ["OutputError", "emit", "write_atomic", "write_stdout"]


def write_stdout(text: str) -> None:
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader has gone (e.g. `| head`): stop quietly, as Unix tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def emit(text: str | bytes, output: Path | None) -> None:
    if output is None:
        if isinstance(text, bytes):
            raise OutputError("a spreadsheet is not text: give --output FILE.xlsx")
        write_stdout(text)
    else:
        write_atomic(output, text)
