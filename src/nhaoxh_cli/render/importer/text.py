"""`import --format text`: each plan's diff (what would change, or what changed), each row's fate
with its line in the table, and a summary that says whether anything was written — and, when rows
were refused, that they are left out (the accepted rows are written; the command exits 1)."""

from __future__ import annotations

from ...i18n import N_, plural, t
from ...importer import ImportResult
from .. import RenderOptions
from ..safe import visible
from ..validate.text import findings_text

_STATUS = {
    "added": N_("added"),
    "conflict": N_("kept as an alternative"),
    "unchanged": N_("already in the plan"),
    "refused": N_("refused"),
}


def _colour(line: str, color: bool) -> str:
    if not color:
        return line
    if line.startswith("+") and not line.startswith("+++"):
        return f"\x1b[32m{line}\x1b[0m"
    if line.startswith("-") and not line.startswith("---"):
        return f"\x1b[31m{line}\x1b[0m"
    return line


def render(result: ImportResult, options: RenderOptions) -> str:
    out: list[str] = []
    diff = result.diff()
    if diff:
        out += [_colour(line, options.color) for line in diff.rstrip("\n").split("\n")]
        out.append("")
    for change in result.changes:
        if change.status == "unchanged":
            continue
        out.append(visible(f"{change.location}: {t(_STATUS.get(change.status, change.status))}: {change.shown()}"))
    if result.blocked:
        out.append(findings_text(result.blocked).rstrip("\n"))
    counts = {s: result.count(s) for s in _STATUS}
    summary = t(
        "{rows} rows: {added} added, {conflict} kept as alternatives, {unchanged} already in the plans, "
        "{refused} refused",
        rows=len(result.changes),
        added=counts["added"],
        conflict=counts["conflict"],
        unchanged=counts["unchanged"],
        refused=counts["refused"],
    )
    refused = counts["refused"]
    if result.written:
        summary += plural(
            sum(1 for f in result.files if f.changed), "; written to {count} plan.", "; written to {count} plans."
        )
        if refused:
            summary += " " + plural(
                refused,
                "The refused row was left out: correct it and import the table again.",
                "The {count} refused rows were left out: correct them and import the table again.",
            )
    elif result.blocked:
        summary += t("; nothing written: a plan would have errors.")
    elif any(f.changed for f in result.files):
        summary += t("; nothing written (a dry run): add --write to apply.")
        if refused:
            summary += " " + plural(
                refused,
                "--write writes the accepted rows and leaves out the refused one.",
                "--write writes the accepted rows and leaves out the {count} refused ones.",
            )
    else:
        summary += t("; nothing to change.")
    out.append(summary)
    return "\n".join(out) + "\n"
