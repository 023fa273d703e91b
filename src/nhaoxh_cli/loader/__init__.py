"""Reading plan files: YAML with positions, pydantic models, plan discovery.

Submodules are imported where they are used (`from nhaoxh_cli.loader.plans
import load_plan_file`), so that importing `nhaoxh_cli.loader.limits` does not
load pydantic and the models.
"""

from __future__ import annotations

from typing import Any

_EXPORTS = {"LoadResult", "load_plan_file", "load_plan_text"}


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        from . import plans

        return getattr(plans, name)
    raise AttributeError(name)


__all__ = sorted(_EXPORTS)
