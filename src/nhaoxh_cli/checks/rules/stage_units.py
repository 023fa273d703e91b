"""NX306 — a stage's units stated differently on two lines.

A delivery line may restate the stage it belongs to ("80% of 2.303 căn"):
`stage_units` keeps that figure, and its share is taken of it. When it
differs from the stage's own `units`, one of the two lines is wrong. (It is
compared on lines that state units, a share and the stage's units.)

Passes::

    pipeline:
      started:
        units: 1000
        source: {doc: doc1, section: "2"}
        deliveries:
          - {period: 2021-2025, units: 600, share: 60%, stage_units: 1000, source: {doc: doc1, section: "2"}}

Fails with NX306::

    pipeline:
      started:
        units: 1000
        source: {doc: doc1, section: "2"}
        deliveries:
          - {period: 2021-2025, units: 660, share: 60%, stage_units: 1100, source: {doc: doc1, section: "2"}}
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

STAGE_UNITS = ProblemCode(
    "NX306", WARNING, "stage units stated differently on two lines", "check the stage's units against the source"
)


def check(context: CheckContext) -> Iterator[Finding]:
    for stage, pipeline in context.plan.pipeline.items():
        for j, delivery in enumerate(pipeline.deliveries):
            if delivery.units is None or delivery.share is None or delivery.stage_units is None:
                continue
            if pipeline.units is None or delivery.stage_units == pipeline.units:
                continue
            yield context.finding(
                STAGE_UNITS,
                msg(
                    "{stage}: this line states the stage as {line_units} units ({cite}), the stage says {units}",
                    stage=stage_name(stage),
                    line_units=delivery.stage_units,
                    cite=context.cite(delivery.source),
                    units=pipeline.units,
                ),
                ("pipeline", stage.value, "deliveries", j, "stage_units"),
            )


RULE = Rule(__name__, (STAGE_UNITS,), ARITHMETIC, check)
