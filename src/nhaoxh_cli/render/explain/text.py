"""`explain --format text`: one period's projection, rule by rule, so the arithmetic can be
checked against the source; then how each of the period's targets is assessed."""

from __future__ import annotations

from ...domain import THRESHOLDS, Status
from ...i18n import decimal, percent, signed, t, units
from ...results.catalogue import ExplainResult, Step
from .. import RenderOptions, words
from ..notes import note
from ..tables import to_text


def _rule(step: Step) -> str:
    if step.rule == "completed":
        return t("units already completed, as the source states")
    if step.rule == "none_completed":
        return t("none stated for this period")
    share = decimal(step.share or 0, 1).removesuffix(",0").removesuffix(".0")
    if step.rule == "stated":
        rule = t("stated units win")
        if step.share_would_give is not None:
            rule += t(
                " (the share {share}% of {stage} would give {computed})",
                share=share,
                stage=units(step.stage_units),
                computed=units(step.share_would_give),
            )
        return rule
    if step.rule == "share":
        return t(
            "round({share}% × {stage}) = {units}, halves up",
            share=share,
            stage=units(step.stage_units),
            units=units(step.units),
        )
    return t("a share of a stage whose units the source does not give: unknown")


def _thresholds() -> str:
    parts = [
        f"{words.status(th.status)} ≥ {percent(float(th.min_ratio), 0)}"
        for th in THRESHOLDS
        if th.status is not Status.OFF_TRACK
    ]
    return t(
        "Statuses: {parts}, {off} below; a final result is {met} or {not_met}.",
        parts=", ".join(parts),
        off=words.status(Status.OFF_TRACK),
        met=words.status(Status.MET),
        not_met=words.status(Status.NOT_MET),
    )


def render(result: ExplainResult, options: RenderOptions) -> str:
    lines = [
        t(
            "{name}, period {period}: the plan's projection",
            name=words.territory(result.territory_name, result.territory_role),
            period=words.years(result.start_year, result.end_year),
        ),
        "",
    ]
    for step in result.steps:
        cited = f"; {words.source(step.source)}" if step.source else ""
        sign = " " if step.rule in ("completed", "none_completed") else "+"
        if step.rule == "none_completed":
            lines.append(f"{sign} {words.stage(step.stage)}: {_rule(step)}")
            continue
        lines.append(f"{sign} {words.stage(step.stage)}: {units(step.units)} — {_rule(step)}{cited}")
    lines.append(f"= {t('projection')}: {units(result.projection)}")
    lines.append("")
    if not result.assessments:
        lines.append(
            t(
                "No target of this territory is for exactly {period}: `nhaoxh show {slug}` lists its targets, "
                "and --period chooses another",
                period=words.years(result.start_year, result.end_year),
                slug=result.province.slug,
            )
        )
    for a in result.assessments:
        name = words.target_name(a.target)
        if a.ratio is None or a.value is None:
            why = "; ".join(note(n) for n in a.notes) or words.basis(a)
            lines.append(f"{name}: {words.target_figure(a)} — {words.status(a.status)} ({why})")
            continue
        lines.append(
            t(
                "{name}: {target}; on {basis}: {value} − {target} = {gap}; {value} / {target} = {ratio} → {status}",
                name=name,
                target=words.target_figure(a),
                basis=words.basis(a),
                value=words.result_figure(a),
                gap=signed(a.gap),
                ratio=words.ratio(a),
                status=words.status(a.status),
            )
        )
    lines += ["", _thresholds()]
    return to_text(["\n".join(lines)], color=options.color, width=options.width)
