"""From a decision's text to a draft plan: every figure tied to its line.

The draft follows the plan format. Periods are Đề án 338's halves: a label
ending by 2025 ("2022-2025", "đến năm 2025") is 2021–2025, one reaching past
2025 ("2025-2030", "2026-2030") is 2026–2030 — the same mapping as the
hand-written Hải Phòng plan, stated in the draft for the analyst to check.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from ..domain import Stage
from ..loader.catalog import fold
from ..loader.registry import FORMER, Registry
from . import recognise as r
from .text import Paragraph, paragraphs

FIRST = ("2021-2025", 2021, 2025)
SECOND = ("2026-2030", 2026, 2030)


def sentence(text: str, start: int, end: int) -> str:
    """The words around a match: its sentence, cut to about 200 characters with "…" where cut."""
    left = max(text.rfind(". ", 0, start), text.rfind("; ", 0, start), text.rfind(": ", 0, max(0, start - 60)))
    left = left + 2 if left >= 0 else 0
    ends = [i for i in (text.find(". ", end), text.find("; ", end)) if i >= 0]
    right = min(ends) + 1 if ends else len(text)
    prefix = suffix = ""
    if start - left > 100:
        left, prefix = text.rfind(" ", 0, start - 80) + 1, "…"
    if right - end > 80:
        right, suffix = text.find(" ", end + 60) if text.find(" ", end + 60) > 0 else len(text), "…"
    return prefix + text[left:right].strip() + suffix


def period_for(first: int, last: int) -> str:
    return FIRST[0] if last <= FIRST[2] else SECOND[0]


@dataclass
class Draft:
    plan: dict[str, Any]
    figures: list[r.Figure]
    unplaced: list[r.Unplaced]
    to_fill: list[str]
    checks: list[str]
    header: r.Header
    labels: dict[str, list[str]] = field(default_factory=dict)


@dataclass
class _State:
    roman: str | None = None
    numbered: str | None = None
    forecast_period: str | None = None
    last_goal: str | None = None
    expect_title: bool = False

    @property
    def section(self) -> str:
        return ".".join(p for p in (self.roman, self.numbered) if p) or "—"


class _Reader:
    def __init__(self, doc: str) -> None:
        self.doc = doc
        self.state = _State()
        self.header = r.Header()
        self.figures: list[r.Figure] = []
        self.unplaced: list[r.Unplaced] = []
        self.labels: dict[str, list[str]] = {FIRST[0]: [], SECOND[0]: []}
        self.ids: set[str] = set()

    def label(self, period_id: str, text: str) -> None:
        if period_id in self.labels and text not in self.labels[period_id]:
            self.labels[period_id].append(text)

    def add(
        self, section: str, fields: dict[str, Any], para: Paragraph, span: tuple[int, int], stage: Stage | None = None
    ) -> None:
        line = para.line_at(span[0])
        quote = sentence(para.text, *span)
        fields["source"] = {"doc": self.doc, "section": self.state.section, "line": line, "quote": quote}
        self.figures.append(r.Figure(section, fields, line, quote, stage))

    def unique(self, base: str) -> str:
        name, n = base, 2
        while name in self.ids:
            name, n = f"{base}-{n}", n + 1
        self.ids.add(name)
        return name

    # -- one paragraph ---------------------------------------------------------
    def read(self, para: Paragraph) -> None:
        text = para.text
        used: list[tuple[int, int]] = []
        self.header_fields(para)
        if (m := r.ROMAN.match(text)) is not None:
            self.state.roman, self.state.numbered = m.group(1), None
        elif (m := r.NUMBERED.match(text)) is not None and self.state.roman:
            self.state.numbered = m.group(1)
        if (m := r.FORECAST_HEADING.match(text)) is not None:
            if m.group(1):
                year = int(m.group(1))
                self.state.forecast_period = period_for(year, year)
                self.label(self.state.forecast_period, f"đến năm {year}")
            else:
                first, last = int(m.group(2) or m.group(4)), int(m.group(3) or m.group(5))
                self.state.forecast_period = period_for(first, last)
                self.label(self.state.forecast_period, f"{first}-{last}")
            used.append(m.span())
        for recogniser in (
            self.quota_total,
            self.quota_period,
            self.demand,
            self.goal_by,
            self.goal_part,
            self.goal_demand,
            self.completed,
            self.delivery,
            self.stated_total,
        ):
            used += recogniser(para)
        self.leftovers(para, used)

    def header_fields(self, para: Paragraph) -> None:
        text, h = para.text, self.header
        if self.state.expect_title:
            h.title, self.state.expect_title = text, False
        if (m := r.HEADER_NUMBER.match(text)) is not None and h.number is None and m.group(1):
            h.number, h.number_line = f"{m.group(1)}/{m.group(2)}", para.line_at(0)
        if (m := r.ATTACHED.search(text)) is not None:
            if h.number and h.number != m.group(1):
                h.notes.append(
                    f"the header's number {h.number} differs from {m.group(1)} (line {para.line_at(m.start())})"
                )
            h.number, h.number_line = m.group(1), para.line_at(m.start())
            h.date = h.date or f"{m.group(4)}-{int(m.group(3)):02d}-{int(m.group(2)):02d}"
        if (m := r.PLACE_DATE.match(text)) is not None and h.date is None:
            h.place = m.group(1).strip()
            h.date, h.date_line = f"{m.group(4)}-{int(m.group(3)):02d}-{int(m.group(2)):02d}", para.line_at(0)
        if (m := r.ISSUER.match(text)) is not None and h.issuer is None:
            h.issuer = f"Ủy ban nhân dân {m.group(2).lower()} {m.group(3).strip().title()}"
            h.place = h.place or m.group(3).strip().title()
        if text.strip().upper() == "QUYẾT ĐỊNH" and h.title is None:
            self.state.expect_title = True

    # -- recognisers: each returns the spans it used -------------------------------
    def quota_total(self, para: Paragraph) -> list[tuple[int, int]]:
        spans = []
        for m in r.QUOTA_TOTAL.finditer(para.text):
            self.add(
                "targets",
                {"id": self.unique("quota-total"), "kind": "quota", "period": "total", "units": m.group(1)},
                para,
                m.span(),
            )
            spans.append(m.span(1))
        return spans

    def quota_period(self, para: Paragraph) -> list[tuple[int, int]]:
        m = r.QUOTA_PERIOD.search(para.text)
        if m is None:
            return []
        first, last = int(m.group(1)), int(m.group(2))
        period = period_for(first, last)
        self.label(period, f"{first}-{last}")
        self.add(
            "targets",
            {
                "id": self.unique(f"quota-{period}"),
                "kind": "quota",
                "period": period,
                "units": m.group(3),
                "label": f"Giai đoạn {first}-{last}",
            },
            para,
            m.span(),
        )
        return [m.span()]

    def demand(self, para: Paragraph) -> list[tuple[int, int]]:
        m = r.DEMAND.search(para.text)
        if m is None:
            return []
        fields: dict[str, Any] = {"id": self.unique("demand"), "kind": "demand", "period": "total", "units": m.group(4)}
        if m.group(3):
            fields["qualifier"] = "about"
        if m.group(1):
            fields["label"] = f"giai đoạn {m.group(1)}-{m.group(2)}"
        self.add("targets", fields, para, m.span(4))
        return [m.span(4)]

    def _quota_id(self, period: str) -> str | None:
        return next(
            (
                f.fields["id"]
                for f in self.figures
                if f.fields.get("kind") == "quota" and f.fields.get("period") == period
            ),
            None,
        )

    def goal_by(self, para: Paragraph) -> list[tuple[int, int]]:
        m = r.GOAL_BY.search(para.text)
        if m is None:
            return []
        year = int(m.group(2))
        period = period_for(year, year)
        self.label(period, f"{m.group(1)} {year}")
        fields: dict[str, Any] = {
            "id": self.unique(f"goal-{year}"),
            "kind": "goal",
            "period": period,
            "share": f"{m.group(4)}%",
        }
        quota = self._quota_id(period)
        if quota:
            fields["of"] = quota
        fields["units"] = m.group(6)
        qualifier = (m.group(5) or "").strip().lower()
        if m.group(3) or qualifier == "trên":
            fields["qualifier"] = "above"
        elif qualifier == "khoảng":
            fields["qualifier"] = "about"
        fields["label"] = f"{m.group(1)} {year}"
        self.add("targets", fields, para, m.span())
        self.state.last_goal = fields["id"]
        return [m.span()]

    def goal_part(self, para: Paragraph) -> list[tuple[int, int]]:
        m = r.GOAL_PART.search(para.text)
        if m is None or self.state.last_goal is None:
            return []
        parent = next(f for f in self.figures if f.fields.get("id") == self.state.last_goal)
        fields: dict[str, Any] = {
            "id": self.unique(f"{self.state.last_goal}-part"),
            "kind": "goal",
            "period": parent.fields["period"],
            "share": f"{m.group(1)}%",
            "of": self.state.last_goal,
            "units": m.group(4),
        }
        if m.group(3):
            fields["qualifier"] = "about"
        fields["description"] = m.group(2).strip(" ,;")
        self.add("targets", fields, para, m.span())
        return [m.span()]

    def goal_demand(self, para: Paragraph) -> list[tuple[int, int]]:
        m = r.GOAL_DEMAND.search(para.text)
        if m is None:
            return []
        demand = next((f.fields["id"] for f in self.figures if f.fields.get("kind") == "demand"), None)
        fields: dict[str, Any] = {
            "id": self.unique(f"goal-demand-{m.group(1)}"),
            "kind": "goal",
            "period": "total" if int(m.group(1)) >= SECOND[2] else period_for(0, int(m.group(1))),
            "share": "100%",
        }
        if demand:
            fields["of"] = demand
        else:
            fields["of_text"] = "nhu cầu nhà ở xã hội (the source gives no figure)"
        self.add("targets", fields, para, m.span())
        return [m.span()]

    def completed(self, para: Paragraph) -> list[tuple[int, int]]:
        m = r.COMPLETED.search(para.text)
        if m is None:
            return []
        first, last = int(m.group(1)), int(m.group(2) or m.group(1))
        period = period_for(first, last)
        self.add(
            "completed",
            {"period": period, "units": m.group(3), "years": f"{first}-{last}" if first != last else str(first)},
            para,
            m.span(),
        )
        return [m.span()]

    def delivery(self, para: Paragraph) -> list[tuple[int, int]]:
        m = r.DELIVERY.search(para.text)
        if m is None:
            return []
        stage = r.stage_of(m.group(1))
        period = self.state.forecast_period
        if stage is None or period is None:
            why = "stage wording not recognised" if stage is None else "no forecast period heading before it"
            self.unplaced.append(
                r.Unplaced(para.line_at(m.start()), f"{m.group(2)}/{m.group(3)}", f"{why}: {para.text[:120]}")
            )
            return [m.span()]
        fields: dict[str, Any] = {"period": period, "units": m.group(2), "stage_units": m.group(3)}
        if m.group(5):
            fields["share"] = f"{m.group(5).replace('.', ',')}%"
            if m.group(4):
                fields["qualifier"] = "about"
        self.add("pipeline", fields, para, m.span(), stage)
        return [m.span()]

    def stated_total(self, para: Paragraph) -> list[tuple[int, int]]:
        m = r.STATED_TOTAL.search(para.text)
        if m is None:
            return []
        if m.group(1):
            period = period_for(int(m.group(1)), int(m.group(1)))
        else:
            period = period_for(int(m.group(2)), int(m.group(3)))
        fields: dict[str, Any] = {"period": period, "units": m.group(5)}
        if m.group(4):
            fields["qualifier"] = "about"
        self.label(period, f"đến năm {m.group(1)}" if m.group(1) else f"{m.group(2)}-{m.group(3)}")
        self.add("stated_totals", fields, para, m.span())
        return [m.span()]

    def leftovers(self, para: Paragraph, used: list[tuple[int, int]]) -> None:
        for m in r.FIGURE.finditer(para.text):
            if any(a <= m.start() < b for a, b in used):
                continue
            start = max(0, m.start() - 60)
            figure = m.group(0)
            if m.group(2).lower() == "tỷ":  # "82,735 tỷ": a decimal comma, billions of đồng
                figure += f" (= {r.amount(m.group(1))} billion đồng)"
            self.unplaced.append(
                r.Unplaced(para.line_at(m.start()), figure, "…" + para.text[start : m.end() + 40].strip() + "…")
            )


def _doc_key(number: str | None) -> str:
    if not number:
        return "source"
    digits = re.match(r"\d+", number)
    kind = "qd" if "QĐ" in number.upper() else ("kh" if "KH" in number.upper() else "doc")
    return f"{kind}{digits.group(0)}" if digits else "source"


def extract(text: str, file_name: str, registry: Registry, province: str | None = None) -> Draft:
    """A draft plan from a decision's plain text."""
    clean = paragraphs(text)
    probe = _Reader("source")
    for para in clean.paragraphs:
        probe.header_fields(para)
    doc = _doc_key(probe.header.number)
    reader = _Reader(doc)
    for para in clean.paragraphs:
        reader.read(para)
    header = reader.header
    for line, struck in clean.struck:
        header.notes.append(f'line {line} holds struck-through text "~~{struck}~~", left out')
    return _assemble(reader, header, file_name, registry, province)


def _assemble(reader: _Reader, header: r.Header, file_name: str, registry: Registry, province: str | None) -> Draft:
    to_fill: list[str] = []
    checks: list[str] = []
    found = registry.lookup(province) if province else (registry.lookup(header.place) if header.place else None)
    if found is None:
        to_fill.append("province: the text names no province nhaoxh knows; give --province or fill slug and name")
        province_fields: dict[str, Any] = {"slug": fold(province or "") or "fill-me", "name": "FILL ME"}
        territory = None
    else:
        unit, _ = found
        province_fields = {"slug": unit.slug, "name": unit.name, "code": unit.code}
        territory = unit.slug
        date = dt.date.fromisoformat(header.date) if header.date else None
        former = (
            registry.former_unit(fold(header.place or unit.name)) if header.place else registry.former_unit(unit.slug)
        )
        if date is not None and date < registry.merger.effective and former is not None:
            territory = f"{FORMER}{former.slug}"
            checks.append(
                f"territory: {territory} — the document ({date:%d/%m/%Y}) predates the merger of "
                f"{registry.merger.effective:%d/%m/%Y}, so its figures cover the former unit"
            )
        how = f"--province {province}" if province else f'the text ("{header.place}")'
        checks.append(f"province: {unit.name} from {how}")
    if not header.number:
        to_fill.append("sources: the document's number was not found")
    if not header.date:
        to_fill.append("sources: the document's date was not found")
    source: dict[str, Any] = {"document": header.number or "FILL ME"}
    if header.date:
        source["date"] = header.date
    if header.issuer:
        source["issuer"] = header.issuer
    if header.title:
        source["title"] = header.title
    source["file"] = file_name
    if header.notes:
        source["notes"] = header.notes
    used_periods = {f.fields.get("period") for f in reader.figures} - {"total", None}
    periods = []
    for pid, first, last in (FIRST, SECOND):
        if pid in used_periods or any(f.fields.get("period") == "total" for f in reader.figures):
            entry: dict[str, Any] = {"id": pid, "start_year": first, "end_year": last}
            if reader.labels.get(pid):
                entry["labels"] = reader.labels[pid]
                entry["mapping"] = (
                    "drafted by nhaoxh extract: the source's labels ending by 2025 map to "
                    "2021–2025 and those reaching past 2025 to 2026–2030 (Đề án 338's halves); check"
                )
            periods.append(entry)
    if periods:
        checks.append("periods: " + "; ".join(f"{p['id']} ← {', '.join(p.get('labels', [])) or '—'}" for p in periods))
    plan: dict[str, Any] = {"schema_version": 1, "province": province_fields}
    if territory:
        plan["territory"] = territory
    plan["sources"] = {reader.doc: source}
    plan["periods"] = periods
    plan["targets"] = [f.fields for f in reader.figures if f.section == "targets"]
    plan["completed"] = [f.fields for f in reader.figures if f.section == "completed"]
    pipeline: dict[str, Any] = {}
    for figure in (f for f in reader.figures if f.section == "pipeline"):
        assert figure.stage is not None
        stage = pipeline.setdefault(
            figure.stage.value,
            {"units": figure.fields["stage_units"], "source": figure.fields["source"], "deliveries": []},
        )
        if figure.fields["stage_units"] == stage["units"]:
            del figure.fields["stage_units"]
        stage["deliveries"].append(figure.fields)
    plan["pipeline"] = {s.value: pipeline[s.value] for s in Stage if s.value in pipeline}
    plan["stated_totals"] = [f.fields for f in reader.figures if f.section == "stated_totals"]
    return Draft(plan, reader.figures, reader.unplaced, to_fill, checks, header, reader.labels)
