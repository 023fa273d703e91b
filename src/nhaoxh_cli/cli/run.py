"""Running a command so that every outcome is an exit code and a message, never a traceback.

- Ctrl-C (SIGINT) at any moment: "interrupted" on stderr, exit 130. The handler is installed
  first thing (cli/__init__.py), and raises `Interrupted` — not KeyboardInterrupt, which typer
  turns into a silent exit.
- A reader that has gone (`nhaoxh report | head -1`): quiet, exit 0.
- Anything else unexpected is a bug: exit 3, with how to report it (`--debug` shows the traceback).
"""

from __future__ import annotations

import os
import signal
import sys
import traceback
from collections.abc import Callable
from types import FrameType

from ..domain import ExitCode

ISSUES_URL = "https://github.com/nhaoxh/nhaoxh/issues"


class Interrupted(BaseException):
    """Ctrl-C: a BaseException, so that nothing on the way (typer, `except Exception`) swallows it."""


def _interrupt(signum: int, frame: FrameType | None) -> None:
    raise Interrupted


def install_interrupt_handler() -> None:
    signal.signal(signal.SIGINT, _interrupt)


def _quiet_stdout() -> None:
    """After a broken pipe: send what is left to /dev/null, so the interpreter's last flush is quiet."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def guarded(run: Callable[[], None], *, debug: bool) -> None:
    from .. import __version__

    try:
        run()
    except Interrupted:
        sys.stderr.write("interrupted\n")
        sys.exit(int(ExitCode.INTERRUPTED))
    except BrokenPipeError:
        _quiet_stdout()
        sys.exit(int(ExitCode.OK))
    except SystemExit:
        raise
    except Exception:
        if debug:
            traceback.print_exc()
        sys.stderr.write(
            f"error: internal error in nhaoxh {__version__}: this is a bug, not a problem with your input. "
            f"Please report it at {ISSUES_URL} with the command you ran and the output of the same "
            "command with --debug.\n"
        )
        sys.exit(int(ExitCode.INTERNAL))
