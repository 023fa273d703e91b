"""A rule: the problems it reports, when it runs, and how it finds them.

Each module of `checks/rules/` defines its problem codes (`ProblemCode`:
code, severity, title, hint) and one `RULE`; its docstring is its
documentation, with a plan that passes and one that fails. The registry
(`checks/registry.py`) lists every rule explicitly.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from ..findings import Finding, ProblemCode, Severity

if TYPE_CHECKING:
    from .context import CheckContext

ERROR, WARNING = Severity.ERROR, Severity.WARNING


class Stage(StrEnum):
    """When a rule's problems are found."""

    #: While the file is read (the loader: bytes, YAML, fields and values).
    LOADER = "loader"
    #: On one plan, first: its references and periods (`check_plan`).
    STRUCTURE = "structure"
    #: On one plan whose structure is sound: the source's own figures (`check_plan`).
    ARITHMETIC = "arithmetic"
    #: Across the plan files of a folder: names and file names (`validate`, `checks.plan_set`).
    PLAN_SET = "plan set"


@dataclass(frozen=True)
class Rule:
    """One rule of `checks/rules/`."""

    module: str  # the module that defines it (its docstring documents it)
    problems: tuple[ProblemCode, ...]
    stage: Stage
    #: What `check_plan` runs (STRUCTURE and ARITHMETIC rules); None where the loader or
    #: `checks.plan_set` finds the problems.
    check: Callable[[CheckContext], Iterable[Finding]] | None = None
    #: A finding of this rule makes the plan's figures mean something else than they seem
    #: (a period backwards, a reference to nothing): the ARITHMETIC rules are then not run.
    blocking: bool = False

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(problem.code for problem in self.problems)
