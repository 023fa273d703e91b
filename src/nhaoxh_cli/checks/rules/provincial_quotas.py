"""NX112 — a provincial plan's figure written as a quota.

A quota (chỉ tiêu) is what the Government assigns a province: Quyết định
444/QĐ-TTg, Đề án 338/QĐ-TTg, Nghị quyết 7/NQ-CP. A figure a province sets
itself — in a plan or decision of its People's Committee (UBND), Council
(HĐND) or Party Committee (Tỉnh ủy, …/TU) — is its goal (mục tiêu), however
it is worded, and is compared with the quota as a goal.

Passes::

    targets:
      - {id: quota-1, kind: quota, period: 2021-2025, units: 1000, decision: 338/QĐ-TTg, source: {doc: doc1}}
      - {id: goal-1, kind: goal, period: 2021-2025, units: 1200, decision: 105/KH-UBND, source: {doc: doc1}}

Fails with NX112::

    targets:
      - {id: quota-1, kind: quota, period: 2021-2025, units: 1000, decision: 105/KH-UBND, source: {doc: doc1}}
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...domain import TargetKind
from ...findings import Finding, ProblemCode
from ...i18n import msg
from ..rule import ERROR, STRUCTURE, Rule

if TYPE_CHECKING:
    from ..context import CheckContext

PROVINCIAL_QUOTA = ProblemCode(
    "NX112",
    ERROR,
    "provincial plan's figure written as a quota",
    "a figure a province sets itself is a goal: write kind: goal",
)

#: Provincial documents: a figure they set is the province's goal, not a quota the Government assigns.
#: (`nhaoxh import` refuses such a row with the same test.)
PROVINCIAL_DOCUMENT = re.compile(r"UBND|HĐND|HDND|/TU\b|-TU\b|KL/TU|NQ/TU|KH/TU", re.IGNORECASE)


def check(context: CheckContext) -> Iterator[Finding]:
    for i, target in enumerate(context.plan.targets):
        if target.kind is TargetKind.QUOTA and target.decision and PROVINCIAL_DOCUMENT.search(target.decision):
            yield context.finding(
                PROVINCIAL_QUOTA,
                msg(
                    "{decision} is a provincial document, so its figure is a goal, not a quota",
                    decision=target.decision,
                ),
                ("targets", i, "kind"),
            )


RULE = Rule(__name__, (PROVINCIAL_QUOTA,), STRUCTURE, check)
