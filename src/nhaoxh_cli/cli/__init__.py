"""The command line: options in, exit code out. All work happens elsewhere.

`main` is the console script. Ctrl-C is handled from the first instant (cli/run.py);
`nhaoxh --version` is answered here, before typer, pydantic or YAML are imported, so that the
most common probe of a tool costs almost nothing.
"""

from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> None:
    from .run import install_interrupt_handler

    install_interrupt_handler()
    if sys.stderr is None:  # `2>&-`: what would be said is dropped; the exit code still tells
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 — lives as long as the process
    for stream in (sys.stdout, sys.stderr):  # a stream that cannot encode a character never crashes a run
        if stream is not None and hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    args = sys.argv[1:] if argv is None else argv
    if args in (["--version"], ["-V"]):
        from .. import __version__

        if sys.stdout is None:  # `>&-`
            sys.exit(1)
        sys.stdout.write(f"nhaoxh {__version__}\n")
        sys.exit(0)
    from .app import main as run

    run(args)
