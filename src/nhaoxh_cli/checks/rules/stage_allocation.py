"""NX302 — a stage delivers more units than it holds.

A stage of the pipeline (the projects started, say) holds a number of
units, and the source spreads them over periods. When every delivery is
known and they add up to more than the stage holds, a figure is wrong —
Quyết định 117 gives its started projects 4.017 + 2.554 = 6.571 units to
deliver from a stage of 6.570.

Passes::

    pipeline:
      started:
        units: 1000
        source: {doc: doc1, section: "2"}
        deliveries:
          - {period: 2021-2025, units: 600, source: {doc: doc1, section: "2"}}
          - {period: 2026-2030, units: 400, source: {doc: doc1, section: "2"}}

Fails with NX302::

    pipeline:
      started:
        units: 1000
        source: {doc: doc1, section: "2"}
        deliveries:
          - {period: 2021-2025, units: 600, source: {doc: doc1, section: "2"}}
          - {period: 2026-2030, units: 500, source: {doc: doc1, section: "2"}}
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...engine.projection import delivery_units
from ...findings import Finding, ProblemCode
from ...i18n import msg
from ..phrases import added, signed
from ..phrases import stage as stage_name
from ..rule import ARITHMETIC, WARNING, Rule

if TYPE_CHECKING:
    from ..context import CheckContext

OVER_ALLOCATED = ProblemCode(
    "NX302",
    WARNING,
    "stage delivers more units than it holds",
    "check the stage's units and its deliveries against the source",
)


def check(context: CheckContext) -> Iterator[Finding]:
    for stage, pipeline in context.plan.pipeline.items():
        if pipeline.units is None:
            continue
        delivered = [delivery_units(d, pipeline) for d in pipeline.deliveries]
        known = [u for u in delivered if u is not None]
        if len(known) < len(delivered) or sum(known) <= pipeline.units:
            continue
        yield context.finding(
            OVER_ALLOCATED,
            msg(
                "{stage}: the deliveries add up to {delivered} ({terms}) but the stage holds {units} "
                "units{where}: {difference}",
                stage=stage_name(stage),
                delivered=sum(known),
                terms=added(known),
                units=pipeline.units,
                where=context.where(pipeline.source),
                difference=signed(sum(known) - pipeline.units),
            ),
            ("pipeline", stage.value, "units"),
        )


RULE = Rule(__name__, (OVER_ALLOCATED,), ARITHMETIC, check)
