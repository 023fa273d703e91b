"""The values every view shares: a target, its assessment as of a date, notes and bands.

Results are plain frozen dataclasses of JSON-friendly values (int, str, float,
bool, date, enums, lists, nested results): the JSON output of a view is its
result as it is (`render/json.py`), the JSON Schema of that output is
generated from these types (`tools/update_docs.py`), and a script using the
Python API gets exactly what every renderer gets. Nothing here is prose: a
note is a code and its parameters, worded by the renderers in the reader's
language (`render/notes.py`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import field
from enum import StrEnum

from ..domain import Basis, Qualifier, Status, TargetKind
from ..values import frozen

#: A note's parameters: numbers stay numbers, so each renderer writes them in its reader's format.
Params = dict[str, int | float | str | None]


class NoteCode(StrEnum):
    """Everything the engine has to say beside its figures; render/notes.py words each one."""

    PERIOD_OVER_UNREPORTED = "period_over_unreported"  # over, reports cover only part of it
    PERIOD_OVER_NO_REPORT = "period_over_no_report"  # over, nothing reported for it
    REACHED_EARLY = "reached_early"  # reports already reach the target before its years are over
    NO_PROJECTION = "no_projection"  # the plan projects nothing for the target's remaining years
    TARGET_UNITS_UNKNOWN = "target_units_unknown"  # a share of something whose size is unknown
    NOT_ASSIGNED = "not_assigned"  # the source says no target was assigned
    REPORTED_AS_PERCENT = "reported_as_percent"  # the result is a percentage; the count is derived
    REPORTED_OUTCOME_ONLY = "reported_outcome_only"  # "met"/"missed" without a count
    PARTIAL_REPORT = "partial_report"  # a count so far within a year, not the year's result
    EXPECTED_BY_SOURCE = "expected_by_source"  # the source's own projection of the result
    COMPUTED_TARGET = "computed_target"  # the target's units are a share of another target
    DERIVED_FIGURE = "derived_figure"  # a figure computed from others, as the plan says
    MERGED_INTO = "merged_into"  # a former unit's name led to the unit it merged into
    PART_OF_CURRENT = "part_of_current"  # a former unit's figures cover part of today's unit
    NO_PIPELINE = "no_pipeline"  # a territory with no baseline or pipeline: nothing is projected
    NO_OTHER_BASIS = "no_other_basis"  # --scenario / --simulate asked, but no territory projects anything
    PLAN_DATED = "plan_dated"  # the plan's deliveries start in the year of its document
    SOURCE_DISAGREES = "source_disagrees"  # another source gives another figure (kept as an alternative)
    TARGET_IMPLIED = "target_implied"  # a result is reported against a target whose number no source gives
    SUPERSEDED = "superseded"  # a later decision set another target of the same kind for the same years
    MERGED_BEFORE_END = "merged_before_end"  # a former unit's target runs past the merger that ended the unit


@frozen
class Note:
    code: NoteCode
    params: Params = field(default_factory=dict)


@frozen
class SourceRef:
    """Where a figure comes from, as a person looks it up: the document or outlet, and its date."""

    document: str
    date: dt.date | None = None
    published: str | None = None  # when only the month or year is known: "2026-01", "2025"
    section: str | None = None
    line: int | None = None
    quote: str | None = None
    via: str | None = None
    url: str | None = None


@frozen
class Share:
    """How a target's units are computed when the source gives a share, not a count: "80 % of the
    2021–2025 goal" (`of` a target of the plan, named by kind and years), or of something the source
    names in its own words (`of_text`) and does not count (then the units are unknown)."""

    percent: float
    of: str | None = None  # the other target's id
    of_kind: TargetKind | None = None
    of_start: int | None = None
    of_end: int | None = None
    of_text: str | None = None  # the source's words for what the share is of


@frozen
class TargetRef:
    """A target as the plan states it (chỉ tiêu, mục tiêu, nhu cầu)."""

    id: str  # the plan's id, or one made from kind and years when the plan gives none
    kind: TargetKind
    territory: str
    start_year: int
    end_year: int
    units: int | None  # stated, or computed from a share (`computed`)
    qualifier: Qualifier
    label: str | None  # the source's own words for it
    decision: str | None  # the document that set it (444/QĐ-TTg, 7/NQ-CP, a provincial plan)
    period: str | None  # the plan's period id, `total`, or None for a target given by years
    computed: Share | None  # how the units are computed from a share, when the source gives no count
    source: SourceRef | None
    derived: str | None = None  # how a target the plan derived was computed ("2.907 / 1,08 ≈ 2.690")
    implied: bool = False  # no source gives the number: a report measures a result against it


@frozen
class Range:
    """A band from a simulation: the 10th, 50th and 90th percentiles of the runs."""

    p10: int
    p50: int
    p90: int


@frozen
class Assessment:
    """One target as of a date: one status, on one basis, the same in every view (SPEC.md,
    "Progress as of a date").

    - `value` is what is compared with the target: reported units (basis reported), reported so
      far plus what the plan still expects (reported+forecast), or the plan's projection (forecast).
    - `delivered` is what reports give for the target's years (`reported_from`..`reported_to`
      fully; a `partial` count for the year after, as of `partial_as_of`).
    - `projected` is what the plan projected for all the target's years, whatever was reported:
      the plan beside the outcome.
    - `ratio` is value / units exactly (renderers round it once), or the source's own percentage
      of this target when it states one (`stated_percent`: "4.600 căn, đạt 112%").
    - `value_qualifier` and `value_derived` say how the reported value is stated: "over 4,600",
      or derived from a percentage ("2.330 × 154% ≈ 3.588").
    """

    target: TargetRef
    status: Status
    basis: Basis
    final: bool  # every year over and reported: this will not change
    period_over: bool  # the target's last year has ended
    value: int | None
    gap: int | None  # value − units
    ratio: float | None  # value / units (status uses the exact fraction), or stated_percent / 100
    delivered: int | None
    reported_from: int | None
    reported_to: int | None  # reports cover every year from reported_from to this one
    partial: int | None  # a count so far within the next year
    partial_as_of: str | None
    projected: int | None
    expected: int | None  # delivered + what the plan expects in the remaining years
    needed_per_year: int | None  # to reach the target from the end of the data
    years_left: int | None
    recent_per_year: int | None  # the latest report's units a year
    recent_years: str | None  # the years of that report, "2025" or "2021-2024"
    notes: list[Note] = field(default_factory=list)
    value_qualifier: Qualifier = Qualifier.EXACT  # how the source states the reported value
    value_derived: str | None = None  # how the reported value was derived, when no source states it
    stated_percent: float | None = None  # the source's own percentage of this target, when it gives one


@frozen
class ProvinceRef:
    slug: str
    name: str
    code: str | None = None
