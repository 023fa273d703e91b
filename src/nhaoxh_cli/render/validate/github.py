"""`validate --format github`: GitHub Actions workflow commands, so problems
show on the pull request's lines (`::error file=…,line=…,col=…::message`)."""

from __future__ import annotations

from ...findings import Finding
from ...validation import ValidationReport
from .. import RenderOptions
from ..safe import visible
from .text import summary


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def command(finding: Finding) -> str:
    """One workflow command. Control characters from a plan (an escape sequence, a newline in a key)
    are written out visibly first, so none reaches the log raw or starts a command of its own; the
    only line break is the one between the message and its hint, encoded as %0A."""
    props = [f"file={_property(visible(finding.file))}"]
    if finding.line:
        props += [f"line={finding.line}", f"col={finding.column}"]
    props.append(f"title={_property(visible(f'{finding.code} {finding.title}'))}")
    message = visible(finding.message) + (f"\nhint: {visible(finding.hint)}" if finding.hint else "")
    return f"::{finding.severity.value} {','.join(props)}::{_data(message)}"


def render(report: ValidationReport, options: RenderOptions) -> str:
    lines = [command(f) for f in report.findings]
    lines.append(summary(len(report.files), report.findings))
    return "\n".join(lines) + "\n"
