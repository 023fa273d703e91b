"""`validate --format json`: every problem with all its fields, and a summary."""

from __future__ import annotations

import json
from typing import Any

from ..findings import Finding
from ..validation import VALIDATE_SCHEMA, ValidationReport
from . import RenderOptions


def report_dict(report: ValidationReport) -> dict[str, Any]:
    return {
        "schema": VALIDATE_SCHEMA,
        "summary": {
            "files": len(report.files),
            "errors": report.errors,
            "warnings": report.warnings,
            "strict": report.strict,
        },
        "files": report.files,
        "problems": [problem_dict(f) for f in report.findings],
    }


def problem_dict(finding: Finding) -> dict[str, Any]:
    """A problem as `nhaoxh.validate/1` gives it: its message and hint in English, whatever the language."""
    return {
        "code": finding.code,
        "message": finding.message,
        "file": finding.file,
        "line": finding.line,
        "column": finding.column,
        "path": finding.path,
        "hint": finding.hint,
        "severity": finding.severity.value,
        "title": finding.title,
    }


def render_validation(report: ValidationReport, options: RenderOptions) -> str:
    return json.dumps(report_dict(report), ensure_ascii=False, indent=2) + "\n"
