"""NX208 — two plans claim the same name.

A province is found by its plan's slug or one of its aliases (compared
without case or diacritics): a name two plans claim would find either. The
file read first (in name order) keeps the name; each later claim is
reported where it stands.

Two plans that pass, in haiphong.yaml and haiduong.yaml:

    province: {slug: haiphong, name: Hải Phòng, aliases: [hai-phong]}
    province: {slug: haiduong, name: Hải Dương}

Two that fail with NX208 (the second file read, hp.yaml, claims hai-phong
again):

    province: {slug: haiphong, name: Hải Phòng, aliases: [hai-phong]}
    province: {slug: hp, name: Hải Phòng, aliases: [hai-phong]}

It takes two files: tests/plans/negative/NX208-claimed-twice shows it.
"""

from __future__ import annotations

from ...findings import Finding, ProblemCode
from ...i18n import msg
from ...loader.yamlnodes import Place
from ..rule import ERROR, PLAN_SET, Rule

CLAIMED_TWICE = ProblemCode(
    "NX208", ERROR, "slug or alias claimed by two plans", "each slug and alias may belong to one plan only"
)


def clash(file: str, name: str, field: str, at: Place, first: str) -> Finding:
    """NX208: `file` claims `name` (its province's `field`, at `at`), which `first` claimed before."""
    return Finding.of(
        CLAIMED_TWICE,
        msg("'{name}' is already claimed by {file}", name=name, file=first),
        file=file,
        at=at,
        path=f"province.{field}",
    )


RULE = Rule(__name__, (CLAIMED_TWICE,), PLAN_SET)
