"""Plans in plain words, for the people who write and check them:
`show` (every figure with its source), `explain` (one period's arithmetic,
line by line) and `list` (the plans and what each is missing)."""

from __future__ import annotations

import json

from ..domain import WHOLE_SPAN, Status
from ..engine.explain import explain_period
from ..engine.forecast import target_units
from ..i18n import t
from ..loader.plans import LoadResult
from ..model import Citation, Plan
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
    explanation = explain_period(plan, territory, period_id)
    period = explanation.period
    lines = [t("{title}, period {period}", title=views.territory_name(territory), period=period_id), ""]
    if period.basis == "reported":
        lines.append(
            t(
                "Completions are reported for every year of the period: the forecast is what was reported, {units}.",
                units=fmt.units(period.forecast_units),
            )
        )
    for step in explanation.steps:
        if step.rule == "completed":
            lines.append(
                f"  {t('completed')}: {fmt.units(step.units)} " + t("(units already completed, as the source states)")
            )
            continue
        if step.rule == "stated":
            rule = t("stated units win")
            if step.share_would_give is not None:
                rule += t(
                    " (the share {share}% of {stage} would give {computed})",
                    share=step.share,
                    stage=fmt.units(step.stage_units),
                    computed=fmt.units(step.share_would_give),
                )
        elif step.rule == "share":
            rule = t(
                "round({share}% × {stage}) = {units}, halves up",
                share=step.share,
                stage=fmt.units(step.stage_units),
                units=fmt.units(step.units),
            )
        else:
            rule = t("a share of a stage whose units the source does not give: unknown")
        cited = fmt.citation(plan, step.source) if step.source else t("no source")
        lines.append(f"+ {fmt.stage_label(step.stage)}: {fmt.units(step.units)} — {rule}; {cited}")
    if period.basis != "reported":
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


def explain_json(plan: Plan, territory: str, period_id: str) -> str:
    """`explain --format json`: the same steps, as data."""
    explanation = explain_period(plan, territory, period_id)
    period = explanation.period
    data = {
        "schema": "nhaoxh.explain/1",
        "province": plan.province.slug,
        "territory": territory,
        "period": {
            "id": period.id,
            "start_year": period.period.start_year,
            "end_year": period.period.end_year,
            "basis": period.basis,
            "forecast_units": period.forecast_units,
        },
        "steps": [
            {
                "stage": s.stage,
                "units": s.units,
                "rule": s.rule,
                "share": None if s.share is None else float(s.share),
                "stage_units": s.stage_units,
                "share_would_give": s.share_would_give,
                "source": fmt.citation(plan, s.source) if s.source else None,
            }
            for s in explanation.steps
        ],
        "targets": [
            {
                "id": c.target.id,
                "kind": c.target.kind.value,
                "units": c.units,
                "gap": c.gap,
                "ratio": fmt.ratio_number(c.ratio),
                "status": c.status.value,
            }
            for c in period.targets
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def show_json(plan: Plan) -> str:
    """`show --format json`: the plan as loaded and checked, every figure with its source."""
    return json.dumps(plan.model_dump(mode="json", exclude_none=True), ensure_ascii=False, indent=2) + "\n"


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
