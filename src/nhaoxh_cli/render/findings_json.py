"""`validate --format json`: every problem with all its fields, and a summary."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

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
        "problems": [dict(asdict(f), severity=f.severity.value, title=f.title) for f in report.findings],
    }


def render_validation(report: ValidationReport, options: RenderOptions) -> str:
    return json.dumps(report_dict(report), ensure_ascii=False, indent=2) + "\n"
