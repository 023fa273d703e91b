"""Problems found in plan files, as values.

Every problem nhaoxh can report has a stable code defined here once, with its
default severity, a one-line title and the hint shown to the person who must
fix it. The loader and the checks return `Finding` values; only renderers
format them and only the CLI prints them.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Protocol

from .i18n import Text, language, t


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class ProblemCode:
    code: str
    severity: Severity
    title: str
    hint: str


def _codes(*rows: tuple[str, Severity, str, str]) -> dict[str, ProblemCode]:
    return {code: ProblemCode(code, severity, title, hint) for code, severity, title, hint in rows}


E, W = Severity.ERROR, Severity.WARNING

#: Every problem code. NX0xx: reading the file; NX1xx: fields and values;
#: NX2xx: references within a plan and across plans; NX3xx: consistency of
#: the source's own figures (warnings, errors under --strict).
CODES: dict[str, ProblemCode] = _codes(
    ("NX001", E, "file cannot be read", "check the path and its permissions"),
    ("NX002", E, "file is not UTF-8 text", "save the file as UTF-8"),
    (
        "NX003",
        E,
        "YAML syntax error",
        "fix the YAML at the position shown; quote text containing ': ' or '#'",
    ),
    ("NX004", E, "duplicate key", "merge the two entries into one, or delete the wrong one"),
    (
        "NX005",
        E,
        "anchors and aliases are not allowed",
        "write the value out in full instead of using & and *",
    ),
    (
        "NX006",
        E,
        "unsupported YAML tag",
        "remove the tag (the part starting with '!'); plans hold plain values only",
    ),
    (
        "NX007",
        E,
        "file exceeds a size limit",
        "split the file, or raise the limit if the plan really is this large",
    ),
    (
        "NX008",
        E,
        "file is empty or not a mapping",
        "a plan file starts with 'schema_version: 1' and a 'province:' mapping",
    ),
    ("NX009", E, "link points outside the plans folder", "copy the plan into the folder instead of linking to it"),
    ("NX101", E, "unknown key", "check the spelling against docs/plan-format.md"),
    ("NX102", E, "missing field", "add the field; docs/plan-format.md says what it holds"),
    ("NX103", E, "wrong type or value", "write the value as docs/plan-format.md shows"),
    (
        "NX104",
        E,
        "units are not a whole number",
        'write units as 4017 or "4.017" (quoted), never 4.017 unquoted',
    ),
    ("NX105", E, "negative number", "units and years cannot be negative"),
    ("NX106", E, "share outside 0–100%", "write the share as a percentage between 0 and 100"),
    ("NX107", E, "not a finite number", "write a number (NaN and infinity are not figures)"),
    (
        "NX108",
        E,
        "YAML read a word as yes/no",
        "put the text in quotes: YAML 1.1 reads yes/no/on/off as true/false",
    ),
    ("NX109", E, "YAML read text as a number", 'put the value in quotes so it stays text (e.g. code: "01")'),
    ("NX110", E, "unsupported schema_version", "this version of nhaoxh reads schema_version 1"),
    ("NX201", E, "period runs backwards", "start_year must not be after end_year"),
    (
        "NX202",
        E,
        "periods overlap",
        "periods are inclusive year ranges and must not share a year; record the source's wording in 'labels'",
    ),
    ("NX203", E, "unknown period", "name a period defined under 'periods', or 'total' for the whole span"),
    ("NX204", E, "unknown source", "name a document defined under 'sources'"),
    ("NX205", E, "unknown target", "name the id of a target in this plan"),
    ("NX206", E, "duplicate id", "give each period and target its own id"),
    ("NX207", E, "slug does not match the file name", "name the file <slug>.yaml, or change the slug"),
    ("NX208", E, "slug or alias claimed by two plans", "each slug and alias may belong to one plan only"),
    (
        "NX209",
        E,
        "unknown territory",
        "use a current unit's slug, former:<slug> for a unit before the 2025 merger, or vietnam",
    ),
    (
        "NX210",
        E,
        "figures of different territories compared",
        "a share or a sum must stay within one territory: pre-merger and post-merger figures cover different land",
    ),
    (
        "NX211",
        E,
        "target needs a period or years",
        "give a target exactly one of `period` (a period id, or total) and `years`",
    ),
    (
        "NX301",
        W,
        "stated total differs from the sum of its parts",
        "take it back to the document's authors; the plan keeps the source's figure",
    ),
    (
        "NX302",
        W,
        "stage delivers more units than it holds",
        "check the stage's units and its deliveries against the source",
    ),
    (
        "NX303",
        W,
        "stated share disagrees with stated units",
        "check the share and the units against the source",
    ),
    ("NX304", W, "goal below the quota it should meet", "check the goal's units against the quota"),
    ("NX305", W, "target parts do not add up to the whole", "check the per-period targets against the total"),
    ("NX306", W, "stage units stated differently on two lines", "check the stage's units against the source"),
    ("NX307", W, "figure not found in its quote", "check the figure against the quoted words: a digit may be mistyped"),
    (
        "NX313",
        W,
        "stage units differ from the sum of its projects",
        "check the stage's units and the project list against the source",
    ),
    (
        "NX308",
        W,
        "sources disagree on the same figure",
        "the plan uses the figure not marked `alternative`; check which is right",
    ),
    ("NX309", W, "figure written in thousands twice", '"12.000 nghìn" is twelve million: check the source\'s unit'),
    (
        "NX310",
        W,
        "merged unit differs from the sum of its predecessors",
        "check both figures: they should cover the same land",
    ),
    (
        "NX311",
        W,
        "snapshot total differs from the sum of its stages",
        "check the snapshot's figures against the source",
    ),
    (
        "NX312",
        W,
        "reported completions differ from the snapshots",
        "a year's completions should equal the change in the completed count between the snapshots around it",
    ),
)


class Positioned(Protocol):
    """Anything with a 1-based line and column, e.g. a YAML node's place."""

    @property
    def line(self) -> int: ...

    @property
    def column(self) -> int: ...


@dataclass(frozen=True)
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

    @classmethod
    def of(
        cls,
        code: str,
        message: str | Text,
        *,
        at: Positioned | None = None,
        hint: str | Text | None = None,
        **where: object,
    ) -> Finding:
        """A finding of a known code; `at` is the place in the file (its line and column)."""
        spec = CODES[code]
        chosen = hint or spec.hint
        if at is not None:
            where.update(line=at.line, column=at.column)
        return cls(
            code=code,
            message=str(message),
            hint=str(chosen),
            severity=spec.severity,
            text=message if isinstance(message, Text) else None,
            hint_text=chosen if isinstance(chosen, Text) else None,
            **where,  # type: ignore[arg-type]
        )

    def shown_message(self) -> str:
        """The message in the current language (the English was written when the finding was made)."""
        if self.text is None or language() == "en":
            return t(self.message)
        return self.text.shown()

    def shown_hint(self) -> str:
        if self.hint_text is None or language() == "en":
            return t(self.hint)
        return self.hint_text.shown()

    def in_file(self, file: str) -> Finding:
        return replace(self, file=file)

    @property
    def title(self) -> str:
        return CODES[self.code].title


def has_errors(findings: list[Finding]) -> bool:
    return any(f.severity is Severity.ERROR for f in findings)


def codes_table() -> str:
    """The Markdown table of every problem code, as docs/plan-format.md shows it."""
    rows = ["| code | severity | problem | what to do |", "|---|---|---|---|"]
    rows += [f"| {c.code} | {c.severity.value} | {c.title} | {c.hint} |" for c in CODES.values()]
    return "\n".join(rows) + "\n"
