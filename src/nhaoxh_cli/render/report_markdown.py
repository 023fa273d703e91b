"""`report --format markdown`: the report as GitHub-flavoured Markdown."""

from __future__ import annotations

from ..i18n import t
from ..results import ProgrammeReport
from . import RenderOptions, report_views, views
from .markdown import _table


def render_report(result: ProgrammeReport, options: RenderOptions) -> str:
    lines = [
        f"## {t('Social housing programme (Đề án 338) — progress report')}",
        "",
        f"### {t('Provinces (current units)')}",
        "",
    ]
    lines += _table(
        views.headers(report_views.PROVINCE_HEADER), [c for c, _ in report_views.province_rows(result)], numeric_from=3
    )
    lines += ["", f"### {t('Whole country')}", ""]
    lines += _table(
        views.headers(report_views.NATIONAL_HEADER), [c for c, _ in report_views.national_rows(result)], numeric_from=2
    )
    years = report_views.year_rows(result)
    if years:
        lines += ["", f"### {t('Yearly targets against reported completions')}", ""]
        lines += _table(views.headers(report_views.YEAR_HEADER), [c for c, _ in years], numeric_from=2)
    if result.national_plan is not None and result.national_plan.snapshots:
        header, rows = views.snapshot_table_of(result.national_plan)
        lines += ["", f"### {t('Pipeline snapshots, whole country (projects / units)')}", "", *_table(header, rows)]
    lines += ["", *(f"- {note}" for note in report_views.notes(result))]
    return "\n".join(lines) + "\n"
