"""Problems found in plan files, as values.

Every problem nhaoxh can report has a stable code: a `ProblemCode` with its
severity, a one-line title and the hint shown to the person who must fix it,
defined once beside the rule that finds it (`nhaoxh_cli.checks.rules`; the
registry `nhaoxh_cli.checks.registry` lists them all). The loader and the
checks return `Finding` values; only renderers format them and only the CLI
prints them.
"""

from __future__ import annotations

from dataclasses import field, replace
from enum import StrEnum
from typing import Protocol

from .i18n import Text, t
from .values import frozen


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@frozen
class ProblemCode:
    """A kind of problem: NX0xx reading the file, NX1xx fields and values, NX2xx references within a
    plan and across plans, NX3xx the source's own figures (warnings; errors under --strict)."""

    code: str
    severity: Severity
    title: str
    hint: str


class Positioned(Protocol):
    """Anything with a 1-based line and column, e.g. a YAML node's place."""

    @property
    def line(self) -> int: ...

    @property
    def column(self) -> int: ...


@frozen
class Finding:
    """One problem at one place in one file."""

    code: str
    message: str
    file: str = ""
    line: int = 0  # 1-based; 0 when the problem has no position
    column: int = 0  # 1-based
    path: str = ""  # the field's path in the plan, e.g. pipeline.started.units
    hint: str = ""
    severity: Severity = field(default=Severity.ERROR)
    #: The message and hint to translate when shown (i18n.msg); None for text shown as written.
    text: Text | None = None
    hint_text: Text | None = None
    title: str = ""  # the problem code's title, in English

    @classmethod
    def of(
        cls,
        problem: ProblemCode,
        message: str | Text,
        *,
        at: Positioned | None = None,
        hint: str | Text | None = None,
        **where: object,
    ) -> Finding:
        """A finding of `problem`; `at` is the place in the file (its line and column); without
        `hint`, the problem's own."""
        chosen = hint or problem.hint
        if at is not None:
            where.update(line=at.line, column=at.column)
        return cls(
            code=problem.code,
            message=str(message),
            hint=str(chosen),
            severity=problem.severity,
            text=message if isinstance(message, Text) else None,
            hint_text=chosen if isinstance(chosen, Text) else None,
            title=problem.title,
            **where,  # type: ignore[arg-type]
        )

    def shown_message(self) -> str:
        """The message for a person, in the current language: its numbers and dates the reader's way
        (31 Dec 2024 or 31/12/2024); `message` keeps the neutral form (ISO dates) for JSON and CI."""
        if self.text is None:
            return t(self.message)
        return self.text.shown()

    def shown_hint(self) -> str:
        if self.hint_text is None:
            return t(self.hint)
        return self.hint_text.shown()

    def in_file(self, file: str) -> Finding:
        return replace(self, file=file)


def has_errors(findings: list[Finding]) -> bool:
    return any(f.severity is Severity.ERROR for f in findings)
