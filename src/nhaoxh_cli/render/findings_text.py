"""Findings for people: `file:line:column: severity CODE message` and a hint."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..findings import Finding, Severity
from ..i18n import language, t

if TYPE_CHECKING:
    from ..validation import ValidationReport
    from . import RenderOptions


def location(finding: Finding) -> str:
    where = finding.file or "<plan>"
    if finding.line:
        where += f":{finding.line}:{finding.column}"
    return where


def render_finding(finding: Finding) -> str:
    field = f" [{finding.path}]" if finding.path else ""
    message = finding.shown_message()
    if language() == "vi":  # the problem's title first: a message quoting a library (pydantic) stays English
        message = f"{t(finding.title)} — {message}"
    text = f"{location(finding)}: {t(finding.severity.value)} {finding.code}{field} {message}"
    if finding.hint:
        text += f"\n    {t('hint')}: {finding.shown_hint()}"
    return text


def summary(files: int, findings: list[Finding]) -> str:
    errors = sum(f.severity is Severity.ERROR for f in findings)
    warnings = len(findings) - errors
    checked = t("{count} file checked", count=files) if files == 1 else t("{count} files checked", count=files)
    return f"{checked}: {_count(errors, 'error')}, {_count(warnings, 'warning')}"


def _count(number: int, noun: str) -> str:
    if noun == "error":
        return t("{count} error", count=number) if number == 1 else t("{count} errors", count=number)
    return t("{count} warning", count=number) if number == 1 else t("{count} warnings", count=number)


def render_findings(findings: list[Finding]) -> str:
    return "".join(render_finding(f) + "\n" for f in findings)


def render_validation(report: ValidationReport, options: RenderOptions) -> str:
    """`validate --format text`: each problem, then the summary line."""
    return render_findings(report.findings) + summary(len(report.files), report.findings) + "\n"
