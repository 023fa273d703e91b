"""NX303 — a share the source states disagrees with the units it states.

When a line gives both units and a share ("1.817 căn (80%)" of a stage of
2.303), the two must agree: 1.817/2.303 is 78,9%. The tolerance follows how
the source rounds: ±0,5 percentage points for an exact share (documents
round to whole percent), ±2,5 for "khoảng" (about: rounded to 5). Shares of
deliveries are taken of the stage's units (or the line's own `stage_units`),
shares of targets of the target they are `of`.

Passes::

    pipeline:
      started:
        units: 1000
        source: {doc: doc1, section: "2"}
        deliveries:
          - {period: 2021-2025, units: 600, share: 60%, source: {doc: doc1, section: "2"}}

Fails with NX303::

    pipeline:
      started:
        units: 1000
        source: {doc: doc1, section: "2"}
        deliveries:
          - {period: 2021-2025, units: 600, share: 50%, source: {doc: doc1, section: "2"}}
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import TYPE_CHECKING

from ...domain import Qualifier
from ...engine.projection import target_units
from ...findings import Finding, ProblemCode
from ...i18n import Text, msg
from ...model import Citation
from ..phrases import label
from ..phrases import stage as stage_name
from ..rule import ARITHMETIC, WARNING, Rule

if TYPE_CHECKING:
    from ..context import CheckContext

SHARE_DISAGREES = ProblemCode(
    "NX303",
    WARNING,
    "stated share disagrees with stated units",
    "check the share and the units against the source",
)

#: How far (in percentage points) a stated share may be from units / whole.
SHARE_TOLERANCE = {Qualifier.EXACT: Decimal("0.5")}
SHARE_TOLERANCE_APPROXIMATE = Decimal("2.5")


def share_tolerance(qualifier: Qualifier) -> Decimal:
    return SHARE_TOLERANCE.get(qualifier, SHARE_TOLERANCE_APPROXIMATE)


def check(context: CheckContext) -> Iterator[Finding]:
    for stage, pipeline in context.plan.pipeline.items():
        for j, delivery in enumerate(pipeline.deliveries):
            whole = delivery.stage_units if delivery.stage_units is not None else pipeline.units
            if delivery.units is None or delivery.share is None or whole is None:
                continue
            what = msg("{stage} in {period}", stage=stage_name(stage), period=delivery.period)
            path = ("pipeline", stage.value, "deliveries", j)
            yield from _disagreement(
                context, what, delivery.units, whole, delivery.share, delivery.qualifier, delivery.source, path
            )
    for i, target in enumerate(context.plan.targets):
        base = context.plan.target(target.of) if target.of else None
        whole = target_units(context.plan, base)[0] if base is not None else None
        if target.units is None or target.share is None or whole is None:
            continue
        what = msg("target {target}", target=target.id or label(i))
        yield from _disagreement(
            context, what, target.units, whole, target.share, target.qualifier, target.source, ("targets", i)
        )


def _disagreement(
    context: CheckContext,
    what: Text,
    units: int,
    whole: int,
    share: Decimal,
    qualifier: Qualifier,
    citation: Citation,
    path: tuple[str | int, ...],
) -> Iterator[Finding]:
    if whole <= 0:
        return
    implied = Decimal(units) * 100 / Decimal(whole)
    tolerance = share_tolerance(qualifier)
    if abs(implied - share) <= tolerance:
        return
    values = {
        "what": what,
        "units": units,
        "whole": whole,
        "implied": implied,
        "share": share,
        "cite": context.cite(citation),
        "tolerance": tolerance,
    }
    if qualifier is Qualifier.ABOUT:
        text = msg(
            "{what}: {units}/{whole} is {implied}%, but the source states about {share}% ({cite}); the tolerance "
            "for about share is ±{tolerance} points",
            **values,
        )
    else:
        text = msg(
            "{what}: {units}/{whole} is {implied}%, but the source states {share}% ({cite}); the tolerance for an "
            "exact share is ±{tolerance} points",
            **values,
        )
    yield context.finding(SHARE_DISAGREES, text, (*path, "share"))


RULE = Rule(__name__, (SHARE_DISAGREES,), ARITHMETIC, check)
