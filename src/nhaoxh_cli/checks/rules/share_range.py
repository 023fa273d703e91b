"""NX106 — a share outside 0–100%.

Shares are percentages: 60, "60%" or "60,5%". A share of 160% is a typo
(or 0.6 written for 60%).

Passes::

    pipeline:
      started:
        units: 1000
        source: {doc: doc1, section: "2"}
        deliveries:
          - {period: 2021-2025, share: 60%, source: {doc: doc1, section: "2"}}

Fails with NX106::

    pipeline:
      started:
        units: 1000
        source: {doc: doc1, section: "2"}
        deliveries:
          - {period: 2021-2025, share: 160%, source: {doc: doc1, section: "2"}}
"""

from __future__ import annotations

from ...findings import ProblemCode
from ..rule import ERROR, Rule, Stage

SHARE_RANGE = ProblemCode("NX106", ERROR, "share outside 0–100%", "write the share as a percentage between 0 and 100")

RULE = Rule(__name__, (SHARE_RANGE,), Stage.LOADER)
