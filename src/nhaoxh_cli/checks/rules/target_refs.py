"""NX205 — `of` or `parts` names a target the plan does not have.

A share is taken `of` another target, by its id; a total lists its `parts`
by id. An unknown id (or a target that is a share of itself) leaves the
figure undefined, so the arithmetic checks are not run.

Passes::

    targets:
      - {id: quota-1, kind: quota, period: 2021-2025, units: 1000, source: {doc: doc1, section: "1"}}
      - {id: goal-1, kind: goal, period: 2021-2025, share: 100%, of: quota-1, source: {doc: doc1, section: "1"}}

Fails with NX205::

    targets:
      - {id: quota-1, kind: quota, period: 2021-2025, units: 1000, source: {doc: doc1, section: "1"}}
      - {id: goal-1, kind: goal, period: 2021-2025, share: 100%, of: quota-9, source: {doc: doc1, section: "1"}}
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...findings import Finding, ProblemCode
from ...i18n import msg
from ..rule import ERROR, STRUCTURE, Rule

if TYPE_CHECKING:
    from ..context import CheckContext

UNKNOWN_TARGET = ProblemCode("NX205", ERROR, "unknown target", "name the id of a target in this plan")


def check(context: CheckContext) -> Iterator[Finding]:
    ids = {t.id for t in context.plan.targets if t.id}
    for i, target in enumerate(context.plan.targets):
        if target.of is not None and target.of not in ids:
            yield context.finding(
                UNKNOWN_TARGET, msg("'of: {of}' names no target of this plan", of=target.of), ("targets", i, "of")
            )
        if target.of is not None and target.of == target.id:
            yield context.finding(
                UNKNOWN_TARGET, msg("target '{id}' is a share of itself", id=target.id), ("targets", i, "of")
            )
        for k, part in enumerate(target.parts):
            if part not in ids:
                yield context.finding(
                    UNKNOWN_TARGET,
                    msg("part '{part}' names no target of this plan", part=part),
                    ("targets", i, "parts", k),
                )


RULE = Rule(__name__, (UNKNOWN_TARGET,), STRUCTURE, check, blocking=True)
