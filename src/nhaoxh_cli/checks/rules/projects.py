"""NX313 — a stage's units differ from the sum of its listed projects.

When the source lists a stage's projects with their units as well as the
stage's total, the two should agree.

Passes::

    pipeline:
      started:
        units: 1000
        source: {doc: doc1, section: "2"}
        deliveries:
          - {period: 2021-2025, units: 600, share: 60%, source: {doc: doc1, section: "2"}}
          - {period: 2026-2030, share: 40%, source: {doc: doc1, section: "2"}}
        projects:
          - {name: Dự án A, units: 400}
          - {name: Dự án B, units: 600}

Fails with NX313::

    pipeline:
      started:
        units: 1000
        source: {doc: doc1, section: "2"}
        deliveries:
          - {period: 2021-2025, units: 600, share: 60%, source: {doc: doc1, section: "2"}}
          - {period: 2026-2030, share: 40%, source: {doc: doc1, section: "2"}}
        projects:
          - {name: Dự án A, units: 400}
          - {name: Dự án B, units: 500}
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...findings import Finding, ProblemCode
from ...i18n import msg
from ..phrases import stage as stage_name
from ..rule import ARITHMETIC, WARNING, Rule

if TYPE_CHECKING:
    from ..context import CheckContext

PROJECTS = ProblemCode(
    "NX313",
    WARNING,
    "stage units differ from the sum of its projects",
    "check the stage's units and the project list against the source",
)


def check(context: CheckContext) -> Iterator[Finding]:
    for stage, pipeline in context.plan.pipeline.items():
        listed = pipeline.project_units
        if listed is None or pipeline.units is None or listed == pipeline.units:
            continue
        yield context.finding(
            PROJECTS,
            msg(
                "{stage}: the source states {units} units{where}, its {count} projects add up to {listed}",
                stage=stage_name(stage),
                units=pipeline.units,
                where=context.where(pipeline.source),
                count=len(pipeline.projects),
                listed=listed,
            ),
            ("pipeline", stage.value, "units"),
        )


RULE = Rule(__name__, (PROJECTS,), ARITHMETIC, check)
