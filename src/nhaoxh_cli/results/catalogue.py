"""The views that describe plans rather than assess them: `provinces` (the units and which have a
plan), `list` (the plans and what each holds), `show` (a plan's figures in plain words) and
`explain` (one period's projection, step by step)."""

from __future__ import annotations

import datetime as dt

from ..values import frozen
from .common import Assessment, ProvinceRef, Share, SourceRef

PROVINCES_SCHEMA = "nhaoxh.provinces/2"
PLANS_SCHEMA = "nhaoxh.list/2"
SHOW_SCHEMA = "nhaoxh.show/1"
EXPLAIN_SCHEMA = "nhaoxh.explain/2"


@frozen
class UnitEntry:
    code: str
    slug: str
    name: str
    kind: str  # province or city
    current: bool  # one of today's units (else a former one)
    merged_into: str | None  # a former unit: the slug of the unit it merged into
    merged_into_name: str | None
    merged_into_code: str | None
    predecessors: list[str]  # a current unit: the names of the former units it was made of
    plan: str | None  # the plan file that covers it (a former unit: its current unit's), else null


@frozen
class ProvincesResult:
    former: bool  # the 63 former units, else today's 34
    merger_effective: dt.date
    merger_source: str
    units: list[UnitEntry]


@frozen
class TerritoryContents:
    territory: str
    name: str
    targets: int
    deliveries: int
    reported: int
    last_report: str | None  # the latest report's date (or its last year)


@frozen
class PlanEntry:
    file: str
    valid: bool
    errors: int
    warnings: int
    province: ProvinceRef | None
    territories: list[TerritoryContents]
    missing: list[str]  # "targets", "pipeline", "reported": what the plan has none of
    placeholders: int  # template values still to fill ("FILL: …")


@frozen
class PlansResult:
    folder: str
    plans: list[PlanEntry]


@frozen
class Figure:
    """One figure of a plan in plain words: what it is, for which years, how many, from where."""

    section: str  # targets, completed, reported, expected, pipeline, delivery, project, stated_total, housing_support
    what: str  # a target's kind, a stage, a programme
    label: str | None  # the source's words
    years: str | None  # "2021-2025", "2025", or a period id
    units: int | None
    qualifier: str
    computed: str | None  # how units were computed, when not stated
    alternative: bool  # another source's figure, kept, not used
    source: SourceRef | None
    id: str | None = None  # a target's id (the plan's, or made from kind and years)
    decision: str | None = None  # the document that set a target (444/QĐ-TTg)
    share: Share | None = None  # a target given as a share of another figure


@frozen
class TerritoryFigures:
    territory: str
    name: str
    figures: list[Figure]


@frozen
class ShowResult:
    province: ProvinceRef
    file: str
    sources: dict[str, SourceRef]
    territories: list[TerritoryFigures]
    notes: list[str]  # the plan's own notes, as written


@frozen
class Step:
    """One line of a period's projection: a stage's contribution and the rule that gave it."""

    stage: str  # a stage, or "completed"
    units: int | None
    rule: str  # completed, none_completed (the source states no completions), stated, share, unknown
    share: float | None
    stage_units: int | None
    share_would_give: int | None  # units stated beside a share: what the share alone gives
    source: SourceRef | None


@frozen
class ExplainResult:
    province: ProvinceRef
    territory: str
    territory_name: str
    territory_role: str  # current, former, national, other (a former unit is named as such)
    period: str
    start_year: int
    end_year: int
    projection: int | None
    steps: list[Step]
    assessments: list[Assessment]  # the period's targets, as forecast assesses them
