"""`report --format json`: one object following `nhaoxh.report/1` (see report_data)."""

from __future__ import annotations

import json

from ..results import ProgrammeReport
from . import RenderOptions
from .report_data import programme_dict


def render_report(result: ProgrammeReport, options: RenderOptions) -> str:
    return json.dumps(programme_dict(result), ensure_ascii=False, indent=2) + "\n"
