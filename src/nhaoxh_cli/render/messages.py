"""What the CLI says when a command cannot go on (nhaoxh_cli.errors.UsageError), worded in the
reader's language: each code's English template, translated by the catalogue."""

from __future__ import annotations

import contextlib

from ..i18n import N_, t, using
from ..results.common import Params
from .safe import visible

TEMPLATES: dict[str, str] = {
    "plans_folder_missing": N_("the plans folder {folder} (from {how}) does not exist"),
    "plans_folder_is_file": N_("{folder} (from {how}) is a file: give the folder that holds the plan files"),
    "unknown_province": N_("no plan for '{query}' in {folder}"),
    "no_plan_yet": N_("{unit} has no plan in {folder} yet: `nhaoxh new {slug}` writes a template to fill"),
    "in_shipped_plans": N_(
        "{unit} has no plan in {folder} (nhaoxh reads ./data/plans when the current folder has one); the "
        "plans shipped with nhaoxh have it: pass --plans-dir {shipped}, or copy {file} into {folder}"
    ),
    "import_into_shipped": N_(
        "there is no plans folder of your own here (--plans-dir, $NHAOXH_PLANS_DIR or ./data/plans), and the "
        "plans shipped with nhaoxh are read-only: copy them first (cp -r {shipped} data/plans) or give "
        "--plans-dir FOLDER; the dry run (without --write) compares the table with the shipped plans"
    ),
    "draft_not_yaml": N_("--output {path}: a draft plan is YAML; name it .yaml (validate wants <slug>.yaml)"),
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
    "bad_date": N_("{value}: write the date as DD/MM/YYYY or YYYY-MM-DD"),  # after the option, when one is named
    "no_such_month": N_("{value} is not a date: there is no month {month}"),
    "no_such_day": N_("{value} is not a date: {month} {year} has {days} days"),
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
    "worded": N_("{template}"),  # a message the raiser worded: its template, with its values
    "output_exists": N_("{path} exists; use --force to overwrite it"),
    "missing_value": N_("{option} needs a value"),
    "unknown_schema": N_("no schema '{view}': use one of {views}"),
    "bad_choice": N_("{option} {value}: use one of {choices}"),
    "no_such_option": N_("{command} has no option {option}"),
    "missing_argument": N_("{command} needs {argument}: `{help}` says what to give"),
    "takes_no_value": N_("{option} takes no value: `{help}` lists the options"),
    "not_a_whole_number": N_("{option} needs a whole number"),
    "bad_value": N_("{option}: {reason} (`{help}` lists the options)"),
    "extra_arguments": N_(
        "{command}: {extra} is more than it takes; a name of several words goes in quotes "
        '("Hải Phòng"), and `{help}` lists the options'
    ),
    "no_such_command": N_("nhaoxh has no command '{name}'"),
    "one_province": N_("{command} takes one province; for several, `nhaoxh report {names}`"),
}

#: Extra sentences added when a parameter is known (each after the message's own, ended by a period).
SUGGESTIONS = {
    "suggestions": N_(" Did you mean {suggestions}?"),
    "known": N_(" Plans there: {known}."),
    "commands": N_(" Commands: {known}."),
    "help": N_(" `{help}` lists them."),
}

#: Messages about a value the person typed for an option: the option comes first ("--as-of 2026-02-30: …").
AFTER_OPTION = {"bad_date", "no_such_month", "no_such_day"}

#: A month by its number, for a sentence that names it ("February 2026 has 28 days").
MONTHS = (
    N_("January"),
    N_("February"),
    N_("March"),
    N_("April"),
    N_("May"),
    N_("June"),
    N_("July"),
    N_("August"),
    N_("September"),
    N_("October"),
    N_("November"),
    N_("December"),
)


def message(code: str, params: Params, language: str | None = None) -> str:
    """The message of `code` in the current language (or `language`)."""
    with using(language) if language is not None else contextlib.nullcontext():
        values = {k: "" if v is None else (visible(v) if isinstance(v, str) else v) for k, v in params.items()}
        if code == "worded":
            if str(params.get("errno", "")) in REASONS:  # the system's reason, worded the reader's way
                values["reason"] = t(REASONS[str(params["errno"])])
            return t(str(params["template"]), **{k: v for k, v in values.items() if k != "template"})
        if code == "no_such_day":
            values["month"] = t(MONTHS[int(params["month"] or 1) - 1])
        text = t(TEMPLATES[code], **values)
        if code in AFTER_OPTION and params.get("option"):
            text = f"{values['option']} {text}"
        if code == "unknown_province":
            key = "suggestions" if params.get("suggestions") else ("known" if params.get("known") else None)
            if key is not None:
                text += "." + t(SUGGESTIONS[key], **values)
        if code == "no_such_command":
            text += "." + t(SUGGESTIONS["suggestions" if params.get("suggestions") else "commands"], **values)
        if code == "no_such_option":
            text += "." + (t(SUGGESTIONS["suggestions"], **values) if params.get("suggestions") else "")
            text += t(SUGGESTIONS["help"], **values)
        return text


#: The system's reasons a file cannot be written, by errno name, in the reader's words.
REASONS = {
    "ENOSPC": N_("no space left on the disk"),
    "EDQUOT": N_("the disk quota is used up"),
    "EACCES": N_("permission denied"),
    "EPERM": N_("operation not permitted"),
    "EROFS": N_("the file system is read-only"),
    "ENOENT": N_("no such file or folder"),
    "EISDIR": N_("it is a folder"),
    "ENOTDIR": N_("a part of the path is not a folder"),
    "EIO": N_("input/output error"),
    "ENXIO": N_("no reader at the other end (a pipe nobody reads?)"),
    "EPIPE": N_("the reader has gone"),
    "EFBIG": N_("the file is too large"),
    "ENAMETOOLONG": N_("the name is too long"),
}


def output_message(template: str, params: Params) -> str:
    """An OutputError's message (nhaoxh_cli.files) in the current language: the system's reason
    worded by its errno name where known, else as the system gives it."""
    values = {k: visible(v) if isinstance(v, str) else v for k, v in params.items()}
    reason = REASONS.get(str(params.get("errno", "")))
    if reason is not None:
        values["reason"] = t(reason)
    return t(template, **values)
