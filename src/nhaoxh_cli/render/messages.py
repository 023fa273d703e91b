"""What the CLI says when a command cannot go on (nhaoxh_cli.errors.UsageError), worded in the
reader's language: each code's English template, translated by the catalogue."""

from __future__ import annotations

import contextlib

from ..i18n import N_, t, using
from ..results.common import Params
from .safe import visible

TEMPLATES: dict[str, str] = {
    "plans_folder_missing": N_("the plans folder {folder} (from {how}) does not exist"),
    "unknown_province": N_("no plan for '{query}' in {folder}"),
    "no_plan_yet": N_("{unit} has no plan in {folder} yet: `nhaoxh new {slug}` writes a template to fill"),
    "unknown_scenario": N_("no scenario '{name}' (known: {known})"),
    "bad_runs": N_("--simulate {runs}: give a number of runs of 0 or more"),
    "no_snapshots": N_(
        "--calibrated needs pipeline snapshots: this plan has none, and there is no valid "
        "national plan (vietnam) in {folder}"
    ),
    "missing_path": N_("{path} does not exist"),
    "unknown_format": N_("--format {format}: {view} can be written as {formats}"),
    "missing_extra": N_("this format needs the {extra} extra: pip install 'nhaoxh-cli[{extra}]' (it adds {package})"),
    "binary_to_stdout": N_("{format} output is not text: give --output FILE"),
    "bad_date": N_("--as-of {value}: write the date as YYYY-MM-DD"),
    "bad_language": N_("--lang {value}: use vi or en"),
    "unknown_period": N_("--period {period}: the plan's periods are {periods}"),
    "unknown_territory": N_("--territory {territory}: the plan covers {territories}"),
    "no_periods": N_("{name}'s plan has no periods, so no projection to explain"),
    "unknown_unit": N_("no province '{query}' (see `nhaoxh provinces`)"),
    "former_unit": N_(
        "{former} merged into {unit} on 01/07/2025; plans are written for today's units: "
        "`nhaoxh new {slug}` (figures of {former} use territory former:{former_slug})"
    ),
    "plan_exists": N_("{path} exists; nhaoxh new never overwrites a plan"),
    "output_error": N_("{detail}"),
    "output_exists": N_("{path} exists; use --force to overwrite it"),
    "missing_value": N_("{option} needs a value"),
    "unknown_schema": N_("no schema '{view}': use one of {views}"),
    "bad_choice": N_("{option} {value}: use one of {choices}"),
}

#: Extra sentences added when a parameter is known.
SUGGESTIONS = {
    "suggestions": N_(" Did you mean {suggestions}?"),
    "known": N_(" Plans there: {known}."),
}


def message(code: str, params: Params, language: str | None = None) -> str:
    """The message of `code` in the current language (or `language`)."""
    with using(language) if language is not None else contextlib.nullcontext():
        values = {k: "" if v is None else (visible(v) if isinstance(v, str) else v) for k, v in params.items()}
        text = t(TEMPLATES[code], **values)
        if code == "unknown_province":
            key = "suggestions" if params.get("suggestions") else ("known" if params.get("known") else None)
            if key is not None:
                text += t(SUGGESTIONS[key], **values)
        return text
