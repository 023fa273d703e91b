"""Checks on plan files. Each rule is a module of `checks/rules/` that defines
its problem codes and documents them (what it checks, a plan that passes and
one that fails); `checks/registry.py` lists every rule, and from it

- `check_plan(result)` runs the rules of one loaded plan: its structure first
  (periods and references, NX2xx, errors), then — when the structure is
  sound — the source's own arithmetic (NX3xx, warnings; errors under --strict);
- the table of problem codes in docs/plan-format.md is generated;
- the broken plans of tests/plans/negative/ are matched one to one.

The loader reports the problems of reading a file (NX0xx, NX1xx), and
`checks.plan_set` those between plan files (NX207, NX208): their codes are in
the registry too. Nothing here prints.

This package is imported lazily (the loader imports the codes of the rules it
enforces, and the checks import the loader): `check_plan` is loaded when it is
first asked for.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .registry import check_plan


def __getattr__(name: str) -> Any:
    if name == "check_plan":
        from .registry import check_plan

        return check_plan
    raise AttributeError(name)


__all__ = ["check_plan"]
