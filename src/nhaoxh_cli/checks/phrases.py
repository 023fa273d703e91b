"""Phrases many messages share: "about", a sum, a difference, a label.

Messages are made of values, never of numbers formatted beforehand: an int
is a count and `i18n.Text` writes it the reader's way (6,571 / 6.571); a
year, a line or an id only names something and is given as text (`label`).
"""

from __future__ import annotations

from collections.abc import Iterable

from ..domain import Qualifier, Stage
from ..i18n import Text, msg
from ..model import Plan, Target
from .slots import target_years


def about(qualifier: Qualifier) -> str | Text:
    """ "about " for a figure the source gives as approximate (khoảng), else nothing."""
    return msg("about ") if qualifier is Qualifier.ABOUT else ""


def added(terms: Iterable[int]) -> Text:
    """A sum as it is written: 2.554 + 7.389 + 1.817 (each term in the reader's number format)."""
    values = {f"term{i}": term for i, term in enumerate(terms)}
    return Text(" + ".join(f"{{{name}}}" for name in values), tuple(values.items()))


def signed(difference: int) -> int | Text:
    """A difference with its sign: +2, -3 (in the reader's number format)."""
    return msg("+{difference}", difference=difference) if difference > 0 else difference


def label(value: int | str | None) -> str:
    """A year, a line or an index in a message: it names something, it is not a count."""
    return "" if value is None else str(value)


def stage(key: Stage) -> Text:
    """A pipeline stage as a reader names it ("construction started", "đã khởi công"), never its key."""
    return msg(key.english)


def target(plan: Plan, figure: Target) -> Text:
    """A target as a reader names it, by its kind and years ("quota 2021-2025"), not by its id."""
    years = target_years(plan, figure)
    shown = "—" if years is None else str(years[0]) if years[0] == years[1] else f"{years[0]}-{years[1]}"
    return msg("{kind} {years}", kind=msg(figure.kind.value), years=shown)
