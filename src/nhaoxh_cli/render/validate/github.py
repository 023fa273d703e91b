"""`validate --format github`: GitHub Actions workflow commands, so problems
show on the pull request's lines (`::error file=…,line=…,col=…::message`)."""

from __future__ import annotations

from ...findings import Finding
from ...validation import ValidationReport
from .. import RenderOptions
from .text import summary


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def command(finding: Finding) -> str:
    props = [f"file={_property(finding.file)}"]
    if finding.line:
        props += [f"line={finding.line}", f"col={finding.column}"]
    props.append(f"title={_property(f'{finding.code} {finding.title}')}")
    message = finding.message + (f"\nhint: {finding.hint}" if finding.hint else "")
    return f"::{finding.severity.value} {','.join(props)}::{_data(message)}"


def render(report: ValidationReport, options: RenderOptions) -> str:
    lines = [command(f) for f in report.findings]
    lines.append(summary(len(report.files), report.findings))
    return "\n".join(lines) + "\n"
