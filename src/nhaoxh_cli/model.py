"""The plan format (schema_version 1), as pydantic models.

One YAML file per province describes what its documents say: the sources,
the periods, the targets (quota, local goals, demand), the units already
completed, the pipeline by stage with what each stage is expected to deliver
per period, and the totals the source itself states. Every figure carries a
`source` citation. Field descriptions give the Vietnamese term; `nhaoxh
schema` turns these models into the JSON Schema editors use.

Cross-references (a period or source that does not exist, overlapping
periods) are not checked here but by `nhaoxh_cli.checks`, which can point at
the exact line; these models check each value on its own.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StrictInt, WithJsonSchema, model_validator
from pydantic_core import PydanticCustomError

from . import i18n
from .domain import Qualifier, Stage, TargetKind
from .numbers import NumberError, parse_share, parse_units

SCHEMA_VERSION = 1


def _problem(code: str, text: i18n.Text) -> PydanticCustomError:
    """A validation error of one of nhaoxh's codes; the message travels in its context so that the
    finding can be shown in the reader's language (loader.plans reads it back)."""
    return PydanticCustomError(code, str(text), {"nhaoxh_text": text})


def _units(value: Any) -> int:
    try:
        number = parse_units(value, getattr(value, "raw", None))
    except NumberError as error:
        raise _problem(error.code, error.text) from None
    if number < 0:
        raise _problem("NX105", i18n.msg("{number} units: units cannot be negative", number=number))
    return number


def _share(value: Any) -> Decimal:
    try:
        share = parse_share(value, getattr(value, "raw", None))
    except NumberError as error:
        raise _problem(error.code, error.text) from None
    if not Decimal(0) <= share <= Decimal(100):
        raise _problem(
            "NX106", i18n.msg("a share of {share}% is outside 0–100%; write 60% for sixty percent", share=share)
        )
    return share


def _year(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise _problem("NX103", i18n.msg("{value} is not a year; write it as 2025", value=repr(value)))
    if not 1900 <= value <= 2200:
        raise _problem("NX103", i18n.msg("{value} is not a plausible year", value=value))
    return value


def _text(value: Any) -> str:
    if isinstance(value, bool):
        raise _problem("NX108", i18n.msg("{value} is a yes/no value, not text", value=repr(value)))
    if isinstance(value, (int, float)):
        raise _problem("NX109", i18n.msg("{value} is a number, not text", value=repr(value)))
    if not isinstance(value, str):
        raise _problem("NX103", i18n.msg("expected text"))
    return value


_UNITS_TEXT = r"^\d{1,3}(\.\d{3})+$|^\d+$"
Units = Annotated[
    int,
    BeforeValidator(_units),
    WithJsonSchema(
        {
            "description": "Dwelling units (căn). A whole number (4017) or quoted Vietnamese-style text "
            '("4.017"); an unquoted 4.017 is a decimal to YAML and is refused.',
            "anyOf": [{"type": "integer", "minimum": 0}, {"type": "string", "pattern": _UNITS_TEXT}],
        }
    ),
]
Share = Annotated[
    Decimal,
    BeforeValidator(_share),
    WithJsonSchema(
        {
            "description": 'Share in percent, 0–100 (tỷ lệ): 60, "60%" or "60,5%".',
            "anyOf": [
                {"type": "number", "minimum": 0, "maximum": 100},
                {"type": "string", "pattern": r"^\d+([.,]\d+)?\s*%?$"},
            ],
        }
    ),
]


def _percent(value: Any) -> Decimal:
    try:
        percent = parse_share(value, getattr(value, "raw", None), noun=i18n.msg("a percentage"))
    except NumberError as error:
        raise _problem(error.code, error.text) from None
    if percent < 0:
        raise _problem("NX105", i18n.msg("{percent}%: a percentage of a target cannot be negative", percent=percent))
    return percent


Percent = Annotated[
    Decimal,
    BeforeValidator(_percent),
    WithJsonSchema(
        {
            "description": 'A result as a percentage of a target (tỷ lệ đạt), may exceed 100: 154, "154%", "102,4%".',
            "anyOf": [{"type": "number", "minimum": 0}, {"type": "string", "pattern": r"^\d+([.,]\d+)?\s*%?$"}],
        }
    ),
]
Year = Annotated[int, BeforeValidator(_year), WithJsonSchema({"type": "integer", "minimum": 1900, "maximum": 2200})]
Text = Annotated[str, BeforeValidator(_text), WithJsonSchema({"type": "string"})]


def _year_range(value: Any) -> tuple[int, int]:
    text = str(value).strip() if isinstance(value, (int, str)) and not isinstance(value, bool) else None
    match = re.fullmatch(r"(\d{4})(?:\s*[-–]\s*(\d{4}))?", text or "")
    if not match:
        raise _problem(
            "NX103",
            i18n.msg('{value} is not a year or a range of years; write "2025" or "2021-2024"', value=repr(value)),
        )
    first, last = int(match.group(1)), int(match.group(2) or match.group(1))
    if first > last:
        raise _problem("NX201", i18n.msg("the years {first}-{last} run backwards", first=first, last=last))
    return first, last


def _money(value: Any) -> Decimal:
    try:
        return parse_share(value, getattr(value, "raw", None), noun=i18n.msg("an amount"))  # a decimal comma: "82,735"
    except NumberError as error:
        raise _problem(error.code, error.text) from None


YearRange = Annotated[
    tuple[int, int],
    BeforeValidator(_year_range),
    WithJsonSchema(
        {
            "anyOf": [{"type": "integer"}, {"type": "string", "pattern": r"^\d{4}(\s*[-–]\s*\d{4})?$"}],
            "description": 'A year or an inclusive range of years: 2025, "2021-2024".',
        }
    ),
]
Money = Annotated[
    Decimal,
    BeforeValidator(_money),
    WithJsonSchema({"anyOf": [{"type": "number", "minimum": 0}, {"type": "string", "pattern": r"^\d+([.,]\d+)?$"}]}),
]

_SLUG = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
Slug = Annotated[
    str,
    BeforeValidator(_text),
    Field(pattern=_SLUG),
    WithJsonSchema({"type": "string", "pattern": _SLUG, "description": "lowercase ASCII letters, digits, hyphens"}),
]

_PARTIAL_DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"
PartialDate = Annotated[
    str,
    BeforeValidator(_text),
    Field(pattern=_PARTIAL_DATE),
    WithJsonSchema({"type": "string", "pattern": _PARTIAL_DATE, "description": "YYYY, YYYY-MM or YYYY-MM-DD"}),
]

#: A result reported only as met or missed (đạt, vượt / không đạt), with no count.
Outcome = Literal["met", "missed"]

_CODE = r"^\d{2}$"
ProvinceCode = Annotated[
    str, BeforeValidator(_text), Field(pattern=_CODE), WithJsonSchema({"type": "string", "pattern": _CODE})
]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True, defer_build=True)


class Citation(_Model):
    """Where a figure comes from (nguồn): a document and its section (a news article has none)."""

    doc: Text = Field(description="Key of a document under `sources` (văn bản).")
    section: Text | None = Field(None, description="Section of the document (mục), e.g. II.1.2.")
    line: StrictInt | None = Field(None, ge=1, description="Line in the source text file (dòng).")
    quote: Text | None = Field(None, description="The source's own words (trích dẫn).")
    via: Text | None = Field(None, description="The original the document reports (nguồn gốc), e.g. a news article.")
    also: list[Text] = Field(
        default_factory=list, description="Other outlets that report the same figure (cũng đưa tin), by name and page."
    )


class Source(_Model):
    """A document figures are taken from (văn bản nguồn), or a news outlet's article: then `document`
    names the outlet and the article ("Lao Động, news.laodong.vn …-1637562.ldo"), never a file."""

    document: Text = Field(description="Document number (số hiệu), e.g. 117/QĐ-UBND; or the outlet and article.")
    date: dt.date | None = Field(None, description="Date issued (ngày ban hành), YYYY-MM-DD in quotes.")
    published: PartialDate | None = Field(
        None, description='When only the month or year is known (thời điểm đăng): "2025-12", "2025".'
    )
    issuer: Text | None = Field(None, description="Issuing body (cơ quan ban hành).")
    title: Text | None = Field(None, description="Title (trích yếu).")
    url: Text | None = None
    file: Text | None = Field(None, description="File name of the text copy in the seeds folder.")
    notes: list[Text] = Field(default_factory=list)


class Province(_Model):
    """The province or city the plan is for (tỉnh, thành phố)."""

    slug: Slug = Field(description="Identifier and file name, e.g. haiphong.")
    name: Text = Field(description="Vietnamese name with diacritics (tên), e.g. Hải Phòng.")
    name_en: Text | None = Field(None, description="English name without diacritics.")
    aliases: list[Slug] = Field(default_factory=list, description="Other slugs that find this plan.")
    code: ProvinceCode | None = Field(None, description='Two-digit province code (mã tỉnh), quoted: "31".')


class Period(_Model):
    """A period (giai đoạn): an inclusive range of years."""

    id: Text = Field(description="How targets and deliveries name the period, e.g. 2021-2025.")
    start_year: Year
    end_year: Year
    labels: list[Text] = Field(default_factory=list, description="The source's own wording of the period.")
    mapping: Text | None = Field(None, description="Why the source's wording maps to these years.")


class Target(_Model):
    """A target (chỉ tiêu, mục tiêu, nhu cầu) for one period or the whole span.

    Give `units`, or a `share` `of` another target, or both (stated units win).
    A share of something whose size the plan does not give is kept and
    reported as unknown.
    """

    id: Text | None = Field(None, description="Name other targets use in `of` and `parts`.")
    kind: TargetKind = Field(description="quota (chỉ tiêu), goal (mục tiêu) or demand (nhu cầu).")
    period: Text | None = Field(None, description="A period id, or `total` for the plan's whole span.")
    years: YearRange | None = Field(
        None, description='Instead of `period`: the years of a yearly target (năm), "2025" or "2025-2030".'
    )
    units: Units | None = None
    share: Share | None = None
    of: Text | None = Field(None, description="Id of the target the share is taken of.")
    of_text: Text | None = Field(None, description="What the share is of, when the plan has no figure for it.")
    parts: list[Text] = Field(default_factory=list, description="Ids of targets this one is the sum of.")
    qualifier: Qualifier = Qualifier.EXACT
    label: Text | None = Field(None, description="The source's wording of the period or target.")
    description: Text | None = None
    territory: Text | None = Field(None, description="Territory covered, when it differs from the plan's.")
    derived: Text | None = Field(None, description="How the figure is derived when the source implies it.")
    alternative: bool = Field(False, description="Another source's figure, kept for the record; not used.")
    decision: Text | None = Field(
        None,
        description='The document that set the target (văn bản giao): "444/QĐ-TTg", "338/QĐ-TTg", "7/NQ-CP", '
        'or a provincial plan ("105/KH-UBND", whose figure is a goal, never a quota).',
    )
    not_assigned: bool = Field(
        False, description="The source says no target was assigned for these years (không được giao chỉ tiêu)."
    )
    note: Text | None = Field(
        None, description="What a reader should know about the figure: the source's confidence, a conflict (ghi chú)."
    )
    source: Citation

    @model_validator(mode="after")
    def _nothing_when_not_assigned(self) -> Target:
        if self.not_assigned and (self.units is not None or self.share is not None):
            raise _problem(
                "NX103",
                i18n.msg("a target marked not_assigned has no units or share; remove them, or not_assigned"),
            )
        return self


class Completion(_Model):
    """Units already completed (đã hoàn thành, đã hình thành) in a period, as the plan's baseline."""

    period: Text
    units: Units
    years: Text | None = Field(None, description="The years the source says, e.g. 2021-2022.")
    territory: Text | None = None
    source: Citation


def _at_least_one_figure(figure: Reported | Expected) -> None:
    if figure.units is None and figure.percent is None and figure.outcome is None:
        raise _problem("NX102", i18n.msg("give at least one of units, percent and outcome"))


class Reported(_Model):
    """Units reported completed (kết quả hoàn thành) in given years, after the plan was made.

    A result may be a count (`units`), a percentage of a target (`percent` `of`: "Phú Thọ đạt
    154%"), or only met/missed (`outcome`); a count so far within the years is `partial`.
    """

    years: YearRange = Field(description='The years the report covers, "2025" or "2021-2024".')
    units: Units | None = Field(
        None, description="Units completed (số căn); a count implied by a percent is `derived`."
    )
    qualifier: Qualifier = Qualifier.EXACT
    percent: Percent | None = Field(None, description="The result as a percentage of the target `of` (tỷ lệ đạt).")
    of: Text | None = Field(None, description="Id of the target the percent is of.")
    outcome: Outcome | None = Field(
        None, description="met or missed, when the source gives no count (đạt / không đạt)."
    )
    partial: bool = Field(
        False, description="A count so far within the years (lũy kế đến `as_of`), not the final result."
    )
    derived: Text | None = Field(None, description='How a figure was computed: "2.330 × 154% ≈ 3.588".')
    label: Text | None = Field(None, description="The source's wording.")
    note: Text | None = Field(
        None, description="What a reader should know about the figure: the source's confidence, a conflict (ghi chú)."
    )
    as_of: Text | None = Field(None, description="Date of the report (ngày báo cáo), YYYY-MM-DD or YYYY-MM.")
    territory: Text | None = None
    alternative: bool = Field(False, description="Another source's figure, kept for the record; not used.")
    source: Citation

    @model_validator(mode="after")
    def _some_figure(self) -> Reported:
        _at_least_one_figure(self)
        return self

    @property
    def final_count(self) -> int | None:
        """The units of a final result: None for a percent or outcome alone, and for a partial count."""
        return None if self.partial else self.units


class Expected(_Model):
    """A projection of completions for given years (dự kiến, ước đạt) by a province or the ministry:
    "expected 2.288 (104%)". Never a result: a forecast is not a report."""

    years: YearRange = Field(description='The years the projection is for, "2025".')
    units: Units | None = None
    qualifier: Qualifier = Qualifier.EXACT
    percent: Percent | None = Field(None, description="The projection as a percentage of the target `of`.")
    of: Text | None = Field(None, description="Id of the target the percent is of.")
    outcome: Outcome | None = Field(None, description="Projected to meet or to miss, with no count.")
    derived: Text | None = None
    label: Text | None = Field(None, description="The source's wording.")
    note: Text | None = Field(
        None, description="What a reader should know about the figure: the source's confidence, a conflict (ghi chú)."
    )
    as_of: Text | None = Field(None, description="When the projection was made, YYYY-MM-DD or YYYY-MM.")
    territory: Text | None = None
    alternative: bool = Field(False, description="Another source's figure, kept for the record; not used.")
    source: Citation

    @model_validator(mode="after")
    def _some_figure(self) -> Expected:
        _at_least_one_figure(self)
        return self


class SnapshotStage(_Model):
    """Projects and units at one stage of a snapshot (dự án / căn)."""

    projects: StrictInt | None = Field(None, ge=0, description="Number of projects (dự án).")
    units: Units | None = None
    qualifier: Qualifier = Qualifier.EXACT


class Snapshot(_Model):
    """A dated count of the pipeline by stage (the ministry's progress reports)."""

    as_of: Text = Field(description="When the count was made, YYYY-MM-DD or YYYY-MM.")
    label: Text | None = Field(None, description="The source's wording of the date.")
    total: SnapshotStage | None = None
    completed: SnapshotStage | None = Field(None, description="hoàn thành")
    started: SnapshotStage | None = Field(None, description="khởi công")
    approved: SnapshotStage | None = Field(None, description="chấp thuận chủ trương đầu tư")
    source: Citation


class HousingSupport(_Model):
    """Results of a housing-support programme (hỗ trợ nhà ở): households helped to build or repair
    their homes. Not social housing units: never added to a forecast or compared with its targets."""

    programme: Text = Field(description="Which programme, in the source's words.")
    years: YearRange | None = None
    households: Units | None = Field(None, description="Households supported (hộ).")
    households_scale: Literal["nghìn"] | None = Field(
        None, description="The source writes the count in thousands (nghìn hộ)."
    )
    qualifier: Qualifier = Qualifier.EXACT
    cost_billion_vnd: Money | None = Field(None, description='Cost in billions of đồng (tỷ đồng), e.g. "82,735".')
    description: Text | None = None
    territory: Text | None = None
    source: Citation


class Tally(_Model):
    """How many provincial units met their targets for given years, as a source counts them ("19 địa
    phương hoàn thành, 12 địa phương chưa hoàn thành"): a count of units, not of housing. The report
    shows it beside what the plans hold, so a reader sees both counts."""

    years: YearRange = Field(description='The years of the targets counted, "2025".')
    met: Units = Field(description="Units (provinces and cities) that met their target (hoàn thành).")
    missed: Units | None = Field(None, description="Units that missed it (chưa hoàn thành).")
    without_target: Units | None = Field(None, description="Units that were assigned no target (không giao chỉ tiêu).")
    label: Text | None = Field(None, description="The source's wording.")
    note: Text | None = None
    alternative: bool = Field(False, description="Another source's count, kept for the record; not used.")
    source: Citation


class Delivery(_Model):
    """What a stage is expected to deliver in one period (dự báo)."""

    period: Text
    units: Units | None = None
    share: Share | None = Field(None, description="Share of the stage's units; used when units are not stated.")
    stage_units: Units | None = Field(
        None, description="The stage's units as written on this line, when it differs from the stage's."
    )
    qualifier: Qualifier = Qualifier.EXACT
    source: Citation


class Profile(_Model):
    """How a stage's delivery in a period spreads over its years (phân bổ theo năm)."""

    shape: Literal["even", "early", "late"] = Field(
        "even", description="even: equal years; early: most in the first years; late: most in the last."
    )
    lead_in: StrictInt = Field(0, ge=0, le=10, description="Years at the start of a period with no delivery.")


class Project(_Model):
    """One project (dự án) of a stage."""

    name: Text
    units: Units
    location: Text | None = Field(None, description="District or ward (địa điểm).")
    investor: Text | None = Field(None, description="Investor (chủ đầu tư).")
    investor_selected: Text | None = Field(None, description="Date the investor was selected, YYYY-MM-DD or YYYY.")
    construction_start: Text | None = Field(None, description="Date construction started (khởi công).")
    expected_completion: Year | None = Field(None, description="Year the project is expected to complete.")
    territory: Text | None = None
    source: Citation | None = None


class StagePipeline(_Model):
    """Projects at one stage (giai đoạn dự án) and what they will deliver."""

    units: Units | None = Field(None, description="Units in all the stage's projects.")
    territory: Text | None = None
    source: Citation | None = None
    deliveries: list[Delivery] = Field(default_factory=list)
    profile: Profile | None = Field(None, description="Phasing into years (default: even).")
    projects: list[Project] = Field(default_factory=list, description="The stage's projects, when listed.")

    @property
    def project_units(self) -> int | None:
        return sum(p.units for p in self.projects) if self.projects else None

    @property
    def stage_units(self) -> int | None:
        """The stage's units: as stated, else the sum of its projects."""
        return self.units if self.units is not None else self.project_units


class StageScenario(_Model):
    """How one stage departs from the plan in a scenario."""

    share_factor: Share = Field(
        Decimal(100), description="Percent of the stated delivery that happens (100 = as planned)."
    )
    delay_years: StrictInt = Field(0, ge=0, le=10, description="Years every delivery of the stage slips.")


class Scenario(_Model):
    """A named what-if (kịch bản): stages deliver a share of the plan, later."""

    description: Text | None = None
    stages: dict[Stage, StageScenario] = Field(default_factory=dict)


class StageUncertainty(_Model):
    """How uncertain a stage's delivery is, for --simulate."""

    conversion: tuple[float, float, float] = Field(
        description="Triangular distribution (low, most likely, high) of the share of the stated delivery."
    )
    delay: dict[int, float] = Field(description="Probability of each delay in years, e.g. {0: 0.6, 1: 0.3, 2: 0.1}.")


class StatedTotal(_Model):
    """A total the source itself states (tổng số), kept so it can be checked."""

    period: Text
    units: Units
    qualifier: Qualifier = Qualifier.EXACT
    territory: Text | None = None
    source: Citation


class Plan(_Model):
    """A province's social housing plan (kế hoạch phát triển nhà ở xã hội)."""

    model_config = ConfigDict(title="nhaoxh plan", extra="forbid", frozen=True)

    schema_version: Literal[1] = Field(description="Version of the plan format; this is 1.")
    province: Province
    territory: Text | None = Field(
        None,
        description="Territory the figures cover, e.g. former:haiphong for the city before the 2025 merger.",
    )
    sources: dict[Annotated[str, Field(pattern=r"^[A-Za-z0-9_-]+$")], Source] = Field(default_factory=dict)
    periods: list[Period] = Field(default_factory=list)
    targets: list[Target] = Field(default_factory=list)
    completed: list[Completion] = Field(default_factory=list)
    pipeline: dict[Stage, StagePipeline] = Field(default_factory=dict)
    stated_totals: list[StatedTotal] = Field(default_factory=list)
    reported: list[Reported] = Field(default_factory=list)
    expected: list[Expected] = Field(
        default_factory=list, description="Projections of completions (dự kiến), never results."
    )
    snapshots: list[Snapshot] = Field(default_factory=list)
    housing_support: list[HousingSupport] = Field(default_factory=list)
    tallies: list[Tally] = Field(
        default_factory=list, description="Counts of the units that met or missed their targets, as sources give them."
    )
    scenarios: dict[Annotated[str, Field(pattern=r"^[a-z0-9_-]+$")], Scenario] = Field(default_factory=dict)
    uncertainty: dict[Stage, StageUncertainty] = Field(
        default_factory=dict, description="Per-stage distributions for --simulate (defaults documented)."
    )
    notes: list[Text] = Field(default_factory=list)

    @property
    def default_territory(self) -> str:
        """The territory of figures that name none: the plan's, else its province."""
        return self.territory or self.province.slug

    def territory_of(self, figure: Target | Completion | Reported | Expected | StagePipeline | StatedTotal) -> str:
        return figure.territory or self.default_territory

    def territories(self) -> list[str]:
        """Every territory the plan's figures cover, the default first."""
        found = [self.default_territory]
        figures: list[Target | Completion | Reported | Expected | StagePipeline | StatedTotal] = [
            *self.targets,
            *self.completed,
            *self.reported,
            *self.expected,
            *self.pipeline.values(),
            *self.stated_totals,
        ]
        for figure in figures:
            territory = self.territory_of(figure)
            if territory not in found:
                found.append(territory)
        return found

    def period(self, period_id: str) -> Period | None:
        return next((p for p in self.periods if p.id == period_id), None)

    def target(self, target_id: str) -> Target | None:
        return next((t for t in self.targets if t.id == target_id), None)


SCHEMA_ID = "https://nhaoxh.github.io/schema/plan-1.schema.json"


def plan_json_schema() -> dict[str, Any]:
    """The JSON Schema of a plan file, generated from these models."""
    schema = Plan.model_json_schema(mode="validation")
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": SCHEMA_ID, **schema}
