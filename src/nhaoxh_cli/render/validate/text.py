"""Findings for people: `file:line:column: severity CODE [field] message`, a hint, and a summary."""

from __future__ import annotations

from ...findings import Finding, Severity
from ...i18n import language, plural, t
from ...validation import ValidationReport
from .. import RenderOptions
from ..safe import visible
from ..tables import to_text


def location(finding: Finding) -> str:
    where = visible(finding.file) or "<plan>"
    if finding.line:
        where += f":{finding.line}:{finding.column}"
    return where


def finding_line(finding: Finding) -> str:
    field = f" [{visible(finding.path)}]" if finding.path else ""
    message = visible(finding.shown_message())
    if language() == "vi":  # the problem's title first: a message quoting a library (pydantic) stays English
        message = f"{t(finding.title)} — {message}"
    text = f"{location(finding)}: {t(finding.severity.value)} {finding.code}{field} {message}"
    if finding.hint:
        text += f"\n    {t('hint')}: {visible(finding.shown_hint())}"
    return text


def findings_text(findings: list[Finding]) -> str:
    return "".join(finding_line(f) + "\n" for f in findings)


def summary(files: int, findings: list[Finding]) -> str:
    errors = sum(f.severity is Severity.ERROR for f in findings)
    warnings = len(findings) - errors
    checked = plural(files, "{count} file checked", "{count} files checked")
    return f"{checked}: {_count(errors, 'error')}, {_count(warnings, 'warning')}"


def _count(number: int, noun: str) -> str:
    if noun == "error":
        return plural(number, "{count} error", "{count} errors")
    return plural(number, "{count} warning", "{count} warnings")


def render(report: ValidationReport, options: RenderOptions) -> str:
    text = findings_text(report.findings) + summary(len(report.files), report.findings) + "\n"
    if options.terminal and options.width:  # a person reads it: a long finding goes on indented
        return to_text([text.rstrip("\n")], color=False, width=options.width)
    return text  # a file, a pipe, an editor's problem matcher: one finding a line, as it was
