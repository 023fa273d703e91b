"""How numbers, ratios and citations are written for people."""

from __future__ import annotations

from fractions import Fraction

from ..domain import Qualifier, Stage, Status
from ..i18n import decimal, number, t
from ..model import Citation, Plan


def units(value: int | None) -> str:
    """15,540 in English, 15.540 in Vietnamese."""
    return "—" if value is None else number(value)


def signed(value: int | None) -> str:
    return "—" if value is None else ("+" if value >= 0 else "-") + number(abs(value))


def percent(ratio: Fraction | None) -> str:
    """100.9% in English, 100,9% in Vietnamese."""
    return "—" if ratio is None else decimal(float(ratio) * 100) + "%"


def bar(ratio: Fraction | None, width: int = 10) -> str:
    """A text progress bar: filled to the ratio, a "+" past 100% — readable without colour."""
    if ratio is None:
        return "·" * width
    filled = min(width, round(float(ratio) * width))
    return "█" * filled + "·" * (width - filled) + ("+" if ratio > 1 else "")


def ratio_number(ratio: Fraction | None) -> float | None:
    """The ratio for machine formats: a float rounded to 4 decimals."""
    return None if ratio is None else round(float(ratio), 4)


def status_word(status: Status) -> str:
    """met / đạt, near / gần đạt, at risk / có nguy cơ, off track / chậm, unknown / chưa rõ."""
    return t(status.value.replace("_", " "))


def stage_label(key: str) -> str:
    if key == "completed":
        return t("completed (đã hoàn thành)")
    stage = Stage(key)
    return t("{english} ({vietnamese})", english=stage.english, vietnamese=stage.vietnamese)


def qualified(units_text: str, qualifier: Qualifier) -> str:
    prefix = {Qualifier.ABOUT: "~", Qualifier.AT_LEAST: "≥", Qualifier.ABOVE: ">"}.get(qualifier, "")
    return prefix + units_text


def citation(plan: Plan, cite: Citation) -> str:
    """ "117/QĐ-UBND, II.1.2, line 119": a source a person can look up."""
    source = plan.sources.get(cite.doc)
    parts = [source.document if source else cite.doc, *([cite.section] if cite.section else [])]
    if cite.line is not None:
        parts.append(f"line {cite.line}")
    return ", ".join(parts)
