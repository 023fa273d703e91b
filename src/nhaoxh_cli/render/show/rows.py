"""A plan's figures in plain words: by territory, each with its document or outlet, date and quote.

A figure is named as the forecast view names a target — its kind and years, the source's own words
when they are in the reader's language — never by an id. Ids (a target's, a source's key, a
territory's) are for scripts (`--format json`) and, after the words, for `show --details`.
"""

from __future__ import annotations

from ...engine.assess import share_params
from ...i18n import N_, t, units
from ...loader.registry import FORMER
from ...results.catalogue import Figure, ShowResult, TerritoryFigures
from .. import words
from ..notes import formula, how


def _what(figure: Figure) -> str:
    if figure.section == "targets":
        return words.kind(figure.what)
    if figure.section in ("pipeline", "delivery", "project", "completed"):
        return words.stage(figure.what)
    return t(
        {
            "reported": N_("reported completed"),
            "stated_total": N_("total stated by the source"),
            "housing_support": N_("housing support (households, not social housing units)"),
        }.get(figure.section, figure.section)
    )


def figure_name(figure: Figure) -> str:
    """What the figure is, in words: "quota 2021–2025", "reported completed 2025 “>103,000, …”"."""
    name = _what(figure)
    if figure.years:
        name += f" {figure.years.replace('-', '–')}"
    label = figure.label
    if label and words.in_reader_language(label):
        name += f" “{label}”"
    if figure.decision and figure.decision not in name:
        name += f" ({figure.decision})"
    return name


def figure_lines(figure: Figure, details: bool = False) -> list[str]:
    amount = words.qualified(units(figure.units), figure.qualifier)
    if figure.share is not None:
        amount += " " + t("(computed: {how})", how=how(share_params(figure.share)))
    elif figure.computed:
        amount += " " + t("(computed: {how})", how=f"“{formula(figure.computed)}”")  # the plan's words
    indent = "    · " if figure.section in ("delivery", "project") else "- "
    line = f"{indent}{figure_name(figure)}: {amount}"
    if figure.alternative:
        line += " " + t("— another source's figure, kept, not used")
    if details and figure.id:
        line += f" [{figure.id}]"
    source = figure.source
    cited = f"      {words.source(source)}" if source else ""
    if source is not None and source.quote:
        cited += f': "{source.quote}"'
    return [line, cited] if cited else [line]


def _heading(territory: TerritoryFigures, details: bool) -> str:
    role = "former" if territory.territory.startswith(FORMER) else "current"
    heading = f"== {words.territory(territory.name, role)}"
    return heading + (f" [{territory.territory}]" if details else "")


def lines(result: ShowResult, details: bool = False) -> list[str]:
    """Every line of `show`'s text; with `details`, the ids after the words they stand for."""
    name = result.province.name + (f" ({result.province.slug})" if details else "")
    out = [f"{name} — {result.file}", ""]
    out.append(t("Sources:"))
    out += [f"  {f'[{key}] ' if details else ''}{words.source(ref)}" for key, ref in result.sources.items()]
    for territory in result.territories:
        out += ["", _heading(territory, details)]
        for figure in territory.figures:
            out += figure_lines(figure, details)
        if not territory.figures:
            out.append(t("  (no figure)"))
    if result.notes:
        out += ["", t("Notes:")] + [f"  {n}" for n in result.notes]
    return out
