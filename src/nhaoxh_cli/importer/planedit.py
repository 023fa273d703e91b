"""One plan file while figures are imported into it: what it holds, what is added, the new text.

Figures are decided one at a time against everything the plan already holds and everything this
import added before them (so two rows for one slot in the same table meet, too). Only at the end
is the text written: new sources at the end of `sources`, each new item at the end of its list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from ..checks.slots import Record, records_of
from ..domain import Qualifier
from ..i18n import Text, decimal, msg, number
from ..loader.registry import FORMER
from ..model import Plan
from ..values import frozen
from .parse import Figure, SourceRef, fold_spaced
from .slots import record_of
from .yamltext import add_mapping_entry, append_items

SECTION = {"quota": "targets", "goal": "targets", "demand": "targets", "reported": "reported", "expected": "expected"}
_KIND = {
    "quota": msg("quota"),
    "goal": msg("goal"),
    "demand": msg("demand"),
    "reported": msg("reported result"),
    "expected": msg("expected"),
    "note": msg("note"),
}
_OUTLETS = {"laodong": "ld", "vietnamnews": "vns", "thesaigontimes": "saigontimes"}
_SKIP_LABELS = {"www", "news", "en", "english", "ja", "es", "fr", "pt", "vi"}


@frozen
class Verdict:
    """What became of one figure: added, added as an alternative (a conflict), or unchanged."""

    status: str  # added | conflict | unchanged
    what: Text
    reason: Text | None = None


@dataclass
class PlanEdit:
    """A plan's text and figures while an import adds to it."""

    slug: str
    text: str
    plan: Plan
    records: list[Record] = field(init=False)
    ids: set[str] = field(init=False)
    notes: set[str] = field(init=False)
    new_sources: dict[str, dict[str, Any]] = field(default_factory=dict)
    new_items: dict[str, list[dict[str, Any] | str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.records = records_of(self.plan)
        self.ids = {t.id for t in self.plan.targets if t.id} | {p.id for p in self.plan.periods}
        self.notes = set(self.plan.notes)

    # -- deciding -------------------------------------------------------------------------------

    def add(self, figure: Figure) -> Verdict:
        if figure.kind == "note":
            return self._add_note(figure)
        section = SECTION[figure.kind]
        candidate = record_of(figure, section, figure.alternative, None)
        same_slot = [r for r in self.records if r.same_slot(candidate)]
        what = describe(figure)
        equal = next((r for r in same_slot if r.same_figure(candidate) or _says_less(candidate, r)), None)
        if equal is not None:
            return Verdict("unchanged", what, msg("the plan already holds this figure"))
        used = next((r for r in same_slot if not r.alternative), None)
        alternative = figure.alternative or used is not None
        of = self._of(figure) if section != "targets" else None
        figure_id = self._new_id(figure, alternative) if section == "targets" else None
        self.records.append(record_of(figure, section, alternative, figure_id))
        if figure_id:
            self.ids.add(figure_id)
        item = self._item(figure, section, alternative, figure_id, of)
        self.new_items.setdefault(section, []).append(item)
        if used is not None and not figure.alternative:
            return Verdict(
                "conflict",
                what,
                msg(
                    "the plan holds {other} for the same {slot}; both kept, this one as an alternative",
                    other=_figure_text(used.units, used.qualifier, used.percent, used.outcome, used.not_assigned),
                    slot=used.id or msg("years"),
                ),
            )
        return Verdict("added", what)

    def _add_note(self, figure: Figure) -> Verdict:
        about = f"{figure.merged_from}: " if figure.merged_from else ""
        text = f"{about}{figure.note} ({_cited(figure.source)})"
        if text in self.notes:
            return Verdict("unchanged", msg("note: {text}", text=_short(figure.note or "")))
        self.notes.add(text)
        self.new_items.setdefault("notes", []).append(text)
        return Verdict("added", msg("note: {text}", text=_short(figure.note or "")))

    def _of(self, figure: Figure) -> str | None:
        """The target a percentage is of: as the row says, else the plan's target of the same
        territory and years (a quota before a goal; the row's decision when it names one)."""
        if figure.of or figure.percent is None:
            return figure.of
        candidates = [
            r
            for r in self.records
            if r.section == "targets"
            and r.id
            and not r.alternative
            and not r.not_assigned
            and r.territory == figure.territory
            and r.years == figure.years
            and (figure.decision is None or r.decision in (None, figure.decision))
        ]
        candidates.sort(key=lambda r: {"quota": 0, "goal": 1}.get(r.kind, 2))
        return candidates[0].id if candidates else None

    def has_target(self, target_id: str) -> bool:
        return any(r.section == "targets" and r.id == target_id for r in self.records)

    def _new_id(self, figure: Figure, alternative: bool) -> str:
        if figure.id and figure.id not in self.ids:
            return figure.id
        base = _decision_key(figure.decision) or figure.kind
        years = figure.years or (0, 0)
        span = str(years[0]) if years[0] == years[1] else f"{years[0]}-{years[1]}"
        prefix = figure.territory[len(FORMER) :] + "-" if figure.territory.startswith(FORMER) else ""
        wanted = f"{prefix}{base}-{span}" + ("-alt" if alternative else "")
        chosen, n = wanted, 2
        while chosen in self.ids:
            chosen, n = f"{wanted}-{n}", n + 1
        return chosen

    # -- writing --------------------------------------------------------------------------------

    def source_key(self, source: SourceRef) -> str:
        """The key of the plan's source for this outlet and date: an existing one, else a new one."""
        fields = _source_fields(source)
        for key, known in self.plan.sources.items():
            same_date = (known.date, known.published) == (source.date, source.published)
            if known.document == source.document and same_date:
                return key
        for key, new in self.new_sources.items():
            if new == fields:
                return key
        base = _outlet_key(source)
        key, n = base, 2
        while key in self.plan.sources or key in self.new_sources:
            key, n = f"{base}-{n}", n + 1
        self.new_sources[key] = fields
        return key

    def _item(
        self, figure: Figure, section: str, alternative: bool, figure_id: str | None, of: str | None
    ) -> dict[str, Any]:
        item: dict[str, Any] = {}
        if figure_id:
            item["id"] = figure_id
        if section == "targets":
            item["kind"] = figure.kind
        years = figure.years or (0, 0)
        item["years"] = years[0] if years[0] == years[1] else f"{years[0]}-{years[1]}"
        if figure.units is not None:
            item["units"] = vn_units(figure.units)
        if figure.qualifier is not Qualifier.EXACT:
            item["qualifier"] = figure.qualifier.value
        optional: list[tuple[str, Any]] = [
            ("percent", _percent(figure.percent)),
            ("of", of),
            ("outcome", figure.outcome),
            ("partial", figure.partial or None),
            ("not_assigned", figure.not_assigned or None),
            ("decision", figure.decision if section == "targets" else None),
            ("label", figure.label),
            ("derived", figure.derived),
            ("as_of", figure.as_of),
            ("territory", figure.territory if figure.territory != self.plan.default_territory else None),
            ("alternative", alternative or None),
            ("note", figure.note),
        ]
        item.update((k, v) for k, v in optional if v is not None)
        citation: dict[str, Any] = {"doc": self.source_key(figure.source)}
        if figure.source.quote:
            citation["quote"] = figure.source.quote
        if figure.source.also:
            citation["also"] = list(figure.source.also)
        item["source"] = citation
        return item

    def new_text(self) -> str:
        text = self.text
        for key, fields in self.new_sources.items():
            text = add_mapping_entry(text, "sources", key, fields)
        for section in ("targets", "reported", "expected", "notes"):
            text = append_items(text, section, self.new_items.get(section, []))
        return text


def vn_units(units: int) -> int | str:
    """4670 → "4.670" (quoted, the Vietnamese way, as plans write it); small counts stay numbers."""
    return units if units < 1000 else f"{units:,}".replace(",", ".")


def _percent(value: Decimal | None) -> int | str | None:
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else f"{value:f}".replace(".", ",")


def _figure_text(
    units: int | None, qualifier: Qualifier, percent: Decimal | None, outcome: str | None, none: bool
) -> str | Text:
    """A figure for a message: numbers in the language of the run (the CLI sets it before importing),
    words translated when shown."""
    if none:
        return msg("none assigned")
    parts = []
    if units is not None:
        word = {"about": "~", "above": ">", "at_least": "≥", "under": "<"}.get(qualifier.value, "")
        parts.append(word + number(units))
    if percent is not None:
        parts.append(f"{decimal(float(percent), 1).removesuffix('.0').removesuffix(',0')}%")
    figures = " / ".join(parts)
    if outcome:
        said = msg("met") if outcome == "met" else msg("missed")
        return msg("{figures} / {outcome}", figures=figures, outcome=said) if figures else said
    return figures


def describe(figure: Figure) -> Text:
    years = figure.years or (0, 0)
    span = str(years[0]) if years[0] == years[1] else f"{years[0]}-{years[1]}"
    if figure.merged_from is None:
        where = figure.plan_name
    elif figure.merged_from == figure.plan_name:
        where = f"{figure.plan_name} (before 01/07/2025)"
    else:
        where = f"{figure.merged_from} ({figure.plan_name})"
    shown = _figure_text(figure.units, figure.qualifier, figure.percent, figure.outcome, figure.not_assigned)
    extra = f", {figure.decision}" if figure.decision else ""
    return msg(
        "{unit}, {kind} {years}: {figure}{extra}",
        unit=where,
        kind=_KIND[figure.kind],
        years=span,
        figure=shown,
        extra=extra,
    )


def _short(text: str) -> str:
    return text if len(text) <= 60 else text[:57] + "…"


def _cited(source: SourceRef) -> str:
    when = source.date.isoformat() if source.date else source.published
    return f"{source.document}, {when}" if when else source.document


def _source_fields(source: SourceRef) -> dict[str, Any]:
    fields: dict[str, Any] = {"document": source.document}
    if source.date:
        fields["date"] = source.date.isoformat()
    if source.published:
        fields["published"] = source.published
    if source.url:
        fields["url"] = source.url
    return fields


def _outlet_key(source: SourceRef) -> str:
    """A short key for an outlet's article: ld-1637562 (Lao Động), vns-1732173 (Việt Nam News), else
    the site's name and the article's number, else the first words of its address, else the date."""
    text = f"{source.url or ''} {source.document}"
    found = re.search(r"\b((?:[a-z0-9-]+\.)+[a-z]{2,})(/\S*)?", text.lower())
    if found:
        labels = [x for x in found.group(1).split(".") if x not in _SKIP_LABELS]
        site = labels[0] if len(labels) > 1 else found.group(1).split(".")[0]
        short = _OUTLETS.get(site, site)
        last = (found.group(2) or "").rstrip("/").rsplit("/", 1)[-1]
    else:
        short = re.sub(r"[^a-z0-9]+", "-", fold_spaced(source.document.split(",")[0])).strip("-")[:24] or "source"
        last = ""
    numbers = re.findall(r"\d{5,}", last)
    words = [w for w in re.split(r"[^a-z0-9]+", last.split(".")[0]) if w][:3]
    when = source.date.isoformat() if source.date else source.published
    suffix = numbers[-1] if numbers else "-".join(words) if words else when
    return f"{short}-{suffix}" if suffix else short


def _decision_key(decision: str | None) -> str | None:
    """444/QĐ-TTg → qd444, 7/NQ-CP → nq7, 105/KH-UBND → kh105."""
    if not decision:
        return None
    match = re.match(r"\s*(\d+)\s*/\s*([^\s/-]+)", decision)
    if not match:
        return None
    kind = re.sub(r"[^a-z]", "", fold_spaced(match.group(2)))
    return f"{kind}{match.group(1)}" if kind else None


def _says_less(new: Record, held: Record) -> bool:
    """The same figure with less said (no percentage, no outcome where the plan has one): nothing to add."""
    return (
        (new.units, new.qualifier, new.not_assigned) == (held.units, held.qualifier, held.not_assigned)
        and new.percent in (None, held.percent)
        and new.outcome in (None, held.outcome)
        and (new.units is not None or new.percent is not None or new.outcome is not None)
    )
