"""NX009 — a link in a plans folder leads outside it.

`plans/x.yaml -> /etc/shadow` is not followed: nothing of its target is read
or printed (a pull request could otherwise make CI print a file of the
runner into its log). A link within the folder is read as usual. No YAML can
show it: tests/plans/negative/NX009-link-outside holds such a link.
"""

from __future__ import annotations

from ...findings import ProblemCode
from ..rule import ERROR, Rule, Stage

OUTSIDE_LINK = ProblemCode(
    "NX009",
    ERROR,
    "link points outside the plans folder",
    "copy the plan into the folder instead of linking to it",
)

RULE = Rule(__name__, (OUTSIDE_LINK,), Stage.LOADER)
