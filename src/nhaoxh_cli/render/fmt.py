"""How numbers, ratios and citations are written for people."""

from __future__ import annotations

from fractions import Fraction

from ..domain import Qualifier, Stage, Status
from ..model import Citation, Plan


def units(value: int | None) -> str:
    return "—" if value is None else f"{value:,}"


def signed(value: int | None) -> str:
    return "—" if value is None else f"{value:+,}"


def percent(ratio: Fraction | None) -> str:
    return "—" if ratio is None else f"{float(ratio) * 100:.1f}%"


def ratio_number(ratio: Fraction | None) -> float | None:
    """The ratio for machine formats: a float rounded to 4 decimals."""
    return None if ratio is None else round(float(ratio), 4)


def status_word(status: Status) -> str:
    return status.value.replace("_", " ")


def stage_label(key: str) -> str:
    if key == "completed":
        return "completed (đã hoàn thành)"
    stage = Stage(key)
    return f"{stage.english} ({stage.vietnamese})"


def qualified(units_text: str, qualifier: Qualifier) -> str:
    prefix = {Qualifier.ABOUT: "~", Qualifier.AT_LEAST: "≥", Qualifier.ABOVE: ">"}.get(qualifier, "")
    return prefix + units_text


def citation(plan: Plan, cite: Citation) -> str:
    """ "117/QĐ-UBND, II.1.2, line 119": a source a person can look up."""
    source = plan.sources.get(cite.doc)
    parts = [source.document if source else cite.doc, cite.section]
    if cite.line is not None:
        parts.append(f"line {cite.line}")
    return ", ".join(parts)
