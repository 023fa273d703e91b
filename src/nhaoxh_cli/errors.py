"""What can stop a command, as values: a code and its parameters, worded by the CLI in the
reader's language (render/messages.py). The library raises these; it never prints.

- `UsageError`: the person can fix it by changing the command (an unknown province, a format the
  view does not have, a missing path): exit 2.
- `InvalidPlan` (nhaoxh_cli.checked): the plan has errors: exit 1, with every finding.
- `WorkerFailed`: a worker process died (killed, out of memory) while it held `file`: exit 1.
- `OutputError` (nhaoxh_cli.files): the output could not be written: exit 2 when the person named
  a place nothing can be written to, else 1.
"""

from __future__ import annotations

from .results.common import Params


class UsageError(Exception):
    """A problem with the command as given: exit 2. `code` names the message; `params` fill it."""

    def __init__(self, code: str, **params: int | float | str | None) -> None:
        super().__init__(code, params)
        self.code = code
        self.params: Params = dict(params)

    def __str__(self) -> str:
        from .render.messages import message  # the English, for a script that prints the exception

        return message(self.code, self.params, language="en")


class WorkerFailed(RuntimeError):
    """A worker process died (killed, out of memory) while it held `file` or the files after it:
    the work is unfinished and nothing was written. Not a bug of nhaoxh's: exit 1."""

    def __init__(self, file: str) -> None:
        super().__init__(file)
        self.file = file
