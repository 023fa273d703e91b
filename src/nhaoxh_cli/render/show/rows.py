"""A plan's figures in plain words: by territory, each with its document or outlet, date and quote."""

from __future__ import annotations

from ...i18n import N_, t, units
from ...results.catalogue import Figure, ShowResult
from .. import words


def _what(figure: Figure) -> str:
    if figure.section == "targets":
        return words.kind(figure.what)
    if figure.section in ("pipeline", "delivery", "project") or figure.section == "completed":
        return words.stage(figure.what)
    return t(
        {
            "reported": N_("reported completed"),
            "stated_total": N_("total stated by the source"),
            "housing_support": N_("housing support (households, not social housing units)"),
        }.get(figure.section, figure.section)
    )


def figure_lines(figure: Figure) -> list[str]:
    head = _what(figure)
    if figure.label:
        head += f" — {figure.label}"
    if figure.years:
        head += f", {figure.years.replace('-', '–')}"
    amount = words.qualified(units(figure.units), figure.qualifier)
    if figure.computed:
        amount += " " + t("(computed: {how})", how=figure.computed)
    indent = "    · " if figure.section in ("delivery", "project") else "- "
    line = f"{indent}{head}: {amount}"
    if figure.alternative:
        line += " " + t("— another source's figure, kept, not used")
    source = figure.source
    cited = f"      {words.source(source)}" if source else ""
    if source is not None and source.quote:
        cited += f': "{source.quote}"'
    return [line, cited] if cited else [line]


def lines(result: ShowResult) -> list[str]:
    out = [f"{result.province.name} ({result.province.slug}) — {result.file}", ""]
    out.append(t("Sources:"))
    out += [f"  [{key}] {words.source(ref)}" for key, ref in result.sources.items()]
    for territory in result.territories:
        out += ["", f"== {territory.name} [{territory.territory}]"]
        for figure in territory.figures:
            out += figure_lines(figure)
        if not territory.figures:
            out.append(t("  (no figure)"))
    if result.notes:
        out += ["", t("Notes:")] + [f"  {n}" for n in result.notes]
    return out
