"""What `extract` returns: typed values, never printed text.

An `Extraction` says which province and territory the drafter decided and
why, the document's date and how it was found, every figure it placed (with
its kind, years, qualifier, line and quote), every figure it saw but did not
place (with a reason *code*), what a person should check and fill, and the
draft plan as YAML text. Reasons and notes are `Note`s — a code and its
values — so that `nhaoxh_cli.render.extract.text.summary_lines` can say them in English or
Vietnamese; the codes are defined once, in `messages.py`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import field
from decimal import Decimal
from enum import StrEnum

from ..domain import Stage
from ..values import frozen


class Kind(StrEnum):
    """What a figure is, read from the words around it."""

    QUOTA = "quota"  # chỉ tiêu, được giao
    GOAL = "goal"  # mục tiêu, phấn đấu, kế hoạch
    DEMAND = "demand"  # nhu cầu
    COMPLETED = "completed"  # đã hoàn thành, đưa vào sử dụng, bàn giao
    PIPELINE = "pipeline"  # a stage: đang thi công, chọn chủ đầu tư, …
    DELIVERY = "delivery"  # what a stage is forecast to deliver in a period (N/M căn under "Dự báo")
    STATED_TOTAL = "stated_total"  # tổng số căn …
    HOUSING_SUPPORT = "housing_support"  # hộ được hỗ trợ làm mới, sửa chữa nhà ở: households, not units
    EXPECTED = "expected"  # dự kiến hoàn thành (seen; the plan format has no place yet)

    @property
    def is_target(self) -> bool:
        return self in (Kind.QUOTA, Kind.GOAL, Kind.DEMAND)


class Qualifier(StrEnum):
    """How exactly the source states a figure; `under` (gần) has no counterpart in the plan format yet."""

    EXACT = "exact"
    ABOUT = "about"  # khoảng
    UNDER = "under"  # gần
    ABOVE = "above"  # hơn, trên, vượt
    AT_LEAST = "at_least"  # ít nhất, tối thiểu


@frozen
class When:
    """The years a figure is attached to, as the text says them.

    `first`/`last` inclusive; `to 2030` has no first year ("đến năm 2030"),
    `since 2021` no last year ("từ năm 2021 đến nay"). `label` is the
    source's wording.
    """

    first: int | None
    last: int | None
    label: str

    @property
    def text(self) -> str:
        if self.first is None:
            return f"to {self.last}"
        if self.last is None:
            return f"since {self.first}"
        return str(self.first) if self.first == self.last else f"{self.first}-{self.last}"


@frozen
class Note:
    """A message as a value: a code from `messages.MESSAGES` and the values it names."""

    code: str
    values: tuple[tuple[str, str | int], ...] = ()

    @classmethod
    def of(cls, code: str, **values: str | int) -> Note:
        return cls(code, tuple(values.items()))

    def get(self, name: str) -> str | int | None:
        return dict(self.values).get(name)


@frozen
class Figure:
    """A figure placed in the draft."""

    kind: Kind
    units: int | None  # dwelling units (căn); households for housing support
    written: str  # the number as the text writes it: "4.979"
    line: int
    quote: str
    section: str  # where the draft puts it: targets, completed, reported, snapshots, pipeline, …
    when: When | None = None
    qualifier: Qualifier = Qualifier.EXACT
    stage: Stage | None = None
    share: Decimal | None = None
    territory: str = ""
    part: str = ""  # the document's section ("II.1.2"), or "" when it has none
    why: tuple[Note, ...] = ()  # the cues that decided it, for the analyst

    @property
    def years(self) -> str | None:
        return self.when.text if self.when else None


@frozen
class Unplaced:
    """A figure seen but not placed, with the reason."""

    written: str  # "1.100 căn"
    units: int | None
    line: int
    quote: str
    reason: Note
    kind: Kind | None = None


@frozen
class Decision:
    """A choice the drafter made (province, territory, date) and how it made it."""

    value: str | None
    how: Note


@frozen
class Extraction:
    """Everything `extract` learned from one document."""

    name: str
    province: Decision  # slug of the current unit
    territory: Decision  # "haiphong", "former:haiphong"
    date: Decision  # ISO date "2024-01-15", or "2024-09" when the day is blank
    placed: tuple[Figure, ...]
    unplaced: tuple[Unplaced, ...]
    to_check: tuple[Note, ...]
    to_fill: tuple[Note, ...]
    plan_yaml: str
    document: str | None = None  # the document's number, "117/QĐ-UBND"
    input_type: str = "text"
    plan: dict[str, object] = field(default_factory=dict)

    def count(self, *sections: str) -> int:
        return sum(f.section in sections for f in self.placed)

    @property
    def as_of(self) -> dt.date | None:
        value = self.date.value
        return dt.date.fromisoformat(value) if value and len(value) == 10 else None
