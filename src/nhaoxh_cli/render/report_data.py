"""The national report as plain data: the `nhaoxh.report/1` JSON contract,
shared by the json, csv and html renderers.

```
{"schema": "nhaoxh.report/1",
 "periods": [{"id": "2021-2025", "start_year": 2021, "end_year": 2025}, ...],
 "provinces": [{"slug", "name", "code", "file",
                "cells": {"2021-2025": {"target", "target_basis", "forecast", "forecast_basis",
                                         "gap", "ratio", "status"}, ..., "total": {...}},
                "years": [{"start_year", "end_year", "label", "target", "reported", "ratio", "status"}],
                "missing": [...], "notes": [...], "has_pipeline", "has_reported"}],
 "national": {"periods": [{"id", "start_year", "end_year", "actual", "basis",
                           "targets": [{"label", "kind", "units", "ratio", "status"}],
                           "provincial_targets", "provinces_with_target",
                           "provincial_forecast", "provinces_with_forecast", "difference"}],
              "years": [...], "snapshots": [...]},
 "coverage": {"units", "with_plan", "with_target", "with_forecast", "with_pipeline", "with_reported"},
 "left_out": [{"file", "slug", "reason": "errors" | "not_a_current_province"}]}
```
A figure that cannot be computed is null and its status `unknown`.
"""

from __future__ import annotations

from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from ..engine.report import Cell, NationalReport, YearCell
from ..model import Plan
from .fmt import ratio_number

if TYPE_CHECKING:
    from ..results import ProgrammeReport

REPORT_SCHEMA = "nhaoxh.report/1"


def cell_dict(cell: Cell) -> dict[str, Any]:
    return {
        "target": cell.target,
        "target_basis": cell.target_basis,
        "forecast": cell.forecast,
        "forecast_basis": cell.forecast_basis,
        "gap": cell.gap,
        "ratio": ratio_number(cell.ratio),
        "status": cell.status.value,
    }


def year_dict(cell: YearCell) -> dict[str, Any]:
    return {
        "start_year": cell.years[0],
        "end_year": cell.years[1],
        "label": cell.label,
        "target": cell.target,
        "reported": cell.reported,
        "ratio": ratio_number(cell.ratio),
        "status": cell.status.value,
    }


def report_dict(
    report: NationalReport, national_plan: Plan | None = None, invalid_files: list[str] | None = None
) -> dict[str, Any]:
    return {
        "schema": REPORT_SCHEMA,
        "periods": [{"id": p.id, "start_year": p.start_year, "end_year": p.end_year} for p in report.periods],
        "provinces": [
            {
                "slug": r.slug,
                "name": r.name,
                "code": r.code,
                "file": r.file,
                "cells": {k: cell_dict(c) for k, c in r.cells.items()},
                "years": [year_dict(y) for y in r.years],
                "missing": r.missing,
                "notes": r.notes,
                "has_pipeline": r.has_pipeline,
                "has_reported": r.has_reported,
            }
            for r in report.provinces
        ],
        "national": {
            "periods": [
                {
                    "id": t.id,
                    "start_year": t.start_year,
                    "end_year": t.end_year,
                    "actual": t.national_actual,
                    "basis": t.national_basis,
                    "targets": [
                        {
                            "label": n.label,
                            "kind": n.kind,
                            "units": n.units,
                            "ratio": ratio_number(n.ratio),
                            "status": n.status.value,
                        }
                        for n in t.national_targets
                    ],
                    "provincial_targets": t.provincial_targets,
                    "provinces_with_target": t.provinces_with_target,
                    "provincial_forecast": t.provincial_forecast,
                    "provinces_with_forecast": t.provinces_with_forecast,
                    "difference": t.difference,
                }
                for t in report.totals
            ],
            "years": [year_dict(y) for y in report.national_years],
            "snapshots": [s.model_dump(mode="json") for s in national_plan.snapshots] if national_plan else [],
        },
        "coverage": asdict(report.coverage) if report.coverage else None,
        "left_out": [{"file": f, "slug": None, "reason": "errors"} for f in invalid_files or []]
        + [{"file": f, "slug": slug, "reason": "not_a_current_province"} for f, slug in report.outside],
    }


def programme_dict(result: ProgrammeReport) -> dict[str, Any]:
    """The report with the plans it was built from: what was left out and why."""
    return report_dict(result.report, result.national_plan, [i.file for i in result.invalid])
