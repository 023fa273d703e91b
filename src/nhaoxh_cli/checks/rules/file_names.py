"""NX207 — a plan file is not named after its slug.

`nhaoxh forecast haiphong` finds the plan in `haiphong.yaml` without reading
the others: a file named `hai-phong.yaml` holding `slug: haiphong` would
only be found the slow way, and two files could claim one name unnoticed.

A plan that passes, in haiphong.yaml:

    province: {slug: haiphong, name: Hải Phòng}

The same plan fails with NX207 in hai-phong.yaml. A file name is no YAML:
tests/plans/negative/NX207-file-name shows it. A plan read from a pipe
(`nhaoxh validate /dev/stdin`, `<(…)`) has no file name of its own and is not
held to one.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import TYPE_CHECKING

from ...findings import Finding, ProblemCode
from ...i18n import msg
from ..rule import ERROR, PLAN_SET, Rule

if TYPE_CHECKING:
    from ...loader.plans import LoadResult

FILE_NAME = ProblemCode(
    "NX207", ERROR, "slug does not match the file name", "name the file <slug>.yaml, or change the slug"
)


def check(result: LoadResult) -> list[Finding]:
    """NX207 for a loaded plan whose file is not named after its slug."""
    if result.plan is None or result.document is None:
        return []
    slug = result.plan.province.slug
    stem = Path(result.file).stem
    if result.file.startswith("<") or stem == slug or not _regular(result.file):
        return []
    return [
        Finding.of(
            FILE_NAME,
            msg("the file is named {stem} but its slug is '{slug}'", stem=stem, slug=slug),
            file=result.file,
            at=result.document.locate(("province", "slug")),
            path="province.slug",
            hint=msg("rename the file to {slug}.yaml, or change the slug", slug=slug),
        )
    ]


def _regular(file: str) -> bool:
    try:
        return stat.S_ISREG(os.stat(file).st_mode)
    except OSError:
        return True  # gone since it was read: judge the name as given


RULE = Rule(__name__, (FILE_NAME,), PLAN_SET)
