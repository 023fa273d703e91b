"""The forecast as tables for people, shared by the text and Markdown renderers.

First what a reader asks (one table per territory, today's unit first): each target's status,
its basis, what is delivered or expected against its units, and what it would take. Then, when
asked: the plan's projection by stage and period and against the outcome (`--details`), the
years (`--by year`), the alternative bases (`--scenario`, `--calibrated`, `--simulate`).
"""

from __future__ import annotations

from ...domain import Status
from ...i18n import N_, date, decimal, iso_date, percent, plural, signed, t, units
from ...results.common import Assessment
from ...results.forecast import ForecastResult, Simulation, TerritoryForecast
from .. import words
from ..notes import note
from ..tables import Table

ASSESSMENT_HEADER = [
    N_("target"),
    N_("years"),
    N_("units"),
    N_("delivered or expected"),
    N_("ratio"),
    N_("status"),
    N_("basis"),
    N_("notes"),
]


def title(result: ForecastResult) -> str:
    return t(
        "{name} — social housing targets as of {date}",
        name=words.full_place(result.province.slug, result.province.name),
        date=date(result.as_of),
    )


target_units = words.target_figure
value = words.result_figure


def what_it_takes(a: Assessment, *, has_pipeline: bool = True) -> str:
    """Needed a year against the recent rate, or why the status is what it is (a territory without a
    pipeline says once, under its table, that the plan projects nothing)."""
    quiet = {"computed_target"} | (set() if has_pipeline else {"no_projection"})
    parts = [note(n) for n in a.notes if n.code.value not in quiet]
    if a.needed_per_year is not None and a.status is not Status.MET and not a.final:
        needed = t("needs {needed}/yr for {years} yr", needed=units(a.needed_per_year), years=a.years_left)
        if a.recent_per_year is not None:
            needed += t(" (recent {recent}/yr, {when})", recent=units(a.recent_per_year), when=a.recent_years)
        parts.insert(0, needed)
    return "; ".join(parts)


def card_figures(a: Assessment) -> str:
    """What a card says of a target's figures: "13,147 of 10,694 (122.9%)", "19,008 delivered so far of
    49,400", "quota 32,845" while nothing is delivered or expected, nothing when no figure is known."""
    target = target_units(a)
    if a.value is not None:
        figures = t("{value} of {units}", value=value(a), units=target)
    elif a.delivered is not None and not a.final:
        delivered = words.qualified(units(a.delivered), a.value_qualifier)
        figures = t("{delivered} delivered so far of {units}", delivered=delivered, units=target)
    elif target != "—":
        figures = f"{words.kind(a.target.kind)} {target}"  # quota 32,845 / mục tiêu 576
    else:
        return ""  # no figure at all: the notes say why (none assigned, not yet reported)
    if a.ratio is not None:
        figures += f" ({words.ratio(a)})"
    return figures


def card_line(a: Assessment, has_pipeline: bool) -> str:
    """A target in one sentence: "met — 13,147 of 10,694 (122.9%); reported, final"."""
    figures = card_figures(a)
    parts = [figures] if figures else []
    if a.basis.value != "unknown":
        parts.append(words.basis(a))
    rest = what_it_takes(a, has_pipeline=has_pipeline)
    if rest:
        parts.append(rest)
    return f"{words.status(a.status)} — " + "; ".join(parts) if parts else words.status(a.status)


def assessments_table(title: str, assessments: list[Assessment], *, has_pipeline: bool) -> Table:
    """Targets and their one answer each: a table, or cards in a narrow terminal."""
    table = Table(title=title, header=[t(h) for h in ASSESSMENT_HEADER], numeric={2, 3, 4}, status_column=5)
    for a in assessments:
        table.add(
            [
                words.target_name(a.target),
                words.years(a.target.start_year, a.target.end_year),
                target_units(a),
                value(a),
                words.ratio(a),
                words.status(a.status),
                words.basis(a),
                what_it_takes(a, has_pipeline=has_pipeline),
            ],
            a.status,
        )
    table.card_lines = [card_line(a, has_pipeline) for a in assessments]
    return table


def reported_only(territory: TerritoryForecast) -> str:
    """A territory with results but no target of its own (a former unit whose figures came by import):
    its reported years, so that no figure of the plan goes unseen."""
    reported = [
        t("{units} in {year}", units=units(row.reported), year=row.year)
        for row in territory.years
        if row.reported is not None
    ]
    return t(
        "{name}: no target of its own in the plan; reported completed: {reported}",
        name=words.territory(territory.name, territory.role),
        reported="; ".join(reported),
    )


def assessment_table(territory: TerritoryForecast) -> Table:
    title = words.territory(territory.name, territory.role)
    table = assessments_table(title, territory.assessments, has_pipeline=territory.has_pipeline)
    table.footnotes = [note(n) for n in territory.notes]
    if any(words.DERIVED_MARK in target_units(a) + value(a) for a in territory.assessments):
        table.footnotes.append(t("* not stated by a source: computed or derived (the notes say how)"))
    return table


def stage_table(territory: TerritoryForecast) -> Table:
    """The plan's projection: a row per stage, a column per period and one for the whole span."""
    periods = territory.periods
    total = territory.total
    span = t("total {span}", span=words.years(total.start_year, total.end_year))
    table = Table(
        title=t("{name}: the plan's projection by stage (units)", name=words.territory(territory.name, territory.role)),
        header=[t("stage"), *(words.years(p.start_year, p.end_year) for p in periods), span],
        numeric=set(range(1, len(periods) + 2)),
        bold_last=True,
    )
    for key in total.by_stage:
        table.add([words.stage(key), *(units(p.by_stage.get(key)) for p in periods), units(total.by_stage[key])])
    table.add([t("projection"), *(units(p.forecast_units) for p in periods), units(total.forecast_units)])
    for p in periods:
        if p.labels:
            table.footnotes.append(
                t(
                    "{years} is the source's {labels}",
                    years=words.years(p.start_year, p.end_year),
                    labels=", ".join(f'"{x}"' for x in p.labels),
                )
            )
    return table


def outcome_table(territory: TerritoryForecast) -> Table:
    table = Table(
        title=t("{name}: the plan against what was reported", name=words.territory(territory.name, territory.role)),
        header=[t("years"), t("projected"), t("reported"), t("difference"), t("source")],
        numeric={1, 2, 3},
    )
    for o in territory.outcomes:
        table.add(
            [
                words.years(o.start_year, o.end_year),
                units(o.projected),
                units(o.reported),
                signed(o.difference),
                words.source(o.source),
            ]
        )
    return table


CHART_WIDTH = 20


def year_bar(value: int | None, reported: bool, target: int | None, scale: int) -> str:
    """A year as a bar: █ reported or ░ projected units, │ where the year's target stands."""
    if scale <= 0:
        return ""
    cells = [" "] * (CHART_WIDTH + 1)
    if value:
        filled = max(1, round(value / scale * CHART_WIDTH))
        for i in range(min(filled, CHART_WIDTH)):
            cells[i] = "█" if reported else "░"
    if target:
        cells[min(CHART_WIDTH, round(target / scale * CHART_WIDTH))] = "│"
    return "".join(cells).rstrip()


def year_table(territory: TerritoryForecast) -> Table:
    table = Table(
        title=t("{name} — by year", name=words.territory(territory.name, territory.role)),
        header=[t(h) for h in (N_("year"), N_("projected"), N_("reported"), N_("cumulative"), N_("yearly target"))]
        + [t(N_("cum. target")), t(N_("chart"))],
        numeric={1, 2, 3, 4, 5},
    )
    values = [r.value or 0 for r in territory.years] + [x.units for r in territory.years for x in r.targets]
    scale = max(values, default=0)
    for row in territory.years:
        if row.reported_in is not None:
            reported = t("in {years}", years=row.reported_in.replace("-", "–"))
        elif row.reported is None and row.partial is not None:
            reported = t("{units} so far", units=units(row.partial))
        else:
            reported = units(row.reported)
        target = " / ".join(units(x.units) for x in row.targets) or "—"
        first_target = row.targets[0].units if row.targets else None
        chart = year_bar(row.value, row.reported is not None, first_target, scale)
        table.add(
            [
                str(row.year),
                units(row.projected),
                reported,
                units(row.cumulative),
                target,
                units(row.cumulative_target),
                chart,
            ]
        )
    table.footnotes.append(t("chart: █ reported, ░ the plan's projection, │ the year's target"))
    return table


def has_years(territory: TerritoryForecast) -> bool:
    return any(
        r.projected or r.reported is not None or r.reported_in or r.targets or r.partial is not None
        for r in territory.years
    )


def _names(result: ForecastResult) -> dict[tuple[str, str], str]:
    """(territory, target id) → the target in the source's words."""
    return {
        (a.target.territory, a.target.id): words.target_name(a.target)
        for t_ in result.territories
        for a in t_.assessments
    }


def alternatives_table(result: ForecastResult) -> Table:
    alts = result.alternatives
    names = _names(result)
    territory_names = {t_.territory: words.territory(t_.name, t_.role) for t_ in result.territories}
    header = [t("target"), t("territory"), t("units")]
    for alt in alts:
        name = (
            t("scenario {name}", name=words.scenario(alt.name))
            if alt.basis == "scenario"
            else t("calibrated (rates of {source})", source=words.territory_id(alt.name))
        )
        header.append(name)
    table = Table(
        title=t("Other bases (never the headline): the plan's projection under other assumptions"),
        header=header,
        numeric={2},
    )
    rows: dict[tuple[str, str], list[str]] = {}
    for index, alt in enumerate(alts):
        for target in alt.targets:
            key = (target.territory, target.target_id)
            if key not in rows:
                name = names.get(key, target.target_id)
                place = territory_names.get(target.territory) or words.territory_id(target.territory)
                rows[key] = [name, place, units(target.units)]
                rows[key] += ["—"] * len(alts)
            if target.settled:  # its one answer, above: no figure of its own here
                rows[key][3 + index] = t(
                    "{status}, as above (the same on every basis)", status=words.status(target.status)
                )
                continue
            cell = f"{units(target.value)} · {percent(target.ratio)} {words.status(target.status)}"
            if target.band is not None:
                cell += f" · P10–P90 {units(target.band.p10)}–{units(target.band.p90)}"
            if target.probability is not None:
                cell += " · " + t("P(met) {p}", p=percent(target.probability, 0))
            rows[key][3 + index] = cell
    table.rows = list(rows.values())
    table.statuses = [None] * len(table.rows)
    froms = [alt for alt in alts if alt.from_year is not None]
    for alt in froms:
        table.footnotes.append(t("calibrated: reported years as reported, the rates from {year}", year=alt.from_year))
    return table


def simulation_tables(sim: Simulation, name: str, names: dict[tuple[str, str], str]) -> list[Table]:
    basis = t("the plan's projection") if sim.basis == "plan" else t("the calibrated projection")
    bands = Table(
        title=t(
            "{name}: simulation around {basis} — {runs} runs, random seed {seed}",
            name=name,
            basis=basis,
            runs=units(sim.runs),
            seed=sim.seed,
        ),
        header=[t(h) for h in (N_("scope"), N_("point"), N_("P10"), N_("P50"), N_("P90"))],
        numeric={1, 2, 3, 4},
    )
    for band in [*sim.periods, *([sim.total] if sim.total else []), *sim.years]:
        scope = t("whole span") if band.scope == "total" else band.scope.replace("-", "–")
        bands.add([scope, units(band.point), units(band.band.p10), units(band.band.p50), units(band.band.p90)])
    odds = Table(
        title=t("{name}: chance of meeting each target on the same basis", name=name),
        header=[t(h) for h in (N_("target"), N_("units"), N_("point"), N_("P10–P90"), N_("probability"))],
        numeric={1, 2, 4},
    )
    for o in sim.targets:
        target = names.get((sim.territory, o.target_id), o.target_id)
        spread = f"{units(o.band.p10)}–{units(o.band.p90)}"
        odds.add([target, units(o.units), units(o.point), spread, percent(o.probability)])
    spreads = ", ".join(
        t(
            "{stage} {low}–{high}, slip {earliest} to {latest} yr",
            stage=words.stage(s.stage),
            low=decimal(s.low, 2),
            high=decimal(s.high, 2),
            earliest=decimal(s.earliest, 1),
            latest=decimal(s.latest, 1),
        )
        for s in sim.stages
    )
    parameters = t("parameters (share low–high, slip in years): {spreads}; docs/method.md says why", spreads=spreads)
    if not sim.targets:  # every target's years are over, or decided: no chance left to weigh
        bands.footnotes += [t("No target here is still open: each has its answer above."), parameters]
        return [bands]
    odds.footnotes.append(parameters)
    return [bands, odds]


def calibration_table(result: ForecastResult) -> Table | None:
    calibration = result.calibration
    if calibration is None:
        return None

    def rate(value: float | None) -> str:
        return "—" if value is None else t("{value}/yr", value=percent(value))

    def lead(value: float | None) -> str:
        return "—" if value is None else t("{value} yr", value=decimal(value))

    table = Table(
        title=t(
            "Conversion rates implied by the pipeline snapshots of {source}",
            source=words.territory_id(calibration.source),
        ),
        header=[
            t(h) for h in (N_("snapshots"), N_("started → completed"), N_("lead"), N_("approved → started"), N_("lead"))
        ],
    )
    for r in [*calibration.intervals, *([calibration.overall] if calibration.overall else [])]:
        label = f"{iso_date(r.start_as_of)} → {iso_date(r.end_as_of)}"
        label += (" " + t("(used)")) if r is calibration.overall else ""
        table.add(
            [
                label,
                rate(r.completion_rate),
                lead(r.completion_lead_years),
                rate(r.start_rate),
                lead(r.start_lead_years),
            ]
        )
    return table


def snapshot_table(result: ForecastResult) -> Table:
    table = Table(
        title=t("Pipeline snapshots (projects / units)"),
        header=[t(h) for h in (N_("as of"), N_("total"), N_("completed"), N_("started"), N_("approved"))],
        numeric={1, 2, 3, 4},
    )
    for snap in result.snapshots:
        cells = [words.snapshot_label(snap.label, snap.as_of)]
        for stage in (snap.total, snap.completed, snap.started, snap.approved):
            cells.append(
                "—"
                if stage is None
                else f"{units(stage.projects)} / {words.qualified(units(stage.units), stage.qualifier)}"
            )
        table.add(cells)
    return table


def housing_support_table(result: ForecastResult) -> Table:
    table = Table(
        title=t("Housing support — households, not social housing units"),
        header=[t(h) for h in (N_("programme"), N_("years"), N_("households"), N_("cost (billion đồng)"))],
        numeric={2, 3},
    )
    for item in result.housing_support:
        households = words.qualified(units(item.households), item.qualifier)
        if item.households_scale:
            households += f" {item.households_scale}"
        cost = "—" if item.cost_billion_vnd is None else decimal(item.cost_billion_vnd, 3).rstrip("0").rstrip(",.")
        table.add([item.programme, words.years(item.start_year, item.end_year), households, cost])
    return table


def source_lines(result: ForecastResult) -> list[str]:
    lines = [t("Sources:")]
    for key, ref in result.sources.items():
        lines.append(f"  [{key}] {words.source(ref)}")
    return lines


def warning_lines(result: ForecastResult) -> list[str]:
    if not result.warnings:
        return []
    lines = [
        t("The sources' own figures disagree ({count}; `nhaoxh validate` shows where):", count=len(result.warnings))
    ]
    lines += [f"  ! {w.code} {w.shown_message()}" for w in result.warnings]
    return lines


def blocks(result: ForecastResult, *, details: bool, by_year: bool) -> list[Table | str]:
    """Everything a person sees, in order."""
    out: list[Table | str] = [title(result)]
    out += [note(n) for n in result.notes]
    for territory in result.territories:
        if territory.assessments:
            out.append(assessment_table(territory))
        elif any(row.reported is not None for row in territory.years):
            out.append(reported_only(territory))
    if by_year:
        out += [year_table(t_) for t_ in result.territories if has_years(t_)]
    if details:
        for territory in result.territories:
            if territory.has_pipeline:
                out.append(stage_table(territory))
            if territory.outcomes:
                out.append(outcome_table(territory))
    if result.alternatives:
        out.append(alternatives_table(result))
    for sim in result.simulations:
        simulated = result.territory(sim.territory)
        label = words.territory(simulated.name, simulated.role) if simulated else sim.territory
        out += simulation_tables(sim, label, _names(result))
    calibration = calibration_table(result)
    if calibration is not None:
        out.append(calibration)
    if result.snapshots and details:
        out.append(snapshot_table(result))
    if result.housing_support:
        out.append(housing_support_table(result))
    if details:
        out += source_lines(result)
        out += warning_lines(result)
    elif result.warnings:
        out.append(
            plural(
                len(result.warnings),
                "{count} figure of the sources disagrees; --details lists it.",
                "{count} figures of the sources disagree; --details lists them.",
            )
        )
    return out
