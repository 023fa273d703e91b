"""`report --format json`: the result as it is (`nhaoxh.report/2`, docs/json.md)."""

from __future__ import annotations

from ...results.report import REPORT_SCHEMA, ReportResult
from .. import RenderOptions
from ..jsonout import dumps


def render(result: ReportResult, options: RenderOptions) -> str:
    return dumps(REPORT_SCHEMA, result)
