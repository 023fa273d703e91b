"""What the CLI says when a command cannot go on (nhaoxh_cli.errors.UsageError), worded in the
reader's language: each code's English template, translated by the catalogue."""

from __future__ import annotations

import contextlib

from ..i18n import t, using
from ..results.common import Params

TEMPLATES: dict[str, str] = {
    "plans_folder_missing": "the plans folder {folder} (from {how}) does not exist",
    "unknown_province": "no plan for '{query}' in {folder}",
    "no_plan_yet": "{unit} has no plan in {folder} yet: `nhaoxh new {slug}` writes a template to fill",
    "unknown_scenario": "no scenario '{name}' (known: {known})",
    "bad_runs": "--simulate {runs}: give a number of runs of 0 or more",
    "no_snapshots": "--calibrated needs pipeline snapshots: this plan has none, and there is no valid "
    "national plan (vietnam) in {folder}",
    "missing_path": "{path} does not exist",
    "unknown_format": "--format {format}: {view} can be written as {formats}",
    "missing_extra": "this format needs the {extra} extra: pip install 'nhaoxh-cli[{extra}]' (it adds {package})",
    "binary_to_stdout": "a {format} file is not text: give --output FILE",
    "bad_date": "--as-of {value}: write the date as YYYY-MM-DD",
    "bad_language": "--lang {value}: use vi or en",
    "unknown_period": "--period {period}: the plan's periods are {periods}",
    "unknown_territory": "--territory {territory}: the plan covers {territories}",
    "no_periods": "{name}'s plan has no periods, so no projection to explain",
    "unknown_unit": "no province '{query}' (see `nhaoxh provinces`)",
    "former_unit": "{former} merged into {unit} on 01/07/2025; plans are written for today's units: "
    "`nhaoxh new {slug}` (figures of {former} use territory former:{former_slug})",
    "plan_exists": "{path} exists; nhaoxh new never overwrites a plan",
    "output_error": "{detail}",
    "missing_value": "{option} needs a value",
    "unknown_schema": "no schema '{view}': use one of {views}",
    "bad_choice": "{option} {value}: use one of {choices}",
}

#: Extra sentences added when a parameter is known.
SUGGESTIONS = {
    "suggestions": " Did you mean {suggestions}?",
    "known": " Plans there: {known}.",
}


def message(code: str, params: Params, language: str | None = None) -> str:
    """The message of `code` in the current language (or `language`)."""
    with using(language) if language is not None else contextlib.nullcontext():
        values = {k: "" if v is None else v for k, v in params.items()}
        text = t(TEMPLATES[code], **values)
        if code == "unknown_province":
            key = "suggestions" if params.get("suggestions") else ("known" if params.get("known") else None)
            if key is not None:
                text += t(SUGGESTIONS[key], **values)
        return text
