"""`validate --format json`: every problem with all its fields, and a summary (`nhaoxh.validate/1`)."""

from __future__ import annotations

import json

from ...validation import VALIDATE_SCHEMA, ValidationReport
from .. import RenderOptions
from ..jsonout import problem


def render(report: ValidationReport, options: RenderOptions) -> str:
    document = {
        "schema": VALIDATE_SCHEMA,
        "summary": {
            "files": len(report.files),
            "errors": report.errors,
            "warnings": report.warnings,
            "strict": report.strict,
        },
        "files": report.files,
        "problems": [problem(f) for f in report.findings],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
