"""Checks on loaded plans: references, the source's own arithmetic, and
clashes between plans. Each returns findings; none prints.

- `references`: periods, sources and targets a plan names must exist, and
  periods must be well-formed (NX2xx, errors);
- `consistency`: the source's figures must agree with each other (NX3xx,
  warnings; errors under --strict);
- `plan_set`: file names and slugs across plans (NX207, NX208), one plan at a time.
"""

from __future__ import annotations

from ..findings import Finding
from ..loader.plans import LoadResult
from . import consistency, references
from .context import CheckContext


def check_plan(result: LoadResult) -> list[Finding]:
    """All single-plan checks of a loaded plan, in file order."""
    if result.plan is None or result.document is None:
        return []
    context = CheckContext(result.plan, result.document, result.file)
    found = references.check(context)
    if not any(f.code in references.BLOCKING for f in found):
        found += consistency.check(context)
    return sorted(found, key=lambda f: (f.line, f.column, f.code))


__all__ = ["check_plan"]
