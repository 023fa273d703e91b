"""Plans in plain words, for the people who write and check them:
`show` (every figure with its source), `explain` (one period's arithmetic,
line by line) and `list` (the plans and what each is missing)."""

from __future__ import annotations

from ..domain import COMPLETED, WHOLE_SPAN, Stage, Status
from ..engine import forecast_plan
from ..engine.forecast import delivery_units, target_units
from ..i18n import t
from ..loader.plans import LoadResult
from ..model import Citation, Plan
from ..numbers import share_of
from . import fmt, views


def _cite(plan: Plan, citation: Citation | None) -> str:
    if citation is None:
        return t("no source")
    text = fmt.citation(plan, citation)
    if citation.via:
        text += f" ({citation.via})"
    return text + (f': "{citation.quote}"' if citation.quote else "")


def _scope(target_period: str | None, years: tuple[int, int] | None) -> str:
    if years:
        return views.years_label(years)
    return t("whole span") if target_period == WHOLE_SPAN else (target_period or "")


def show(plan: Plan) -> str:
    lines = [f"{plan.province.name} ({plan.province.slug})", ""]
    for key, source in plan.sources.items():
        lines.append(
            t("Source [{key}]: {document}", key=key, document=source.document)
            + (f" — {source.title}" if source.title else "")
        )
    for territory in plan.territories():
        lines += ["", f"== {views.territory_name(territory)} [{territory}]"]
        for target in (x for x in plan.targets if plan.territory_of(x) == territory):
            units, basis = target_units(plan, target)
            what = t(target.kind.value) + (f" ({target.label})" if target.label else "")
            amount = fmt.qualified(fmt.units(units), target.qualifier)
            extra = "" if basis == "stated" else f" [{basis}]"
            alt = t(" — another source's figure, not used") if target.alternative else ""
            lines.append(f"- {what}, {_scope(target.period, target.years)}: {amount}{extra}{alt}")
            lines.append(f"    {_cite(plan, target.source)}")
        for completion in (c for c in plan.completed if plan.territory_of(c) == territory):
            lines.append(f"- {t('completed')} {completion.years or completion.period}: {fmt.units(completion.units)}")
            lines.append(f"    {_cite(plan, completion.source)}")
        for report in (r for r in plan.reported if plan.territory_of(r) == territory):
            alt = t(" — another source's figure, not used") if report.alternative else ""
            lines.append(f"- {t('reported')} {views.years_label(report.years)}: {fmt.units(report.units)}{alt}")
            lines.append(f"    {_cite(plan, report.source)}")
        for stage, pipeline in plan.pipeline.items():
            if plan.territory_of(pipeline) != territory:
                continue
            lines.append(f"- {fmt.stage_label(stage.value)}: {fmt.units(pipeline.stage_units)} {t('units')}")
            lines.append(f"    {_cite(plan, pipeline.source)}")
            for delivery in pipeline.deliveries:
                share = f", {fmt.qualified(str(delivery.share), delivery.qualifier)}%" if delivery.share else ""
                cited = _cite(plan, delivery.source)
                lines.append(f"    · {delivery.period}: {fmt.units(delivery.units)}{share} — {cited}")
            for project in pipeline.projects:
                lines.append(
                    f"    · {project.name}: {fmt.units(project.units)}"
                    + (f", {project.expected_completion}" if project.expected_completion else "")
                )
        for total in (x for x in plan.stated_totals if plan.territory_of(x) == territory):
            lines.append(
                f"- {t('stated total')} {total.period}: {fmt.qualified(fmt.units(total.units), total.qualifier)}"
            )
            lines.append(f"    {_cite(plan, total.source)}")
    for item in plan.housing_support:
        lines += [
            "",
            f"- {t('Housing support — not social housing units')}: {item.programme}: "
            f"{fmt.units(item.households)} {t('households')}",
            f"    {_cite(plan, item.source)}",
        ]
    return "\n".join(lines) + "\n"


def explain(plan: Plan, territory: str, period_id: str) -> str:
    """One period's forecast, rule by rule, so the arithmetic can be checked against the source."""
    forecast = forecast_plan(plan, territory)
    period = next(p for p in forecast.periods if p.id == period_id)
    lines = [t("{title}, period {period}", title=views.territory_name(territory), period=period_id), ""]
    if period.basis == "reported":
        lines.append(
            t(
                "Completions are reported for every year of the period: the forecast is what was reported, {units}.",
                units=fmt.units(period.forecast_units),
            )
        )
    else:
        completed = period.by_stage.get(COMPLETED) or 0
        lines.append(
            f"  {t('completed')}: {fmt.units(completed)} " + t("(units already completed, as the source states)")
        )
        for stage in Stage:
            pipeline = plan.pipeline.get(stage)
            if pipeline is None or plan.territory_of(pipeline) != territory:
                continue
            for delivery in (d for d in pipeline.deliveries if d.period == period_id):
                units = delivery_units(delivery, pipeline)
                if delivery.units is not None:
                    rule = t("stated units win")
                    if delivery.share is not None and pipeline.stage_units:
                        computed = share_of(delivery.share, pipeline.stage_units)
                        rule += t(
                            " (the share {share}% of {stage} would give {computed})",
                            share=delivery.share,
                            stage=fmt.units(pipeline.stage_units),
                            computed=fmt.units(computed),
                        )
                elif units is not None:
                    rule = t(
                        "round({share}% × {stage}) = {units}, halves up",
                        share=delivery.share,
                        stage=fmt.units(pipeline.stage_units),
                        units=fmt.units(units),
                    )
                else:
                    rule = t("a share of a stage whose units the source does not give: unknown")
                lines.append(
                    f"+ {fmt.stage_label(stage.value)}: {fmt.units(units)} — {rule}; "
                    f"{fmt.citation(plan, delivery.source)}"
                )
        lines.append(f"= {t('forecast')}: {fmt.units(period.forecast_units)}")
    lines.append("")
    for comparison in period.targets:
        target = comparison.target
        name = t(target.kind.value) + (f" ({target.label})" if target.label else "")
        if comparison.ratio is None:
            lines.append(
                f"{name}: {fmt.units(comparison.units)} — {fmt.status_word(Status.UNKNOWN)} ({comparison.units_basis})"
            )
            continue
        lines.append(
            t(
                "{name}: {target}; gap {forecast} − {target} = {gap}; ratio {forecast} / {target} = {ratio} → {status}",
                name=name,
                target=fmt.units(comparison.units),
                forecast=fmt.units(comparison.forecast_units),
                gap=fmt.signed(comparison.gap),
                ratio=fmt.percent(comparison.ratio),
                status=fmt.status_word(comparison.status),
            )
        )
    lines += ["", t("Statuses: met ≥ 100%, near ≥ 95%, at risk ≥ 85%, off track below.")]
    return "\n".join(lines) + "\n"


LIST_HEADER = ["plan", "province", "territories", "targets", "pipeline", "reported", "last report", "missing"]


def list_rows(results: list[LoadResult]) -> list[list[str]]:
    rows = []
    for result in results:
        plan = result.plan
        if plan is None:
            rows.append([result.file, "—", "", "", "", "", "", t("not a valid plan")])
            continue
        reported = [r for r in plan.reported if not r.alternative]
        last = max((r.as_of or str(r.years[1]) for r in reported), default="—")
        missing = [
            t(word)
            for word, have in (("targets", plan.targets), ("pipeline", plan.pipeline), ("reported", reported))
            if not have
        ]
        rows.append(
            [
                plan.province.slug,
                plan.province.name,
                str(len(plan.territories())),
                str(len(plan.targets)),
                str(sum(len(p.deliveries) for p in plan.pipeline.values())),
                str(len(reported)),
                last,
                ", ".join(missing),
            ]
        )
    return rows
