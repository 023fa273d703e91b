"""`nhaoxh report`: the whole country as of a date — a row for each of today's 34 units, with or
without a plan, the country's own targets, and the headline a journalist needs."""

from __future__ import annotations

import datetime as dt
from dataclasses import field

from ..domain import Qualifier
from ..values import frozen
from .common import Assessment, Note, SourceRef
from .forecast import SnapshotRow, YearRow

REPORT_SCHEMA = "nhaoxh.report/2"

#: The targets a report row shows, by the years they cover (a slot); the whole programme last.
SLOTS = ("2025", "2026", "2026-2030", "2021-2030")


@frozen
class ReportedFigure:
    """The latest result a source reports for a unit."""

    start_year: int
    end_year: int
    units: int | None
    percent: float | None
    outcome: str | None
    partial: bool
    as_of: str | None
    source: SourceRef | None
    qualifier: Qualifier = Qualifier.EXACT  # how the source states the count or percentage
    derived: str | None = None  # how a count was derived, when no source states it


@frozen
class Figure:
    """A figure as a source states it: units, qualifier, the source's percentage of the target."""

    units: int | None
    qualifier: Qualifier = Qualifier.EXACT
    percent: float | None = None


@frozen
class Conflict:
    """Two sources giving different figures for the same thing: both kept, the first used. `used` is
    None when nothing is used for exactly those years; `used_source` None when the figure used is
    the sum of several reports (`summed`)."""

    territory: str
    name: str  # the territory as a reader names it
    role: str  # current, former, national, other
    kind: str  # target kind, or "reported"
    years: str
    used: Figure | None
    used_source: SourceRef | None
    other: Figure
    other_source: SourceRef | None
    summed: bool = False  # the figure used adds up the reports of consecutive years


@frozen
class UnitRow:
    """One of today's units: its key targets assessed as of the date, whatever data exists."""

    code: str
    slug: str
    name: str
    predecessors: list[str]  # the former units merged into it (names)
    file: str | None  # its plan file, None when it has none
    has_data: bool  # the plan holds at least one figure (a template's placeholders are not data)
    targets: dict[str, Assessment | None]  # slot (SLOTS) → the unit's target for those years
    not_assigned: list[str]  # slots the sources say had no target assigned
    latest: ReportedFigure | None
    notes: list[Note] = field(default_factory=list)


@frozen
class SlotSum:
    """The units' quotas for one slot added up, against the country's own target: only quotas the
    sources state (a unit's own goal, and a quota derived or computed here, are counted apart)."""

    slot: str
    units: int  # the sum of the units' stated quotas
    with_target: int  # how many units have one
    left_out: int  # units whose target for the slot is a goal, or a derived or computed figure
    national: int | None  # the country's target for the same years
    difference: int | None  # national − units' sum: what the units' quotas leave uncovered


@frozen
class SourceTally:
    """A source's own count of the units that met or missed their targets for some years."""

    start_year: int
    end_year: int
    met: int
    missed: int | None
    without_target: int | None
    alternative: bool  # another source's count, kept beside the one used
    source: SourceRef | None


@frozen
class Headline:
    """What a journalist asks first, each answer with its basis and date."""

    result_2025: Assessment | None  # the country's 2025 target against what was reported
    units_met_2025: int  # units whose 2025 target is met
    units_with_2025: int  # units with a 2025 target assessed (met or not)
    units_not_met_2025: int  # units whose 2025 target is known not met
    tallies_2025: list[
        SourceTally
    ]  # the sources' own counts of units that met or missed their 2025 target, the one used first
    target_2026: Assessment | None  # the country's 2026 target, with what is reported so far
    reported_2026: ReportedFigure | None  # the latest 2026 count (so far)
    target_2026_2030: Assessment | None  # needed a year against the recent rate
    sums: list[SlotSum]


@frozen
class LeftOut:
    file: str
    slug: str | None
    reason: str  # "errors" or "not_a_current_unit"


@frozen
class Coverage:
    units: int  # today's units
    with_plan: int
    with_data: int
    with_target: dict[str, int]  # slot → units with a target for it
    with_result_2025: int  # units with a 2025 result (a count, a percentage or met/missed)


@frozen
class ReportResult:
    as_of: dt.date
    headline: Headline
    national: list[Assessment]  # every target of the country
    national_targets: dict[str, Assessment | None]  # slot (SLOTS) → the country's target for those years
    units: list[UnitRow]  # all of today's units, in code order
    conflicts: list[Conflict]
    coverage: Coverage
    left_out: list[LeftOut]
    national_years: list[YearRow] = field(default_factory=list)  # the country's targets and results by year
    snapshots: list[SnapshotRow] = field(default_factory=list)  # the country's pipeline snapshots
