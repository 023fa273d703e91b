"""Options that work anywhere on the command line, before or after the command (as git's and
ruff's common options do): `--lang vi|en`, `--no-color`, `--debug`, `--plans-dir DIR`.

They are taken out of the arguments before typer sees them; `--` ends them (what follows is
passed on as it is). The values live in `OPTIONS` for the rest of the run.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from ..errors import UsageError
from ..i18n import LANGUAGES, default_language


@dataclass
class GlobalOptions:
    language: str = "en"
    language_chosen: bool = False  # asked for by name (--lang, $NHAOXH_LANG), not taken from the locale
    no_color: bool = False
    debug: bool = False
    plans_dir: Path | None = None


OPTIONS = GlobalOptions()

#: The global options and whether each takes a value.
GLOBAL_OPTIONS = {"--lang": True, "--no-color": False, "--debug": False, "--plans-dir": True}


def parse_globals(args: list[str], environ: dict[str, str] | None = None) -> list[str]:
    """Set OPTIONS from `args` and the environment; return the arguments left for the command.

    `--plans-dir` after the command is left to the command (it is one of its options too)."""
    env = dict(os.environ) if environ is None else environ
    OPTIONS.language = default_language(env)
    OPTIONS.language_chosen = env.get("NHAOXH_LANG", "").lower() in LANGUAGES
    OPTIONS.debug = bool(env.get("NHAOXH_DEBUG"))
    OPTIONS.no_color = False
    OPTIONS.plans_dir = None
    rest: list[str] = []
    command_seen = False
    i = 0
    while i < len(args):
        arg = args[i]
        if arg == "--":
            rest += args[i:]
            break
        name, has_equals, inline = arg.partition("=")
        if name in GLOBAL_OPTIONS and not (name == "--plans-dir" and command_seen):
            value = None
            if GLOBAL_OPTIONS[name]:
                if has_equals:
                    value = inline
                elif i + 1 < len(args):
                    value = args[i + 1]
                    i += 1
                else:
                    raise UsageError("missing_value", option=name)
            _set(name, value)
        else:
            if not arg.startswith("-"):
                command_seen = True
            rest.append(arg)
        i += 1
    return rest


def _set(name: str, value: str | None) -> None:
    if name == "--lang":
        chosen = (value or "").lower()
        if chosen not in LANGUAGES:
            raise UsageError("bad_language", value=value)
        OPTIONS.language, OPTIONS.language_chosen = chosen, True
    elif name == "--no-color":
        OPTIONS.no_color = True
    elif name == "--debug":
        OPTIONS.debug = True
    elif name == "--plans-dir":
        OPTIONS.plans_dir = Path(value or "")
