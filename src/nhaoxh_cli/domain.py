"""The vocabulary of the programme, defined once.

Stage keys, target kinds, statuses with their thresholds and the exit codes
live here and nowhere else: models, engine, renderers, docs and tests all
read them from this module.
"""

from __future__ import annotations

from enum import IntEnum, StrEnum
from fractions import Fraction

from .values import frozen


class Stage(StrEnum):
    """A pipeline stage (giai đoạn của dự án), in the order projects advance."""

    STARTED = "started"
    INVESTOR_SELECTED = "investor_selected"
    SELECTING_INVESTOR = "selecting_investor"
    OTHER = "other"
    OLD_APARTMENT_RENOVATION = "old_apartment_renovation"

    @property
    def vietnamese(self) -> str:
        return _STAGE_VI[self]

    @property
    def english(self) -> str:
        return _STAGE_EN[self]


_STAGE_VI = {
    Stage.STARTED: "đã khởi công",
    Stage.INVESTOR_SELECTED: "đã chọn chủ đầu tư",
    Stage.SELECTING_INVESTOR: "đang chọn chủ đầu tư",
    Stage.OTHER: "dự án khác",
    Stage.OLD_APARTMENT_RENOVATION: "cải tạo chung cư cũ",
}
_STAGE_EN = {
    Stage.STARTED: "construction started",
    Stage.INVESTOR_SELECTED: "investor selected",
    Stage.SELECTING_INVESTOR: "investor being selected",
    Stage.OTHER: "other projects",
    Stage.OLD_APARTMENT_RENOVATION: "old apartment renovation",
}

#: The key under which units already completed appear beside the stages.
COMPLETED = "completed"


class TargetKind(StrEnum):
    """What a target is: who set it and what it measures."""

    QUOTA = "quota"  # chỉ tiêu Chính phủ giao
    GOAL = "goal"  # mục tiêu, phấn đấu (local goal)
    DEMAND = "demand"  # nhu cầu

    @property
    def vietnamese(self) -> str:
        return {"quota": "chỉ tiêu", "goal": "mục tiêu", "demand": "nhu cầu"}[self.value]


class Qualifier(StrEnum):
    """How exactly the source states a figure."""

    EXACT = "exact"  # no qualifier in the source
    ABOUT = "about"  # khoảng
    AT_LEAST = "at_least"  # ít nhất, tối thiểu
    ABOVE = "above"  # trên, vượt
    UNDER = "under"  # gần, dưới: at most this ("gần 20.000", "<50%"); added for figures read in the news

    @property
    def vietnamese(self) -> str:
        return {"exact": "", "about": "khoảng", "at_least": "ít nhất", "above": "trên", "under": "gần"}[self.value]


#: A target whose `period` is this word applies to the plan's whole span.
WHOLE_SPAN = "total"


class Status(StrEnum):
    """How a target stands (SPEC.md, "The calculation"): by the ratio of the units delivered or
    expected to the target's units; `not_met` when a source says a target was missed without a count."""

    MET = "met"  # đạt
    NEAR = "near"  # gần đạt
    AT_RISK = "at_risk"  # có nguy cơ
    OFF_TRACK = "off_track"  # chậm
    NOT_MET = "not_met"  # chưa đạt (reported as missed, no count)
    UNKNOWN = "unknown"  # chưa rõ


class Basis(StrEnum):
    """What an assessment of a target rests on (SPEC.md, "Progress as of a date")."""

    REPORTED = "reported"  # every year of the target is over and reported: final
    REPORTED_FORECAST = "reported+forecast"  # delivered so far + what the plan still expects
    FORECAST = "forecast"  # nothing reported yet: the plan's own projection
    UNKNOWN = "unknown"  # not computable: the assessment says what is missing


@frozen
class Threshold:
    status: Status
    min_ratio: Fraction


#: Checked in order: the first threshold the ratio reaches gives the status.
THRESHOLDS: tuple[Threshold, ...] = (
    Threshold(Status.MET, Fraction(100, 100)),
    Threshold(Status.NEAR, Fraction(95, 100)),
    Threshold(Status.AT_RISK, Fraction(85, 100)),
    Threshold(Status.OFF_TRACK, Fraction(0)),
)


def ratio_of(actual: int | None, target: int | None) -> Fraction | None:
    """Actual units over target units; `None` when either is unknown or the target is not positive."""
    if actual is None or target is None or target <= 0:
        return None
    return Fraction(actual, target)


def status_for(ratio: Fraction | None) -> Status:
    """The status of a forecast/target ratio; `None` (not computable) is unknown."""
    if ratio is None:
        return Status.UNKNOWN
    for threshold in THRESHOLDS:
        if ratio >= threshold.min_ratio:
            return threshold.status
    return Status.OFF_TRACK


class ExitCode(IntEnum):
    """Process exit codes (SPEC.md, "Command-line contract"); README's table is generated from these."""

    OK = 0  # success
    PROBLEMS = 1  # the command ran and found problems (an invalid plan, a failed check, a broken output)
    USAGE = 2  # unknown option, unknown province, unreadable path
    INTERNAL = 3  # a bug in nhaoxh: the message says how to report it
    INTERRUPTED = 130  # Ctrl-C (128 + SIGINT), as shells report it

    @property
    def meaning(self) -> str:
        return _EXIT_MEANING[self]


_EXIT_MEANING = {
    ExitCode.OK: "success",
    ExitCode.PROBLEMS: "the command ran and found problems (an invalid plan, a failed check)",
    ExitCode.USAGE: "usage error: unknown option or province, unreadable path, unsupported format",
    ExitCode.INTERNAL: "internal error: a bug in nhaoxh (the message says how to report it)",
    ExitCode.INTERRUPTED: "interrupted (Ctrl-C)",
}
