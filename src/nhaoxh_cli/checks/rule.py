"""A rule: the problems it reports, when it runs, and how it finds them.

Each module of `checks/rules/` defines its problem codes (`ProblemCode`:
code, severity, title, hint) and one `RULE`; its docstring is its
documentation, with a plan that passes and one that fails for each code. The
registry (`checks/registry.py`) lists every rule explicitly.

(Plain classes and string constants: the loader imports the rules of reading
a file on every command, so defining them costs next to nothing.)
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Literal

from ..findings import Finding, ProblemCode, Severity

if TYPE_CHECKING:
    from .context import CheckContext

ERROR, WARNING = Severity.ERROR, Severity.WARNING

#: When a rule's problems are found.
Stage = Literal["loader", "structure", "arithmetic", "plan set"]
#: While the file is read (the loader: bytes, YAML, fields and values).
LOADER: Stage = "loader"
#: On one plan, first: its periods and references (`check_plan`).
STRUCTURE: Stage = "structure"
#: On one plan whose structure is sound: the source's own figures (`check_plan`).
ARITHMETIC: Stage = "arithmetic"
#: Across the plan files of a folder: names and file names (`validate`, `checks.plan_set`).
PLAN_SET: Stage = "plan set"


class Rule:
    """One rule of `checks/rules/`."""

    __slots__ = ("blocking", "check", "module", "problems", "stage")

    def __init__(
        self,
        module: str,
        problems: tuple[ProblemCode, ...],
        stage: Stage,
        check: Callable[[CheckContext], Iterable[Finding]] | None = None,
        *,
        blocking: bool = False,
    ) -> None:
        #: The module that defines the rule (its docstring documents it).
        self.module = module
        self.problems = problems
        self.stage = stage
        #: What `check_plan` runs (STRUCTURE and ARITHMETIC rules); None where the loader or
        #: `checks.plan_set` finds the problems.
        self.check = check
        #: A finding of this rule makes the plan's figures mean something else than they seem (a
        #: period backwards, a reference to nothing): the ARITHMETIC rules are then not run.
        self.blocking = blocking

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(problem.code for problem in self.problems)

    def __repr__(self) -> str:
        return f"Rule({self.module}, {', '.join(self.codes)})"
