"""What the command line says when typer cannot parse what a person typed: one line in the reader's
language, with what was meant where it can tell, and where to look — not the parser's English
usage block.

typer (click) raises a structured exception for each case; `usage_problem` turns it into a
UsageError with a code of render/messages.py, so it is worded and translated like every other
usage error (exit 2).
"""

from __future__ import annotations

import difflib
import re
from typing import Any

from ..errors import UsageError

_EXTRA = re.compile(r"Got unexpected extra argument(?:\(s\)|s)? \((?P<extra>.*)\)", re.S)
_NO_COMMAND = re.compile(r"No such command '(?P<name>[^']*)'")


def usage_problem(error: Any, commands: list[str], args: list[str]) -> UsageError:
    """The UsageError for typer's parse error `error`; `commands` are the app's command names,
    `args` what was typed (after the global options)."""
    from typer._click import exceptions as parse

    typed = f"nhaoxh {args[0]}" if args and args[0] in commands else "nhaoxh"
    context = getattr(error, "ctx", None)
    command = context.command_path if context is not None and context.command_path != "nhaoxh" else typed
    help_of = f"{command} --help"
    if isinstance(error, parse.NoSuchOption):
        near = sorted(error.possibilities or [])
        return UsageError(
            "no_such_option",
            command=command,
            option=error.option_name,
            suggestions=", ".join(near) or None,
            help=help_of,
        )
    if isinstance(error, parse.MissingParameter) and error.param is not None:
        if error.param.param_type_name == "argument":
            return UsageError("missing_argument", command=command, argument=_name(error.param), help=help_of)
        return UsageError("missing_value", option=error.param.opts[0])
    if isinstance(error, parse.BadOptionUsage):
        if "requires an argument" in error.message:
            return UsageError("missing_value", option=error.option_name)
        return UsageError("takes_no_value", option=error.option_name, help=help_of)
    if isinstance(error, parse.BadParameter) and error.param is not None:
        option = error.param.opts[0] if error.param.opts else _name(error.param)
        if "integer" in error.message:
            return UsageError("not_a_whole_number", option=option)
        return UsageError("bad_value", option=option, reason=error.message, help=help_of)
    extra = _EXTRA.search(error.message)
    if extra is not None:
        return UsageError("extra_arguments", command=command, extra=extra.group("extra"), help=help_of)
    unknown = _NO_COMMAND.search(error.message)
    if unknown is not None:
        near = difflib.get_close_matches(unknown.group("name"), commands, n=2)
        return UsageError(
            "no_such_command",
            name=unknown.group("name"),
            suggestions=", ".join(near) or None,
            known=", ".join(commands),
        )
    return UsageError("bad_value", option=command, reason=error.message, help=help_of)


def _name(param: Any) -> str:
    """An argument's name as the help shows it (its metavar, PROVINCE), else its own in capitals."""
    return str(param.metavar or param.name.upper())
